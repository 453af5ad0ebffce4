using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Reflection;

namespace NetGen.Tests
{
    /// <summary>
    /// The public surface of NetGen.Abstractions: users see the NetGen namespace; what only generated code calls lives
    /// in NetGen.Runtime, hidden from IntelliSense. A new public type in NetGen must be added here on purpose.
    /// </summary>
    public class PublicSurfaceTests
    {
        private static readonly Assembly Abstractions = typeof(NetworkAttribute).Assembly;

        private static readonly string[] ExpectedNetGenTypes =
        {
            "NetGen.Activation",
            "NetGen.ActivationAttribute",
            "NetGen.Activations",
            "NetGen.AdamAttribute",
            "NetGen.AdamFamilyAttribute",
            "NetGen.AdamWAttribute",
            "NetGen.BatchNormAttribute",
            "NetGen.Defaults",
            "NetGen.DenseAttribute",
            "NetGen.DeterministicRandom",
            "NetGen.DropoutAttribute",
            "NetGen.EpochReport",
            "NetGen.FitOptions",
            "NetGen.FitResult",
            "NetGen.INeuralNetwork`1",
            "NetGen.Initialization",
            "NetGen.InputAttribute",
            "NetGen.LayerNormAttribute",
            "NetGen.LearningRateSchedule",
            "NetGen.Loss",
            "NetGen.LossAttribute",
            "NetGen.NetworkAttribute",
            "NetGen.NonFiniteValueException",
            "NetGen.ParameterLayout",
            "NetGen.ParameterTensor",
            "NetGen.ParameterTensorKind",
            "NetGen.Precision",
            "NetGen.RpropAttribute",
            "NetGen.SafetensorsFormatException",
            "NetGen.SgdAttribute",
            "NetGen.StandardizeAttribute",
        };

        private static Type[] Exported(string ns) => Abstractions.GetExportedTypes().Where(t => t.Namespace == ns).ToArray();

        [Fact]
        public void The_public_types_of_NetGen_are_the_expected_list()
        {
            var actual = Exported("NetGen").Select(t => t.FullName!).OrderBy(n => n, StringComparer.Ordinal).ToArray();
            Assert.Equal(ExpectedNetGenTypes, actual);
        }

        [Fact]
        public void Every_public_type_lives_in_NetGen_or_NetGen_Runtime()
        {
            var elsewhere = Abstractions.GetExportedTypes().Where(t => t.Namespace != "NetGen" && t.Namespace != "NetGen.Runtime").Select(t => t.FullName).ToArray();
            Assert.Empty(elsewhere);
        }

        [Fact]
        public void Every_public_type_of_NetGen_Runtime_is_hidden_from_IntelliSense()
        {
            var runtime = Exported("NetGen.Runtime");
            Assert.NotEmpty(runtime);
            // A nested type is hidden with its container (LaneActivations.Relu<T> is reached only through LaneActivations).
            var visible = runtime.Where(t => !HiddenWithContainers(t)).Select(t => t.FullName).ToArray();
            Assert.Empty(visible);
        }

        [Fact]
        public void No_public_member_of_NetGen_needs_a_NetGen_Runtime_type()
        {
            var leaks = new List<string>();
            foreach (var type in Exported("NetGen"))
            {
                foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
                {
                    if (SignatureTypes(member).Any(IsRuntime))
                    {
                        leaks.Add(type.Name + "." + member.Name);
                    }
                }
            }

            Assert.Empty(leaks);
        }

        [Fact]
        public void The_safetensors_reader_and_writer_are_internal()
        {
            foreach (string name in new[] { "SafetensorsHeader", "SafetensorsTensorInfo", "SafetensorsTensorSpec", "SafetensorsLimits", "SafetensorsFile", "SafetensorsDocument", "SafetensorsTensor`1" })
            {
                Type? type = Abstractions.GetType("NetGen." + name);
                Assert.True(type != null, name + " not found: the list is stale");
                Assert.False(type!.IsPublic, name + " is public");
            }
        }

        private static bool HiddenWithContainers(Type type)
        {
            for (Type? t = type; t != null; t = t.DeclaringType)
            {
                var attribute = t.GetCustomAttribute<EditorBrowsableAttribute>();
                if (attribute != null && attribute.State == EditorBrowsableState.Never)
                {
                    return true;
                }
            }

            return false;
        }

        private static IEnumerable<Type> SignatureTypes(MemberInfo member) => member switch
        {
            MethodBase method => method.GetParameters().Select(p => p.ParameterType).Append(method is MethodInfo m ? m.ReturnType : typeof(void)),
            PropertyInfo property => new[] { property.PropertyType },
            FieldInfo field => new[] { field.FieldType },
            EventInfo e => new[] { e.EventHandlerType! },
            _ => Array.Empty<Type>(),
        };

        private static bool IsRuntime(Type type)
        {
            if (type.HasElementType)
            {
                return IsRuntime(type.GetElementType()!);
            }

            return type.Namespace == "NetGen.Runtime" || (type.IsGenericType && type.GetGenericArguments().Any(IsRuntime));
        }
    }
}
