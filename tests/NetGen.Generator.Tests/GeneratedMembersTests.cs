using System;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NetGen.Generator.Model;
using NetGen.Generator.Tests.Infrastructure;

namespace NetGen.Generator.Tests
{
    /// <summary>
    /// NG0025 relies on <see cref="GeneratedMembers"/> naming everything the emitter declares; this keeps the list
    /// honest for plain, SGD-with-momentum and baked networks.
    /// </summary>
    public sealed class GeneratedMembersTests : IDisposable
    {
        private readonly WeightFiles _files = new();

        public void Dispose() => _files.Dispose();

        [Fact]
        public void Every_generated_member_is_listed()
        {
            string file = _files.Write("w.safetensors", WeightFiles.TwoLayers(2, 3));
            var baked = _files.Run("""
                using NetGen;
                [Network(Weights = "w.safetensors")]
                [Input(2)]
                [Dense(3), Activation(Activation.Tanh)]
                [Dense(1)]
                public partial class Baked { }
                """, "Baked.cs", file);
            var plain = GeneratorHarness.Run("""
                using NetGen;
                [Network]
                [Input(1)]
                [Dense(4), Activation(Activation.Relu)]
                [Dense(1)]
                [Sgd(LearningRate = 0.1, Momentum = 0.9)]
                public partial class Plain { }
                """);

            var declared = baked.Sources.Concat(plain.Sources)
                .SelectMany(s => s.SyntaxTree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>())
                .Where(c => c.Identifier.Text is "Baked" or "Plain")
                .SelectMany(c => c.Members)
                .SelectMany(NamesOf)
                .Distinct()
                .ToList();

            Assert.Contains("PredictBaked", declared); // the baked run really produced the baked members
            Assert.Contains("__momentumBuffer", declared);
            Assert.All(declared, name => Assert.True(GeneratedMembers.IsReserved(name), $"'{name}' is generated but not in GeneratedMembers"));
        }

        private static string[] NamesOf(MemberDeclarationSyntax member) => member switch
        {
            MethodDeclarationSyntax m => new[] { m.Identifier.Text },
            PropertyDeclarationSyntax p => p.ExplicitInterfaceSpecifier is null ? new[] { p.Identifier.Text } : Array.Empty<string>(),
            FieldDeclarationSyntax f => f.Declaration.Variables.Select(v => v.Identifier.Text).ToArray(),
            ConstructorDeclarationSyntax => Array.Empty<string>(), // checked by signature in NG0025
            _ => new[] { member.Kind().ToString() },
        };
    }
}
