using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NetGen.Generator.Model;

namespace NetGen.Generator.Tests.Infrastructure
{
    /// <summary>Compares a generated network class with the generator's table of generated members.</summary>
    internal static class GeneratedSurface
    {
        /// <summary>
        /// The table entries <paramref name="network"/> lacks, and the members its generated files declare that the
        /// table does not list (public ones by name, kind and parameter types; private ones by their "__" prefix).
        /// </summary>
        public static (List<string> Missing, List<string> Unlisted) Compare(INamedTypeSymbol network, IEnumerable<SyntaxTree> generatedTrees)
        {
            var trees = generatedTrees.ToHashSet();
            string element = network.AllInterfaces.Single(i => i.Name == "INeuralNetwork").TypeArguments[0].ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            bool scalar = Constant(network, "InputSize") == 1 && Constant(network, "OutputSize") == 1;
            bool baked = network.GetAttributes().Single(a => a.AttributeClass?.Name == "NetworkAttribute").NamedArguments.Any(a => a.Key == "Weights");
            var lossAttribute = network.GetAttributes().SingleOrDefault(a => a.AttributeClass?.Name == "LossAttribute");
            int loss = lossAttribute is null ? 0 : (int)lossAttribute.ConstructorArguments[0].Value!; // 0: MeanSquaredError, the default
            var classifier = GeneratedMembers.ClassifierFor(loss, Constant(network, "OutputSize") ?? 0);
            // A network that generated at all has its [Standardize] first (NG0032 otherwise): that adds Adapt.
            bool standardizes = network.GetAttributes().Any(a => a.AttributeClass?.Name == "StandardizeAttribute");
            var table = GeneratedMembers.For(element, network.Name, scalar, baked, classifier, standardizes);

            var missing = table.Where(entry => !network.GetMembers().Any(member => Matches(member, entry))).Select(entry => entry.ToString()).ToList();
            var unlisted = new List<string>();
            foreach (var member in network.GetMembers())
            {
                bool generated = member.DeclaringSyntaxReferences.Any(r => trees.Contains(r.SyntaxTree));
                if (!generated || member.IsImplicitlyDeclared || member is IMethodSymbol { AssociatedSymbol: not null })
                {
                    continue; // the user's own members, and accessors (their property is checked)
                }

                bool listed = member.Name.StartsWith(GeneratedMembers.PrivatePrefix, System.StringComparison.Ordinal)
                    || (member is IPropertySymbol { ExplicitInterfaceImplementations.Length: 1 } explicitProperty
                        && GeneratedMembers.ExplicitInterfaceProperties.Contains(explicitProperty.ExplicitInterfaceImplementations[0].Name))
                    || (member is IMethodSymbol { ExplicitInterfaceImplementations.Length: 1 } explicitMethod
                        && GeneratedMembers.ExplicitInterfaceMethods.Contains(explicitMethod.ExplicitInterfaceImplementations[0].Name))
                    || table.Any(entry => Matches(member, entry));
                if (!listed)
                {
                    unlisted.Add(member.ToDisplayString());
                }
            }

            return (missing, unlisted);
        }

        private static bool Matches(ISymbol member, GeneratedMember entry) => entry.Kind switch
        {
            GeneratedMemberKind.Constant => member is IFieldSymbol { IsConst: true } && member.Name == entry.Name,
            GeneratedMemberKind.Property => member is IPropertySymbol { ExplicitInterfaceImplementations.Length: 0 } && member.Name == entry.Name,
            GeneratedMemberKind.Constructor => member is IMethodSymbol { MethodKind: MethodKind.Constructor } c && SameParameters(c, entry),
            GeneratedMemberKind.Method => member is IMethodSymbol { MethodKind: MethodKind.Ordinary } m && m.Name == entry.Name && SameParameters(m, entry),
            _ => false,
        };

        private static bool SameParameters(IMethodSymbol method, GeneratedMember entry) =>
            method.Parameters.Select(p => p.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)).SequenceEqual(entry.Parameters);

        private static int? Constant(INamedTypeSymbol type, string name) =>
            type.GetMembers(name).OfType<IFieldSymbol>().FirstOrDefault(f => f.IsConst)?.ConstantValue as int?;
    }
}
