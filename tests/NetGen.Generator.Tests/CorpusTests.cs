using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NetGen.Generator.Tests.Infrastructure;

namespace NetGen.Generator.Tests
{
    /// <summary>
    /// Dozens of bad and odd declarations. Whatever the input, the generator and the analyzer must not throw, generated
    /// code must compile cleanly, and a [Network] class that gets no code must have an error saying why.
    /// </summary>
    public sealed class CorpusTests
    {
        private const string U = "using NetGen;\nusing static NetGen.Activation;\n";

        public static TheoryData<string, string[]> Cases { get; } = new()
        {
            // Missing and wrong arguments.
            { "dense without units", new[] { U + "[Network][Input(2)][Dense] partial class Net { }" } },
            { "input without size", new[] { U + "[Network][Input][Dense(1)] partial class Net { }" } },
            { "dense with a string", new[] { U + "[Network][Input(2)][Dense(\"8\")] partial class Net { }" } },
            { "dense with a double", new[] { U + "[Network][Input(2)][Dense(1.5)] partial class Net { }" } },
            { "activation with an int", new[] { U + "[Network][Input(2)][Dense(2), Activation(1)][Dense(1)] partial class Net { }" } },
            { "alpha as a string", new[] { U + "[Network][Input(2)][Dense(2), Activation(LeakyRelu, Alpha = \"x\")][Dense(1)] partial class Net { }" } },
            { "seed as a double", new[] { U + "[Network(Seed = 1.5)][Input(2)][Dense(1)] partial class Net { }" } },
            { "unknown named argument", new[] { U + "[Network(Layers = 3)][Input(2)][Dense(1)] partial class Net { }" } },
            { "loss without argument", new[] { U + "[Network][Input(2)][Dense(1)][Loss] partial class Net { }" } },
            { "activation without argument", new[] { U + "[Network][Input(2)][Dense(1), Activation] partial class Net { }" } },
            { "sgd with a constructor argument", new[] { U + "[Network][Input(2)][Dense(1)][Sgd(0.1)] partial class Net { }" } },

            // Huge and tiny numbers.
            { "int.MaxValue units twice", new[] { U + "[Network][Input(int.MaxValue)][Dense(int.MaxValue)][Dense(int.MaxValue)] partial class Net { }" } },
            { "int.MinValue units", new[] { U + "[Network][Input(int.MinValue)][Dense(1)] partial class Net { }" } },
            { "parameter count past int", new[] { U + "[Network][Input(65536)][Dense(65536)][Dense(65536)] partial class Net { }" } },
            { "huge learning rate", new[] { U + "[Network][Input(2)][Dense(1)][Adam(LearningRate = 1e308, Epsilon = 1e-320)] partial class Net { }" } },
            { "float alpha overflow", new[] { U + "[Network][Input(2)][Dense(2), Activation(LeakyRelu, Alpha = 1e300)][Dense(1)] partial class Net { }" } },
            { "float alpha underflow", new[] { U + "[Network][Input(2)][Dense(2), Activation(Elu, Alpha = 1e-300)][Dense(1)] partial class Net { }" } },
            { "negative alpha", new[] { U + "[Network][Input(2)][Dense(2), Activation(LeakyRelu, Alpha = -0.5)][Dense(1)] partial class Net { }" } },
            { "float huber delta overflow", new[] { U + "[Network][Input(2)][Dense(1)][Loss(Loss.Huber, Delta = 1e300)] partial class Net { }" } },
            { "double huber delta huge", new[] { U + "[Network(Precision = Precision.Double)][Input(2)][Dense(1)][Loss(Loss.Huber, Delta = 1e300)] partial class Net { }" } },
            { "huge bias init", new[] { U + "[Network(BiasInit = 1e300)][Input(2)][Dense(1)] partial class Net { }" } },
            { "negative zero bias init", new[] { U + "[Network(BiasInit = -0.0)][Input(2)][Dense(1)] partial class Net { }" } },
            { "extreme seeds", new[] { U + "[Network(Seed = int.MinValue)][Input(2)][Dense(1)] partial class A { }\n[Network(Seed = -1)][Input(2)][Dense(1)] partial class B { }" } },
            { "float literal arguments", new[] { U + "[Network][Input(2)][Dense(1)][Sgd(LearningRate = 0.1f, Momentum = 1, Dampening = 0.5f)] partial class Net { }" } },
            { "enum out of range everywhere", new[] { U + "[Network(Precision = (Precision)9, Initialization = (Initialization)(-1))][Input(2)][Dense(1), Activation((Activation)13)][Loss((Loss)5)] partial class Net { }" } },

            // Attributes on things that are not classes.
            { "on an enum", new[] { U + "[Network][Input(2)][Dense(1)] enum E { A }" } },
            { "on a delegate", new[] { U + "[Network][Input(2)][Dense(1)] delegate void D();" } },
            { "on a method", new[] { U + "class C { [Network][Input(2)][Dense(1)] void M() { } }" } },
            { "on a property", new[] { U + "class C { [Dense(1)] int P { get; set; } }" } },
            { "on an interface", new[] { U + "[Network][Input(2)][Dense(1)] partial interface INet { }" } },
            { "on a struct", new[] { U + "[Network][Input(2)][Dense(1)] partial struct Net { }" } },
            { "on a record", new[] { U + "[Network][Input(2)][Dense(1)] partial record Net(int X);" } },
            { "on an assembly", new[] { U + "[assembly: Network]\nclass C { }" } },
            { "layers on a plain class", new[] { U + "[Input(2)][Dense(1)][Adam] class Orphan { }" } },

            // Odd but valid declarations.
            { "empty network class", new[] { U + "[Network] partial class Net { }" } },
            { "network twice", new[] { U + "[Network][Network][Input(2)][Dense(1)] partial class Net { }" } },
            { "network twice in one list", new[] { U + "[Network, Network(Seed = 2)][Input(2)][Dense(1)] partial class Net { }" } },
            { "network on two partials", new[] { U + "[Network][Input(2)][Dense(1)] partial class Net { }\n[Network] partial class Net { }" } },
            { "partial across files", new[] { U + "[Network] partial class Net { }", U + "[Input(2)][Dense(3), Activation(Relu)][Dense(1)] partial class Net { public int Extra => 1; }" } },
            { "layers across files", new[] { U + "[Network][Input(2)] partial class Net { }", U + "[Dense(1)] partial class Net { }" } },
            { "file-scoped namespace", new[] { U + "namespace A.B.C;\n[Network][Input(2)][Dense(1)] partial class Net { }" } },
            { "deep namespace", new[] { U + "namespace A.B.C.D.E.F { [Network][Input(2)][Dense(1)] public partial class Net { } }" } },
            { "unicode names", new[] { U + "namespace Über.Netze { [Network][Input(2)][Dense(1)] partial class Réseau { } [Network][Input(1)][Dense(1)] partial class 网络 { } }" } },
            { "keyword names", new[] { U + "namespace @namespace.@class { partial class @public { [Network][Input(2)][Dense(1)] partial class @class { } } }" } },
            { "lower-case names", new[] { U + "namespace samples.nets { partial class outer { [Network][Input(2)][Dense(1)] partial class tiny { } } }" } },
            { "contextual keyword names", new[] { U + "namespace async.var { [Network][Input(2)][Dense(1)] partial class record { } [Network][Input(2)][Dense(1)] partial class dynamic { } }" } },
            { "class named like NetGen types", new[] { U + "namespace My { [Network][Input(2)][Dense(1)] partial class Activations { } [Network][Input(2)][Dense(1)] partial class Losses { } [Network][Input(2)][Dense(1)] partial class INeuralNetwork { } }" } },
            { "namespace named NetGen", new[] { U + "namespace NetGen { [Network][Input(2)][Dense(1)] partial class Net { } }" } },
            { "namespace ending in NetGen", new[] { U + "namespace My.NetGen { [Network][Input(2)][Dense(1)] partial class Net { } }" } },
            { "shadowing System and Span", new[] { U + "namespace My { class System { } class Span<T> { } class Array { } [Network][Input(2)][Dense(1)] partial class Net { } }" } },
            { "nested in a static class", new[] { U + "static partial class Outer { [Network][Input(2)][Dense(1)] partial class Net { } }" } },
            { "nested in a struct and a record", new[] { U + "partial struct S { partial record R { [Network][Input(2)][Dense(1)] partial class Net { } } }" } },
            { "nested in an interface", new[] { U + "partial interface I { [Network][Input(2)][Dense(1)] partial class Net { } }" } },
            { "nested in a generic", new[] { U + "partial class Outer<T> { [Network][Input(2)][Dense(1)] partial class Net { } }" } },
            { "nested not partial", new[] { U + "class Outer { [Network][Input(2)][Dense(1)] partial class Net { } }" } },
            { "generic network", new[] { U + "[Network][Input(2)][Dense(1)] partial class Net<T> where T : struct { }" } },
            { "static network", new[] { U + "[Network][Input(2)][Dense(1)] static partial class Net { }" } },
            { "abstract network", new[] { U + "[Network][Input(2)][Dense(1)] public abstract partial class Net { }" } },
            { "sealed unsafe network", new[] { U + "[Network][Input(2)][Dense(1)] sealed unsafe partial class Net { }" } },
            { "file-local network", new[] { U + "[Network][Input(2)][Dense(1)] file partial class Net { }" } },
            { "nested in a file-local type", new[] { U + "file partial class Outer { [Network][Input(2)][Dense(1)] partial class Net { } }" } },
            { "combining mark in the name", new[] { U + "[Network][Input(2)][Dense(1)] partial class Cafe\u0301 { }" } },
            { "primary constructor", new[] { U + "[Network][Input(2)][Dense(1)] partial class Net(string name) { public string Name => name; }" } },
            { "base class and interfaces", new[] { U + "class Base { } [Network][Input(2)][Dense(1)] partial class Net : Base, System.IDisposable { public void Dispose() { } }" } },
            { "qualified attribute names", new[] { "[global::NetGen.Network][NetGen.InputAttribute(2)][NetGen.Dense(1), NetGen.Activation(NetGen.Activation.Tanh)] partial class Net { }" } },
            { "aliased attribute", new[] { "using D = NetGen.DenseAttribute; using N = NetGen.NetworkAttribute;\n[N][NetGen.Input(2)][D(4)][D(1)] partial class Net { }" } },
            { "constants as sizes", new[] { U + "[Network][Input(Net.In)][Dense(Net.Hidden)][Dense(1)] partial class Net { public const int In = 3, Hidden = 5; }" } },
            { "attributes in #if", new[] { U + "[Network][Input(2)]\n#if false\n[Dense(0)]\n#endif\n[Dense(1)] partial class Net { }" } },
            { "syntax error", new[] { U + "[Network][Input(2)][Dense(1) partial class Net {" } },
            { "no using at all", new[] { "[Network][Input(2)][Dense(1)] partial class Net { }" } },
            { "weights file not given to the compiler", new[] { U + "[Network(Weights = \"missing.safetensors\")][Input(2)][Dense(1)] partial class Net { }" } },

            // Shapes at the edges of the planner.
            { "every activation, float", new[] { U + "[Network][Input(3)][Dense(3), Activation(Identity)][Dense(3), Activation(Relu)][Dense(3), Activation(LeakyRelu)][Dense(3), Activation(Relu6)][Dense(3), Activation(Sigmoid)][Dense(3), Activation(Tanh)][Dense(3), Activation(Softplus)][Dense(3), Activation(Elu)][Dense(3), Activation(Selu)][Dense(3), Activation(Gelu)][Dense(3), Activation(Silu)][Dense(3), Activation(Mish)][Dense(3), Activation(Softmax)][Loss(Loss.CrossEntropy)] partial class Net { }" } },
            { "every activation, double, looped", new[] { U + "[Network(Precision = Precision.Double)][Input(40)][Dense(40), Activation(Identity)][Dense(40), Activation(Relu)][Dense(40), Activation(LeakyRelu, Alpha = 0.2)][Dense(40), Activation(Relu6)][Dense(40), Activation(Sigmoid)][Dense(40), Activation(Tanh)][Dense(40), Activation(Softplus)][Dense(40), Activation(Elu, Alpha = 2)][Dense(40), Activation(Selu)][Dense(40), Activation(Gelu)][Dense(40), Activation(Silu)][Dense(40), Activation(Mish)][Dense(40), Activation(Softmax)][Loss(Loss.CrossEntropy)] partial class Net { }" } },
            { "every loss", new[] { U + "[Network][Input(2)][Dense(1)][Loss(Loss.MeanAbsoluteError)] partial class A { } [Network][Input(2)][Dense(1), Activation(Sigmoid)][Loss(Loss.BinaryCrossEntropy)] partial class B { } [Network][Input(2)][Dense(3), Activation(Softmax)][Loss(Loss.CrossEntropy)] partial class C { } [Network(Precision = Precision.Double)][Input(2)][Dense(1)][Loss(Loss.Huber, Delta = 0.25)] partial class D { }" } },
            { "every optimizer and initialisation", new[] { U + "[Network(Initialization = Initialization.HeUniform)][Input(2)][Dense(1)][Sgd] partial class A { } [Network(Initialization = Initialization.HeNormal)][Input(2)][Dense(1)][Sgd(Momentum = 0.5, Dampening = 0.5)] partial class B { } [Network(Initialization = Initialization.XavierNormal)][Input(2)][Dense(1)][AdamW] partial class C { }" } },
            { "unroll threshold edge", new[] { U + "[Network][Input(32)][Dense(32), Activation(Relu)][Dense(33), Activation(Sigmoid)] partial class Net { }" } },
            { "scratch past the stack limit", new[] { U + "[Network][Input(5000)][Dense(2), Activation(Softmax)][Loss(Loss.CrossEntropy)] partial class Net { }" } },
            { "one by one", new[] { U + "[Network][Input(1)][Dense(1)] partial class Net { }" } },
            { "softmax on a single unit", new[] { U + "[Network][Input(2)][Dense(1), Activation(Softmax)] partial class Net { }" } },
            // Generated size: the unrolled budget, the layer cap (NG0033) and the baked-size cap (NG0034).
            { "deepest legal network, budget all unrolled", new[] { U + "[Network][Input(4)]" + string.Concat(Enumerable.Repeat("[Dense(4), Activation(Relu)]", 128)) + " partial class Net { }" } },
            { "small layers past the unrolled budget", new[] { U + "[Network(Precision = Precision.Double)][Input(8)]" + string.Concat(Enumerable.Repeat("[Dense(8), Activation(Gelu)]", 40)) + "[Dense(2), Activation(Softmax)][Loss(Loss.CrossEntropy)] partial class Net { }" } },
            { "deepest legal network, looped", new[] { U + "[Network][Input(40)]" + string.Concat(Enumerable.Repeat("[Dense(40), Activation(Tanh)]", 128)) + " partial class Net { }" } },
            { "one layer too many", new[] { U + "[Network][Input(1)]" + string.Concat(Enumerable.Repeat("[Dense(1)]", 129)) + " partial class Net { }" } },
            { "thousands of layers", new[] { U + "[Network][Input(3)]" + string.Concat(Enumerable.Repeat("[Dense(3), Activation(Relu)]", 2000)) + " partial class Net { }" } },
            { "baked 4095 to 4096", new[] { U + "[Network(Weights = \"big.safetensors\")][Input(4095)][Dense(4096)] partial class Net { }" } },
            { "baked one parameter past the cap", new[] { U + "[Network(Weights = \"big.safetensors\")][Input(1024)][Dense(512)] partial class Net { }" } },
            { "baked double past the cap", new[] { U + "[Network(Precision = Precision.Double, Weights = \"big.safetensors\")][Input(512)][Dense(512)] partial class Net { }" } },
            { "too deep and too large to bake", new[] { U + "[Network(Weights = \"w.safetensors\")][Input(4096)]" + string.Concat(Enumerable.Repeat("[Dense(4096)]", 200)) + " partial class Net { }" } },

            { "many networks in one file", new[] { U + string.Concat(Enumerable.Range(0, 12).Select(i => $"[Network(Seed = {i})][Input({i + 1})][Dense(2), Activation(Tanh)][Dense(1)] partial class Net{i} {{ }}\n")) } },
        };

