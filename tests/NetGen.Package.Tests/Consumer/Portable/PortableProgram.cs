using System;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime.Versioning;
using Portable;

namespace PortableConsumer
{
    /// <summary>
    /// The console program of the Mono package tests, built for net48 (run on Mono) and for net10.0. It prints
    /// Key=Value lines; floats in "R" form, which parses back to the same float on both runtimes.
    /// <list type="bullet">
    /// <item><c>train path</c>: trains a fresh network, prints it, saves it to path;</item>
    /// <item><c>load path</c>: loads path into a fresh network and prints it;</item>
    /// <item><c>api</c> (net10.0 only): prints the public members of the netstandard library's network and of the
    /// same declaration compiled into this net10.0 program.</item>
    /// </list>
    /// </summary>
    public static class Program
    {
        /// <summary>Entry point.</summary>
        public static int Main(string[] args)
        {
            var c = CultureInfo.InvariantCulture;
            Console.WriteLine("Mono=" + (Type.GetType("Mono.Runtime") != null ? "true" : "false"));
            // Which build of NetGen.Abstractions this runtime loaded: .NETStandard 2.0 or 2.1, or .NETCoreApp 8.0.
            var abstractions = typeof(NetGen.NetworkAttribute).Assembly;
            Console.WriteLine("AbstractionsFramework=" + abstractions.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName);
            PortableModel model;
            switch (args.Length > 0 ? args[0] : "")
            {
                case "train":
                    model = new PortableModel();
                    Console.WriteLine("InitialParameters=" + PortableHarness.ParameterBits(model));
                    float[] losses = PortableHarness.Train(model);
                    Console.WriteLine("Losses=" + string.Join(",", losses.Select(l => l.ToString("R", c))));
                    Console.WriteLine("StreamRoundTrip=" + (PortableHarness.StreamRoundTrip(model) ? "true" : "false"));
                    PortableHarness.Save(model, args[1]);
                    break;
                case "load":
                    model = PortableHarness.Load(args[1]);
                    break;
#if MODERN_COPY
                case "api":
                    Console.WriteLine("PortableApi=" + string.Join("|", PublicMembers(typeof(PortableModel))));
                    Console.WriteLine("ModernApi=" + string.Join("|", PublicMembers(typeof(Modern.PortableModel))));
                    return 0;
#endif
                default:
                    Console.Error.WriteLine("usage: train <path> | load <path>");
                    return 2;
            }

            Console.WriteLine("Parameters=" + PortableHarness.ParameterBits(model));
            Console.WriteLine("Loss=" + PortableHarness.Loss(model).ToString("R", c));
            Console.WriteLine("Predictions=" + string.Join(",", PortableHarness.Predictions(model).Select(p => p.ToString("R", c))));
            return 0;
        }

#if MODERN_COPY
        /// <summary>One line per public member and implemented interface, with the declaring namespace left out.</summary>
        private static string[] PublicMembers(Type type)
        {
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            var members = type.GetMembers(flags)
                .Select(m => m.MemberType + " " + Describe(m))
                .Concat(type.GetInterfaces().Select(i => "Interface " + i))
                .Select(line => line.Replace(type.Namespace + ".", ""))
                .OrderBy(line => line, StringComparer.Ordinal)
                .ToArray();
            return members;
        }

        private static string Describe(MemberInfo member) => member switch
        {
            MethodInfo m => m.ReturnType + " " + m.Name + "(" + Parameters(m.GetParameters()) + ")",
            ConstructorInfo k => k.Name + "(" + Parameters(k.GetParameters()) + ")",
            PropertyInfo p => p.PropertyType + " " + p.Name + " {" + (p.GetMethod?.IsPublic == true ? " get;" : "") + (p.SetMethod?.IsPublic == true ? " set;" : "") + " }",
            FieldInfo f => (f.IsLiteral ? "const " : f.IsStatic ? "static " : "") + f.FieldType + " " + f.Name + (f.IsLiteral ? " = " + Convert.ToString(f.GetRawConstantValue(), CultureInfo.InvariantCulture) : ""),
            _ => member.ToString() ?? member.Name,
        };

        private static string Parameters(ParameterInfo[] parameters) =>
            string.Join(", ", parameters.Select(p => p.ParameterType + " " + p.Name + (p.HasDefaultValue ? " = " + (Convert.ToString(p.DefaultValue, CultureInfo.InvariantCulture) ?? "null") : "")));
#endif
    }
}