        [Theory]
        [MemberData(nameof(Cases))]
        public async Task NeverCrashesAndGeneratedCodeCompiles(string name, string[] sources)
        {
            var compilation = GeneratorHarness.Compile(sources);
            var run = GeneratorHarness.Run(compilation);
            var analyzerDiagnostics = await GeneratorHarness.AnalyzeAsync(compilation);

            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CS8785");
            Assert.DoesNotContain(run.OutputDiagnostics, d => d.Id == "CS8785");
            Assert.DoesNotContain(analyzerDiagnostics, d => d.Id == "AD0001");

            var problems = run.ProblemsInGeneratedFiles();
            Assert.True(problems.IsEmpty, $"{name}: generated code has problems:\n{string.Join("\n", problems)}");

            // Silence is a bug: without an error, every [Network] class must have received its generated members.
            bool anyError = run.GeneratorDiagnostics.Concat(run.Input.GetDiagnostics()).Any(d => d.Severity == DiagnosticSeverity.Error);
            if (!anyError)
            {
                foreach (var tree in compilation.SyntaxTrees)
                {
                    var model = run.Output.GetSemanticModel(tree);
                    foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>())
                    {
                        var symbol = model.GetDeclaredSymbol(declaration) as INamedTypeSymbol;
                        if (symbol is not null && symbol.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "NetGen.NetworkAttribute"))
                        {
                            Assert.True(symbol.GetMembers("ParameterCount").Length == 1, $"{name}: '{symbol}' got no generated members and no error says why.");
                        }
                    }
                }
            }
        }
    }
}
