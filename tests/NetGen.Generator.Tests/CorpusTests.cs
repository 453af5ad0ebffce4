using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NetGen.Generator.Tests.Infrastructure;

namespace NetGen.Generator.Tests
{
    /// <summary>
    /// The hostile-declaration corpus. Whatever the input, the generator and the analyzer never throw (no CS8785,
    /// no AD0001) and generated code has no error or warning. A good case compiles cleanly, and every [Network]
    /// class in it has the whole generated surface (every entry of the generated-members table). A bad case gets
    /// exactly the NG diagnostics it names, each at a location in the user's files, or none when the compiler itself
    /// reports the problem; and every [Network] class in it either got its code or has an error in its declaration.
    /// </summary>
    public sealed class CorpusTests
    {
        private const string U = "using NetGen;\nusing static NetGen.Activation;\n";

        /// <summary>User names in lower case draw CS8981 in the user's own code; these cases are about NetGen's.</summary>
        private const string LowerCaseOk = "#pragma warning disable CS8981\n";

        private static string Net(string name = "Net", string layers = "[Input(2)][Dense(3), Activation(Tanh)][Dense(1)]") => $"[Network]{layers} partial class {name} {{ }}";

        /// <summary>A row-vectorised network (all the vector code), a batch-major one, a 1→H→1 one and a double one.</summary>
        private const string EveryShape =
            "[Network][Input(2)][Dense(3), Activation(Softplus)][Dense(3), Activation(Sigmoid)][Dense(1)] partial class Lanes { }\n" +
            "[Network][Input(20)][Dense(20), Activation(Relu)][Dense(3), Activation(Softmax)][Loss(Loss.CrossEntropy)] partial class Batch { }\n" +
            "[Network][Input(1)][Dense(16), Activation(Relu)][Dense(1)][Sgd(Momentum = 0.9)] partial class Shallow { }\n" +
            "[Network(Precision = Precision.Double, CheckFinite = false)][Input(3)][Dense(4), Activation(Gelu)][Dense(2)][AdamW] partial class Doubles { }\n";

        public static TheoryData<string, string[]> GoodCases { get; } = new()
        {
            // Odd but valid declarations.
            { "negative alpha", new[] { U + "[Network][Input(2)][Dense(2), Activation(LeakyRelu, Alpha = -0.5)][Dense(1)] partial class Net { }" } },
            { "double huber delta huge", new[] { U + "[Network(Precision = Precision.Double)][Input(2)][Dense(1)][Loss(Loss.Huber, Delta = 1e300)] partial class Net { }" } },
            { "negative zero bias init", new[] { U + "[Network(BiasInit = -0.0)][Input(2)][Dense(1)] partial class Net { }" } },
            { "extreme seeds", new[] { U + "[Network(Seed = int.MinValue)][Input(2)][Dense(1)] partial class A { }\n[Network(Seed = -1)][Input(2)][Dense(1)] partial class B { }" } },
            { "float literal arguments", new[] { U + "[Network][Input(2)][Dense(1)][Sgd(LearningRate = 0.1f, Momentum = 1, Dampening = 0.5f)] partial class Net { }" } },
            { "partial across files", new[] { U + "[Network] partial class Net { }", U + "[Input(2)][Dense(3), Activation(Relu)][Dense(1)] partial class Net { public int Extra => 1; }" } },
            { "file-scoped namespace", new[] { U + "namespace A.B.C;\n[Network][Input(2)][Dense(1)] partial class Net { }" } },
            { "deep namespace", new[] { U + "namespace A.B.C.D.E.F { [Network][Input(2)][Dense(1)] public partial class Net { } }" } },
            { "unicode names", new[] { U + "namespace Über.Netze { [Network][Input(2)][Dense(1)] partial class Réseau { } [Network][Input(1)][Dense(1)] partial class 网络 { } }" } },
            { "keyword names", new[] { LowerCaseOk + U + "namespace @namespace.@class { partial class @public { [Network][Input(2)][Dense(1)] partial class @class { } } }" } },
            { "keyword type names", new[] { LowerCaseOk + U + "[Network][Input(2)][Dense(1)] partial class @int { }\n[Network][Input(2)][Dense(1)] partial class @var { }" } },
            { "lower-case names", new[] { LowerCaseOk + U + "namespace samples.nets { partial class outer { [Network][Input(2)][Dense(1)] partial class tiny { } } }" } },
            { "contextual keyword names", new[] { LowerCaseOk + "#pragma warning disable CS8860\n" + U + "namespace async.var { [Network][Input(2)][Dense(1)] partial class record { } [Network][Input(2)][Dense(1)] partial class dynamic { } }" } },
            { "class named like NetGen types", new[] { U + "namespace My { [Network][Input(2)][Dense(1)] partial class Activations { } [Network][Input(2)][Dense(1)] partial class Losses { } [Network][Input(2)][Dense(1)] partial class INeuralNetwork { } }" } },
            { "namespace named NetGen", new[] { U + "namespace NetGen { [Network][Input(2)][Dense(1)] partial class Net { } }" } },
            { "namespace ending in NetGen", new[] { U + "namespace My.NetGen { [Network][Input(2)][Dense(1)] partial class Net { } }" } },
            { "shadowing System and Span", new[] { U + "namespace My { class System { } class Span<T> { } class Array { } [Network][Input(2)][Dense(1)] partial class Net { } }" } },
            { "nested in a static class", new[] { U + "static partial class Outer { [Network][Input(2)][Dense(1)] partial class Net { } }" } },
            { "nested in a struct and a record", new[] { U + "partial struct S { partial record R { [Network][Input(2)][Dense(1)] partial class Net { } } }" } },
            { "nested in an interface", new[] { U + "partial interface I { [Network][Input(2)][Dense(1)] partial class Net { } }" } },
            { "abstract network", new[] { U + "[Network][Input(2)][Dense(1)] public abstract partial class Net { }" } },
            { "combining mark in the name", new[] { U + "[Network][Input(2)][Dense(1)] partial class Cafe\u0301 { }" } },
            { "base class and interfaces", new[] { U + "class Base { } [Network][Input(2)][Dense(1)] partial class Net : Base, System.IDisposable { public void Dispose() { } }" } },
            { "qualified attribute names", new[] { "[global::NetGen.Network][NetGen.InputAttribute(2)][NetGen.Dense(1), NetGen.Activation(NetGen.Activation.Tanh)] partial class Net { }" } },
            { "aliased attribute", new[] { "using D = NetGen.DenseAttribute; using N = NetGen.NetworkAttribute;\n[N][NetGen.Input(2)][D(4)][D(1)] partial class Net { }" } },
            { "constants as sizes", new[] { U + "[Network][Input(Net.In)][Dense(Net.Hidden)][Dense(1)] partial class Net { public const int In = 3, Hidden = 5; }" } },
            { "attributes in #if", new[] { U + "[Network][Input(2)]\n#if false\n[Dense(0)]\n#endif\n[Dense(1)] partial class Net { }" } },

            // Shapes at the edges of the planner.
            { "every activation, float", new[] { U + "[Network][Input(3)][Dense(3), Activation(Identity)][Dense(3), Activation(Relu)][Dense(3), Activation(LeakyRelu)][Dense(3), Activation(Relu6)][Dense(3), Activation(Sigmoid)][Dense(3), Activation(Tanh)][Dense(3), Activation(Softplus)][Dense(3), Activation(Elu)][Dense(3), Activation(Selu)][Dense(3), Activation(Gelu)][Dense(3), Activation(Silu)][Dense(3), Activation(Mish)][Dense(3), Activation(Softmax)][Loss(Loss.CrossEntropy)] partial class Net { }" } },
            { "every activation, double, looped", new[] { U + "[Network(Precision = Precision.Double)][Input(40)][Dense(40), Activation(Identity)][Dense(40), Activation(Relu)][Dense(40), Activation(LeakyRelu, Alpha = 0.2)][Dense(40), Activation(Relu6)][Dense(40), Activation(Sigmoid)][Dense(40), Activation(Tanh)][Dense(40), Activation(Softplus)][Dense(40), Activation(Elu, Alpha = 2)][Dense(40), Activation(Selu)][Dense(40), Activation(Gelu)][Dense(40), Activation(Silu)][Dense(40), Activation(Mish)][Dense(40), Activation(Softmax)][Loss(Loss.CrossEntropy)] partial class Net { }" } },
            { "every loss", new[] { U + "[Network][Input(2)][Dense(1)][Loss(Loss.MeanAbsoluteError)] partial class A { } [Network][Input(2)][Dense(1), Activation(Sigmoid)][Loss(Loss.BinaryCrossEntropy)] partial class B { } [Network][Input(2)][Dense(3), Activation(Softmax)][Loss(Loss.CrossEntropy)] partial class C { } [Network(Precision = Precision.Double)][Input(2)][Dense(1)][Loss(Loss.Huber, Delta = 0.25)] partial class D { }" } },
            { "every optimizer and initialisation", new[] { U + "[Network(Initialization = Initialization.HeUniform)][Input(2)][Dense(1)][Sgd] partial class A { } [Network(Initialization = Initialization.HeNormal)][Input(2)][Dense(1)][Sgd(Momentum = 0.5, Dampening = 0.5)] partial class B { } [Network(Initialization = Initialization.XavierNormal)][Input(2)][Dense(1)][AdamW] partial class C { }" } },
            { "rprop, float and double", new[] { U + "[Network][Input(2)][Dense(3), Activation(Tanh)][Dense(1)][Rprop] partial class A { } [Network(Precision = Precision.Double, CheckFinite = false)][Input(40)][Dense(40), Activation(Relu)][Dense(3), Activation(Softmax)][Loss(Loss.CrossEntropy)][Rprop(LearningRate = 0.1, EtaMinus = 0.25, EtaPlus = 2, StepSizeMin = 0, StepSizeMax = 1)] partial class B { }" } },
            { "rprop with equal step-size bounds", new[] { U + "[Network][Input(2)][Dense(1)][Rprop(StepSizeMin = 0.5, StepSizeMax = 0.5)] partial class Net { }" } },
            { "unroll threshold edge", new[] { U + "[Network][Input(32)][Dense(32), Activation(Relu)][Dense(33), Activation(Sigmoid)] partial class Net { }" } },
            { "scratch past the stack limit", new[] { U + "[Network][Input(5000)][Dense(2), Activation(Softmax)][Loss(Loss.CrossEntropy)] partial class Net { }" } },
            { "one by one", new[] { U + "[Network][Input(1)][Dense(1)] partial class Net { }" } },
            { "softmax on a single unit", new[] { U + "[Network][Input(2)][Dense(1), Activation(Softmax)] partial class Net { }" } },
            // Generated size within the caps: the unrolled budget.
            { "deepest legal network, budget all unrolled", new[] { U + "[Network][Input(4)]" + string.Concat(Enumerable.Repeat("[Dense(4), Activation(Relu)]", 128)) + " partial class Net { }" } },
            { "small layers past the unrolled budget", new[] { U + "[Network(Precision = Precision.Double)][Input(8)]" + string.Concat(Enumerable.Repeat("[Dense(8), Activation(Gelu)]", 40)) + "[Dense(2), Activation(Softmax)][Loss(Loss.CrossEntropy)] partial class Net { }" } },
            { "deepest legal network, looped", new[] { U + "[Network][Input(40)]" + string.Concat(Enumerable.Repeat("[Dense(40), Activation(Tanh)]", 128)) + " partial class Net { }" } },

            { "many networks in one file", new[] { U + string.Concat(Enumerable.Range(0, 12).Select(i => $"[Network(Seed = {i})][Input({i + 1})][Dense(2), Activation(Tanh)][Dense(1)] partial class Net{i} {{ }}\n")) } },

            // Hint names: names that differ only in case, or that the file-name cleaning maps to the same text.
            { "names differing in case", new[] { U + "namespace N { " + Net("Net") + Net("NET") + Net("nEt") + " }" } },
            { "namespaces differing in case", new[] { U + "namespace models { " + Net() + " } namespace Models { " + Net() + " } namespace MODELS { " + Net() + " }" } },
            { "underscore and combining accent", new[] { U + Net("Ne_t") + Net("Ne\u0301t") + Net("Ne\u0300t") } },
            { "characters cleaned alike in namespaces", new[] { U + "namespace A_b { " + Net() + " } namespace A\u0301b { " + Net() + " }" } },
            { "nested types and namespaces of one name", new[] { U + "namespace A { partial class B { " + Net() + " } } namespace A.C { " + Net() + " } namespace a.b { " + Net() + " }" } },
            { "outer types differing in case", new[] { U + "partial class Outer { " + Net() + " } partial class OUTER { " + Net() + " }" } },
            { "very long names", new[] { U + "namespace " + string.Join(".", Enumerable.Repeat("Namespace" + new string('x', 40), 6)) + " { " + Net(new string('N', 300)) + Net(new string('N', 299) + "n") + " }" } },
            { "same name in global and a namespace", new[] { U + Net() + " namespace Net2 { " + Net() + " }" } },
            { "the same names across files", new[] { U + "namespace X { " + Net() + " }", U + "namespace x { " + Net() + " }", U + "namespace X { " + Net("NET") + " }" } },

            // Generated code cannot be captured by user names.
            { "type __Vector in the namespace", new[] { U + "namespace Samples { class __Vector { } class __Vector512 { } class __Vector512Ops { } " + EveryShape + " }" } },
            { "global using __Vector", new[] { "global using __Vector = System.Int32;\nglobal using __Vector512 = System.String;\nglobal using __Vector512Ops = System.Math;\n" + U + EveryShape } },
            { "file using aliases of generated names", new[] { "using __Vector = System.Int32;\nusing Vector = System.String;\nusing Span = System.Int64;\n" + U + EveryShape } },
            { "type named var in the namespace", new[] { LowerCaseOk + U + "namespace Samples { class var { } class dynamic { } class nint { } " + EveryShape + " }" } },
            { "type named var nested in the network", new[] { LowerCaseOk + U + "[Network][Input(2)][Dense(3), Activation(Relu)][Dense(1)] partial class Net { class var { } class dynamic { } }" } },
            { "method named nameof", new[] { U + "[Network][Input(2)][Dense(3), Activation(Tanh)][Dense(1)] partial class Net { static string nameof(object o) => \"\"; }" } },
            { "types named like the runtime", new[] { U + "namespace Samples { class Vector<T> { } class Vector512 { } class MemoryMarshal { } class Unsafe { } class ArrayPool<T> { } class Math { } class Action<A, B> { } class Stream { } class Activations { } class Losses { } class Optimizers { } class Checkpoint { } class ShapeGuard { } class FiniteGuard { } class Training { } class DeterministicRandom { } class Initializers { } class ParameterLayout { } " + EveryShape + " }" } },
            { "nested types named like the runtime", new[] { U + "[Network][Input(2)][Dense(3), Activation(Softplus)][Dense(1)] partial class Net { class NetGen { } class System { } class Vector<T> { } class Math { } class Span<T> { } class ReadOnlySpan<T> { } }" } },
            { "members named like locals", new[] { U + "[Network][Input(2)][Dense(3), Activation(Tanh)][Dense(1)] partial class Net { int s { get; set; } int p { get; set; } int d { get; set; } int g { get; set; } int r { get; set; } int rows { get; set; } int loss { get; set; } int x { get; set; } int j { get; set; } int seed { get; set; } int random { get; set; } int state { get; set; } }" } },
            { "extension methods on spans", new[] { U + "namespace Samples { static class E { public static void CopyTo(this System.ReadOnlySpan<float> a, System.Span<float> b) { } public static System.Span<float> Slice(this System.Span<float> a, int s, int l) => a; } " + EveryShape + " }" } },

            { "networks named like generated parameters and locals", new[] { LowerCaseOk + U + Net("inputs") + Net("targets") + Net("onEpoch") + Net("s") + Net("rows") + Net("random", "[Input(1)][Dense(16), Activation(Relu)][Dense(1)]") + Net("state", "[Input(2)][Dense(3), Activation(Softplus)][Dense(1)]") } },
            { "user GeneratedCode attribute", new[] { U + "[System.CodeDom.Compiler.GeneratedCode(\"tool\", \"1\")][Network][Input(2)][Dense(1)] partial class Net { }" } },
            { "nested in a ref struct", new[] { U + "ref partial struct S { [Network][Input(2)][Dense(1)] partial class Net { } }" } },
            { "nested in a readonly record struct", new[] { U + "readonly partial record struct S { [Network][Input(2)][Dense(1)] partial class Net { } }" } },
            { "sequential layout", new[] { U + "[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)][Network][Input(2)][Dense(1)] partial class Net { }" } },
            { "class named like its namespace", new[] { U + "namespace Net { [Network][Input(2)][Dense(1)] partial class Net { } }" } },
            { "global generic type named System", new[] { U + "class System<T> { } class NetGen<T> { } " + EveryShape } },
            { "global types named Math and Span", new[] { U + "class Math { } class Span<T> { } class Vector<T> { } class Activations { } " + EveryShape } },

            { "global using static of the runtime", new[] { "global using static System.Math;\nglobal using static NetGen.Runtime.Losses;\nglobal using static NetGen.Runtime.LinearAlgebra;\nglobal using static System.Numerics.Vector;\nglobal using static System.MemoryExtensions;\n" + U + EveryShape } },
            { "nullable disabled in the user's file", new[] { "#nullable disable\n" + U + EveryShape } },
            { "obsolete and experimental network classes", new[] { "#pragma warning disable NG9999\n" + U + "[System.Obsolete(\"old\")][Network][Input(2)][Dense(1)] partial class A { } [System.Diagnostics.CodeAnalysis.Experimental(\"NG9999\")][Network][Input(2)][Dense(1)] partial class B { }" } },
            { "required member on the network", new[] { U + "[Network][Input(2)][Dense(1)] partial class Net { public required string Name { get; init; } }" } },

            // Members that coexist with the generated ones.
            { "overloads of generated methods", new[] { U + "[Network][Input(1)][Dense(1)] partial class Net { public double Predict(double x) => x; public void Predict(float[] a, float[] b) { } public void Save<T>(string p) { } public void ResetOptimizer(bool hard) { } public void Load(ref string path) { } public float TrainStep(float[] a, float[] b) => 0; }" } },
            { "overloads next to the generated internal call", new[] { U + "[Network][Input(2)][Dense(3), Activation(Tanh)][Dense(1)] partial class Net { public float ComputeGradients(System.ReadOnlySpan<float> a, System.ReadOnlySpan<float> b, int extra = 0) => 0; public float ComputeGradients<T>(T a, T b) => 0; public float ComputeGradients(in System.ReadOnlySpan<float> a, in System.ReadOnlySpan<float> b) => 0; public float ComputeGradients(params float[][] rows) => 0; }" } },
            { "scalar predict on a wide network", new[] { U + "[Network][Input(2)][Dense(1)] partial class Net { public float Predict(float x) => x; }" } },
            { "baked names without weights", new[] { U + "[Network][Input(1)][Dense(1)] partial class Net { public static float PredictBaked(float x) => x; public int BakedParameters => 0; }" } },
            { "operators, conversions, indexer, finalizer", new[] { U + "[Network][Input(2)][Dense(1)] partial class Net { public static Net operator +(Net a, Net b) => a; public static implicit operator float[](Net n) => n.Parameters.ToArray(); public float this[int i] => Parameters[i]; ~Net() { } static Net() { } }" } },
            { "other constructors", new[] { U + "[Network][Input(2)][Dense(1)] partial class Net { public Net(long seed) : this((int)seed) { } public Net(string name, int seed = 0) : this(seed) { } public Net(params double[] values) : this(0) { } }" } },
            { "interface of the other precision", new[] { U + "[Network][Input(2)][Dense(1)] partial class Net : System.IComparable<Net> { public int CompareTo(Net? other) => 0; }" } },
            { "user declares the interface", new[] { U + "[Network][Input(2)][Dense(1)] partial class Net : INeuralNetwork<float> { }" } },

            // Base classes the generated constructors can chain to.
            { "protected base constructor", new[] { U + "class Base { protected Base() { } } [Network][Input(2)][Dense(1)] partial class Net : Base { }" } },
            { "optional and params base constructor", new[] { U + "class A { public A(int x = 1) { } } class B { public B(params int[] x) { } } [Network][Input(2)][Dense(1)] partial class Net : A { } [Network][Input(2)][Dense(1)] partial class Other : B { }" } },
            { "base with private and overloaded members", new[] { U + "class Base { private int InputSize => 0; private long __step = 1; public long Steps => __step + InputSize; public void Predict(double[] x) { } } [Network][Input(2)][Dense(1)] partial class Net : Base { }" } },
            { "abstract base with other members", new[] { U + "abstract class Base { public abstract string Describe(); } [Network][Input(2)][Dense(1)] partial class Net : Base { public override string Describe() => \"net\"; }" } },
            { "base with required members", new[] { U + "class Base { public required string Name { get; init; } } [Network][Input(2)][Dense(1)] partial class Net : Base { }" } },
            { "generic base", new[] { U + "class Base<T> { public T? Value { get; set; } } [Network][Input(2)][Dense(1)] partial class Net : Base<int> { }" } },

            // Errors somewhere else in the class are the user's; the network is still generated.
            { "hyper-parameters that fit in double", new[] { U + "[Network(Precision = Precision.Double, BiasInit = 1e300)][Input(2)][Dense(2), Activation(Elu, Alpha = 1e-300)][Dense(1)][Loss(Loss.Huber, Delta = 1e-50)][Adam(Epsilon = 1e-50, Beta1 = 0.99999999, LearningRate = 1e39)] partial class Net { }" } },
            { "exact zeros stay zeros", new[] { U + "[Network(BiasInit = 0)][Input(2)][Dense(1)][Adam(Epsilon = 0, WeightDecay = 0, Beta1 = 0, Beta2 = 0)] partial class A { } [Network][Input(2)][Dense(1)][Sgd(Momentum = 0, Dampening = 0, WeightDecay = 0)] partial class B { }" } },
            { "smallest normal float values", new[] { U + "[Network(BiasInit = 1.1754944E-38)][Input(2)][Dense(2), Activation(LeakyRelu, Alpha = 1.2E-38)][Dense(1)][Loss(Loss.Huber, Delta = 1.2E-38)][Adam(Epsilon = 1.2E-38, LearningRate = 1E-37)] partial class Net { }" } },

            // Modules (issue 13): every kind, names, extremes, and each strategy forced where it is admitted.
            { "every module kind, float", new[] { U + "[Network][Input(3)][Standardize(Name = \"scaler\")][Dense(16), Activation(Relu)][LayerNorm, Activation(Tanh)][Dropout(0.25)][BatchNorm(Momentum = 0.2)][Dense(8, Name = \"head\")][Dense(1)] partial class Net { }" } },
            { "every module kind, double, looped", new[] { U + "[Network(Precision = Precision.Double)][Input(40)][Standardize][Dense(200), Activation(Gelu)][LayerNorm(Eps = 1e-3)][Dropout(0.5)][BatchNorm, Activation(Silu)][Dense(100, Name = \"fc2\")][Dense(3), Activation(Softmax)][Loss(Loss.CrossEntropy)] partial class Net { }" } },
            { "every activation after a norm", new[] { U + "[Network][Input(3)][Dense(4)][LayerNorm, Activation(Identity)][BatchNorm, Activation(Relu)][Dropout(0.1), Activation(LeakyRelu)][LayerNorm, Activation(Relu6)][BatchNorm, Activation(Sigmoid)][Dropout(0.1), Activation(Tanh)][LayerNorm, Activation(Softplus)][BatchNorm, Activation(Elu)][Dropout(0.1), Activation(Selu)][LayerNorm, Activation(Gelu)][BatchNorm, Activation(GeluTanh)][Dropout(0.1), Activation(Silu)][LayerNorm, Activation(Mish)][Dense(2)] partial class Net { }" } },
            { "modules in classifiers", new[] { U + "[Network][Input(4)][Standardize][Dense(8), Activation(Relu)][BatchNorm][Dropout(0.3)][Dense(3), Activation(Softmax)][Loss(Loss.CrossEntropy)] partial class A { } [Network][Input(4)][Dense(8)][LayerNorm, Activation(Relu)][Dense(1), Activation(Sigmoid)][Loss(Loss.BinaryCrossEntropy)][Rprop] partial class B { } [Network][Input(2)][Dense(4)][BatchNorm][Dense(1)][Loss(Loss.Huber, Delta = 0.5)][Sgd(Momentum = 0.9, Nesterov = true)] partial class C { }" } },
            { "modules straight after the input", new[] { U + "[Network][Input(3)][Dropout(0.2)][Dense(2)] partial class A { } [Network][Input(3)][LayerNorm][Dense(2)] partial class B { } [Network][Input(3)][BatchNorm, Activation(Tanh)][Dense(2)] partial class C { } [Network][Input(3)][Dropout(0.5), Activation(Relu)][Dense(1)] partial class D { }" } },
            { "scalar network with Standardize", new[] { U + "[Network][Input(1)][Standardize][Dense(1)] partial class A { } [Network(Precision = Precision.Double)][Input(1)][Standardize(Name = \"s\")][Dense(16), Activation(Tanh)][Dense(1)] partial class B { }" } },
            { "names like C# and generated identifiers", new[] { U + "[Network][Input(2)][Standardize(Name = \"__parameters\")][Dense(4, Name = \"global\")][LayerNorm(Name = \"Predict\")][BatchNorm(Name = \"running_mean\")][Dense(4, Name = \"num_batches_tracked\")][Dense(1, Name = \"weight\")] partial class Net { }" } },
            { "names at the length cap", new[] { U + "[Network][Input(2)][Dense(4, Name = \"" + new string('a', 64) + "\")][LayerNorm(Name = \"" + new string('b', 64) + "\")][BatchNorm(Name = \"" + new string('_', 64) + "\")][Dense(1, Name = \"Z" + new string('9', 63) + "\")] partial class Net { }" } },
            { "names unset explicitly", new[] { U + "[Network][Input(2)][Standardize(Name = null)][Dense(4, Name = null)][LayerNorm(Name = null)][BatchNorm(Name = null)][Dense(1)] partial class Net { }" } },
            { "dropout at its edges", new[] { U + "[Network][Input(2)][Dropout(0)][Dense(4)][Dropout(0.9999999999999999)][Dense(4)][Dropout(1e-300)][Dense(4)][Dropout(5e-324)][Dense(1)] partial class Net { }" } },
            { "norm arguments at their edges", new[] { U + "[Network][Input(2)][Dense(4)][LayerNorm(Eps = 1e-30)][BatchNorm(Eps = 1e30, Momentum = 1)][BatchNorm(Momentum = 0)][LayerNorm(Eps = 3e38)][Dense(1)] partial class A { } [Network(Precision = Precision.Double)][Input(2)][Dense(4)][LayerNorm(Eps = 1e-300)][BatchNorm(Eps = 1e300, Momentum = 1e-300)][Dense(1)] partial class B { }" } },
            { "128 modules, no activation counted", new[] { U + "[Network][Input(4)]" + string.Concat(Enumerable.Repeat("[Dense(4), Activation(Relu)][LayerNorm, Activation(Tanh)]", 63)) + "[Dropout(0.1)][Dense(1)] partial class Net { }" } },
            { "64 batch norms", new[] { U + "[Network][Input(8)]" + string.Concat(Enumerable.Repeat("[Dense(8)][BatchNorm, Activation(Relu)]", 63)) + "[Dropout(0.1)][Dense(1)] partial class Net { }" } },
            { "wide norms past the stack limit", new[] { U + "[Network][Input(5000)][Standardize][LayerNorm][BatchNorm][Dropout(0.5)][Dense(2), Activation(Softmax)][Loss(Loss.CrossEntropy)] partial class Net { }" } },
            { "widest standardize", new[] { U + "[Network][Input(65536)][Standardize][Dense(1)] partial class Net { }" } },
            { "every strategy forced on 1-16-1", new[] { U + "using NetGen.Runtime;\n[Network][ForceStrategy(TrainingStrategy.PerRow)][Input(1)][Dense(16), Activation(Tanh)][Dense(1)] partial class A { } [Network][ForceStrategy(TrainingStrategy.Lanes)][Input(1)][Dense(16), Activation(Tanh)][Dense(1)] partial class B { } [Network][ForceStrategy(TrainingStrategy.Shallow)][Input(1)][Dense(16), Activation(Tanh)][Dense(1)] partial class C { } [Network][ForceStrategy(TrainingStrategy.BatchMajor)][Input(1)][Dense(16), Activation(Tanh)][Dense(1)] partial class D { }" } },
            { "per-row with Standardize, batch-major with everything", new[] { U + "using NetGen.Runtime;\n[Network(Precision = Precision.Double)][ForceStrategy(TrainingStrategy.PerRow)][Input(3)][Standardize][Dense(5), Activation(Softplus)][Dense(2)] partial class A { } [Network][ForceStrategy(TrainingStrategy.BatchMajor)][Input(3)][Standardize][Dense(5)][LayerNorm, Activation(Mish)][Dropout(0.5)][BatchNorm][Dense(2)][AdamW] partial class B { }" } },
            { "modules with names like the runtime", new[] { U + "namespace Samples { class Normalization { } class Dropout { } class Standardization { } class Runtime { } class DeterministicRandom { } class ParameterTensorKind { } [Network][Input(3)][Standardize][Dense(4)][LayerNorm][Dropout(0.5)][BatchNorm][Dense(1)] partial class Net { } }" } },
        };

        public static TheoryData<string, string[], string[]> BadCases { get; } = new()
        {
            // Generated size past its caps: the layer cap (NG0030) and the baked-size cap (NG0031).
            { "one layer too many", new[] { U + "[Network][Input(1)]" + string.Concat(Enumerable.Repeat("[Dense(1)]", 129)) + " partial class Net { }" }, new[] { "NG0030" } },
            { "thousands of layers", new[] { U + "[Network][Input(3)]" + string.Concat(Enumerable.Repeat("[Dense(3), Activation(Relu)]", 2000)) + " partial class Net { }" }, new[] { "NG0030" } },
            { "baked 4095 to 4096", new[] { U + "[Network(Weights = \"big.safetensors\")][Input(4095)][Dense(4096)] partial class Net { }" }, new[] { "NG0031" } },
            { "baked one parameter past the cap", new[] { U + "[Network(Weights = \"big.safetensors\")][Input(1024)][Dense(512)] partial class Net { }" }, new[] { "NG0031" } },
            { "baked double past the cap", new[] { U + "[Network(Precision = Precision.Double, Weights = \"big.safetensors\")][Input(512)][Dense(512)] partial class Net { }" }, new[] { "NG0031" } },
            { "too deep and too large to bake", new[] { U + "[Network(Weights = \"w.safetensors\")][Input(4096)]" + string.Concat(Enumerable.Repeat("[Dense(4096)]", 200)) + " partial class Net { }" }, new[] { "NG0018", "NG0030", "NG0031" } },

            // Modules (issue 13).
            { "modules after the output", new[] { U + "[Network][Input(2)][Dense(1)][Dropout(0.5)] partial class A { } [Network][Input(2)][Dense(1)][LayerNorm][BatchNorm, Activation(Relu)] partial class B { }" }, new[] { "NG0035" } },
            { "huge and non-finite dropout", new[] { U + "[Network][Input(2)][Dropout(1e308)][Dense(4)][Dropout(double.NaN)][Dense(4)][Dropout(double.NegativeInfinity)][Dense(1)] partial class Net { }" }, new[] { "NG0037" } },
            { "dropout of one", new[] { U + "[Network][Input(2)][Dense(4)][Dropout(1)][Dense(1)] partial class Net { }" }, new[] { "NG0037" } },
            { "huge eps and momentum in float", new[] { U + "[Network][Input(2)][Dense(4)][LayerNorm(Eps = 1e300)][BatchNorm(Eps = 1e-300, Momentum = 1e-300)][Dense(1)] partial class Net { }" }, new[] { "NG0016" } },
            { "non-finite eps and momentum", new[] { U + "[Network][Input(2)][Dense(4)][LayerNorm(Eps = double.NaN)][BatchNorm(Eps = double.PositiveInfinity, Momentum = double.NaN)][Dense(1)] partial class Net { }" }, new[] { "NG0016" } },
            { "one module too many", new[] { U + "[Network][Input(4)]" + string.Concat(Enumerable.Repeat("[Dense(4), Activation(Relu)][LayerNorm, Activation(Tanh)]", 64)) + "[Dense(1)] partial class Net { }" }, new[] { "NG0030" } },
            { "thousands of modules", new[] { U + "[Network][Input(3)]" + string.Concat(Enumerable.Repeat("[Dense(3)][BatchNorm, Activation(Relu)][Dropout(0.1)][LayerNorm]", 1000)) + "[Dense(1)] partial class Net { }" }, new[] { "NG0030" } },
            { "standardize after a dense", new[] { U + "[Network][Input(2)][Dense(3)][Standardize(Name = \"s\")][Dense(1)] partial class Net { }" }, new[] { "NG0032" } },
            { "standardize twice", new[] { U + "[Network][Input(2)][Standardize][Standardize][Dense(1)] partial class Net { }" }, new string[0] },
            { "standardize then activation", new[] { U + "[Network][Input(2)][Standardize, Activation(Relu)][Dense(1)] partial class Net { }" }, new[] { "NG0008" } },
            { "two activations after a norm", new[] { U + "[Network][Input(2)][Dense(2)][LayerNorm, Activation(Relu), Activation(Relu)][Dense(1)] partial class Net { }" }, new[] { "NG0009" } },
            { "duplicate and invalid names", new[] { U + "[Network][Input(2)][Dense(4, Name = \"a\")][LayerNorm(Name = \"a\")][BatchNorm(Name = \"a.b\")][Dense(4, Name = \"" + new string('x', 65) + "\")][Dense(1, Name = \"\u00e9\")] partial class Net { }" }, new[] { "NG0033", "NG0034" } },
            { "a name of 100,000 characters", new[] { U + "[Network][Input(2)][Dense(1, Name = \"" + new string('n', 100_000) + "\")] partial class Net { }" }, new[] { "NG0034" } },
            { "only modules, no dense", new[] { U + "[Network][Input(2)][Standardize][LayerNorm][BatchNorm][Dropout(0.5)] partial class Net { }" }, new[] { "NG0006" } },
            { "modules on a plain class", new[] { U + "[Dropout(0.5)][LayerNorm][BatchNorm][Standardize] class Orphan { }" }, new[] { "NG0013" } },
            { "unknown forced strategy", new[] { U + "[Network][NetGen.Runtime.ForceStrategy((NetGen.Runtime.TrainingStrategy)7)][Input(2)][Dense(1)] partial class Net { }" }, new[] { "NG0017" } },
            { "forced strategy that cannot train", new[] { U + "using NetGen.Runtime;\n[Network][ForceStrategy(TrainingStrategy.PerRow)][Input(2)][Dense(4)][BatchNorm][Dense(1)] partial class A { } [Network][ForceStrategy(TrainingStrategy.Lanes)][Input(2)][Dropout(0.1)][Dense(1)] partial class B { } [Network][ForceStrategy(TrainingStrategy.Shallow)][Input(2)][Dense(8)][Dense(1)] partial class C { }" }, new[] { "NG0036" } },
            { "too large with norms", new[] { U + "[Network][Input(65536)][Dense(65536)][LayerNorm][BatchNorm][Dense(1)] partial class Net { }" }, new[] { "NG0018" } },
            { "baked modules without the file", new[] { U + "[Network(Weights = \"m.safetensors\")][Input(2)][Standardize][Dense(4)][LayerNorm][Dropout(0.5)][BatchNorm][Dense(1)] partial class Net { }" }, new[] { "NG0020" } },
            { "everything wrong with modules at once", new[] { U + "[Network][Input(2)][Dense(4, Name = \"1\")][Standardize][LayerNorm(Eps = -1), Activation((Activation)99)][Dropout(2)][BatchNorm(Momentum = 5, Name = \"1\")] partial class Net { }" }, new[] { "NG0016", "NG0017", "NG0032", "NG0034", "NG0035", "NG0037" } },
            { "norm arguments of the wrong type", new[] { U + "[Network][Input(2)][Dense(4)][LayerNorm(Eps = \"x\")][BatchNorm(Momentum = true)][Dense(1, Name = 3)] partial class Net { }" }, new string[0] },
            { "norms with constructor arguments", new[] { U + "[Network][Input(2)][Dense(4)][LayerNorm(1e-5)][BatchNorm(0.1)][Dense(1)] partial class Net { }" }, new string[0] },
            { "dropout without a probability", new[] { U + "[Network][Input(2)][Dense(4)][Dropout][Dense(1)] partial class Net { }" }, new string[0] },

            // Missing and wrong arguments: the compiler reports them, NetGen adds nothing.
            { "dense without units", new[] { U + "[Network][Input(2)][Dense] partial class Net { }" }, new string[0] },
            { "input without size", new[] { U + "[Network][Input][Dense(1)] partial class Net { }" }, new string[0] },
            { "dense with a string", new[] { U + "[Network][Input(2)][Dense(\"8\")] partial class Net { }" }, new string[0] },
            { "dense with a double", new[] { U + "[Network][Input(2)][Dense(1.5)] partial class Net { }" }, new string[0] },
            { "activation with an int", new[] { U + "[Network][Input(2)][Dense(2), Activation(1)][Dense(1)] partial class Net { }" }, new string[0] },
            { "alpha as a string", new[] { U + "[Network][Input(2)][Dense(2), Activation(LeakyRelu, Alpha = \"x\")][Dense(1)] partial class Net { }" }, new string[0] },
            { "seed as a double", new[] { U + "[Network(Seed = 1.5)][Input(2)][Dense(1)] partial class Net { }" }, new string[0] },
            { "unknown named argument", new[] { U + "[Network(Layers = 3)][Input(2)][Dense(1)] partial class Net { }" }, new string[0] },
            { "loss without argument", new[] { U + "[Network][Input(2)][Dense(1)][Loss] partial class Net { }" }, new string[0] },
            { "activation without argument", new[] { U + "[Network][Input(2)][Dense(1), Activation] partial class Net { }" }, new string[0] },
            { "sgd with a constructor argument", new[] { U + "[Network][Input(2)][Dense(1)][Sgd(0.1)] partial class Net { }" }, new string[0] },
            { "no using at all", new[] { "[Network][Input(2)][Dense(1)] partial class Net { }" }, new string[0] },
            { "network twice", new[] { U + "[Network][Network][Input(2)][Dense(1)] partial class Net { }" }, new string[0] },
            { "network twice in one list", new[] { U + "[Network, Network(Seed = 2)][Input(2)][Dense(1)] partial class Net { }" }, new string[0] },
            { "network on two partials", new[] { U + "[Network][Input(2)][Dense(1)] partial class Net { }\n[Network] partial class Net { }" }, new string[0] },
            { "sealed unsafe network", new[] { U + "[Network][Input(2)][Dense(1)] sealed unsafe partial class Net { }" }, new string[0] },

            // Huge and tiny numbers.
            { "int.MaxValue units twice", new[] { U + "[Network][Input(int.MaxValue)][Dense(int.MaxValue)][Dense(int.MaxValue)] partial class Net { }" }, new[] { "NG0007" } },
            { "int.MinValue units", new[] { U + "[Network][Input(int.MinValue)][Dense(1)] partial class Net { }" }, new[] { "NG0007" } },
            { "parameter count past int", new[] { U + "[Network][Input(65536)][Dense(65536)][Dense(65536)] partial class Net { }" }, new[] { "NG0018" } },
            { "enum out of range everywhere", new[] { U + "[Network(Precision = (Precision)9, Initialization = (Initialization)(-1))][Input(2)][Dense(1), Activation((Activation)13)][Loss((Loss)5)] partial class Net { }" }, new[] { "NG0017" } },

            // Hyper-parameters that vanish or overflow in the element type.
            { "rprop etas on the wrong side of 1", new[] { U + "[Network][Input(2)][Dense(1)][Rprop(EtaMinus = 1.5, EtaPlus = 0.5)] partial class Net { }" }, new[] { "NG0016" } },
            { "rprop step sizes inverted", new[] { U + "[Network][Input(2)][Dense(1)][Rprop(StepSizeMin = 1, StepSizeMax = 0.5)] partial class Net { }" }, new[] { "NG0016" } },
            { "rprop non-finite everything", new[] { U + "[Network][Input(2)][Dense(1)][Rprop(LearningRate = double.NaN, EtaMinus = double.NaN, EtaPlus = double.NaN, StepSizeMin = double.NaN, StepSizeMax = double.NaN)] partial class Net { }" }, new[] { "NG0016" } },
            { "rprop eta minus rounds to 1 in float", new[] { U + "[Network][Input(2)][Dense(1)][Rprop(EtaMinus = 0.99999999)] partial class Net { }" }, new[] { "NG0016" } },
            { "rprop eta plus rounds to 1 in float", new[] { U + "[Network][Input(2)][Dense(1)][Rprop(EtaPlus = 1.00000001)] partial class Net { }" }, new[] { "NG0016" } },
            { "rprop max overflows float", new[] { U + "[Network][Input(2)][Dense(1)][Rprop(StepSizeMax = 1e39)] partial class Net { }" }, new[] { "NG0016" } },
            { "rprop and another optimizer", new[] { U + "[Network][Input(2)][Dense(1)][AdamW][Rprop] partial class Net { }" }, new[] { "NG0015" } },
            { "huge learning rate, subnormal epsilon", new[] { U + "[Network][Input(2)][Dense(1)][Adam(LearningRate = 1e308, Epsilon = 1e-320)] partial class Net { }" }, new[] { "NG0016" } },
            { "float alpha overflow", new[] { U + "[Network][Input(2)][Dense(2), Activation(LeakyRelu, Alpha = 1e300)][Dense(1)] partial class Net { }" }, new[] { "NG0016" } },
            { "float alpha underflow", new[] { U + "[Network][Input(2)][Dense(2), Activation(Elu, Alpha = 1e-300)][Dense(1)] partial class Net { }" }, new[] { "NG0016" } },
            { "float negative alpha underflow", new[] { U + "[Network][Input(2)][Dense(2), Activation(LeakyRelu, Alpha = -1e-300)][Dense(1)] partial class Net { }" }, new[] { "NG0016" } },
            { "float alpha subnormal", new[] { U + "[Network][Input(2)][Dense(2), Activation(LeakyRelu, Alpha = 1e-40)][Dense(1)] partial class Net { }" }, new[] { "NG0016" } },
            { "float huber delta overflow", new[] { U + "[Network][Input(2)][Dense(1)][Loss(Loss.Huber, Delta = 1e300)] partial class Net { }" }, new[] { "NG0016" } },
            { "float huber delta vanishes", new[] { U + "[Network][Input(2)][Dense(1)][Loss(Loss.Huber, Delta = 1e-50)] partial class Net { }" }, new[] { "NG0016" } },
            { "double huber delta subnormal", new[] { U + "[Network(Precision = Precision.Double)][Input(2)][Dense(1)][Loss(Loss.Huber, Delta = 1e-310)] partial class Net { }" }, new[] { "NG0016" } },
            { "huge bias init", new[] { U + "[Network(BiasInit = 1e300)][Input(2)][Dense(1)] partial class Net { }" }, new[] { "NG0016" } },
            { "bias init vanishes in float", new[] { U + "[Network(BiasInit = -1e-50)][Input(2)][Dense(1)] partial class Net { }" }, new[] { "NG0016" } },
            { "bias init subnormal in double", new[] { U + "[Network(Precision = Precision.Double, BiasInit = 5e-324)][Input(2)][Dense(1)] partial class Net { }" }, new[] { "NG0016" } },
            { "epsilon vanishes in float", new[] { U + "[Network][Input(2)][Dense(1)][AdamW(Epsilon = 1e-50)] partial class Net { }" }, new[] { "NG0016" } },
            { "learning rate vanishes in float", new[] { U + "[Network][Input(2)][Dense(1)][Sgd(LearningRate = 1e-50)] partial class Net { }" }, new[] { "NG0016" } },
            { "learning rate overflows float", new[] { U + "[Network][Input(2)][Dense(1)][Sgd(LearningRate = 1e39)] partial class Net { }" }, new[] { "NG0016" } },
            { "first adam step overflows float", new[] { U + "[Network][Input(2)][Dense(1)][Adam(LearningRate = 1e37, Beta1 = 0.999999)] partial class Net { }" }, new[] { "NG0016" } },
            { "first adam step overflows double", new[] { U + "[Network(Precision = Precision.Double)][Input(2)][Dense(1)][Adam(LearningRate = 1e308)] partial class Net { }" }, new[] { "NG0016" } },
            { "weight decay vanishes in float", new[] { U + "[Network][Input(2)][Dense(1)][Adam(WeightDecay = 1e-50)] partial class Net { }" }, new[] { "NG0016" } },
            { "weight decay overflows float", new[] { U + "[Network][Input(2)][Dense(1)][Sgd(WeightDecay = 1e39)] partial class Net { }" }, new[] { "NG0016" } },
            { "adamw shrink overflows", new[] { U + "[Network(Precision = Precision.Double)][Input(2)][Dense(1)][AdamW(LearningRate = 1e200, WeightDecay = 1e200)] partial class Net { }" }, new[] { "NG0016" } },
            { "momentum vanishes in float", new[] { U + "[Network][Input(2)][Dense(1)][Sgd(Momentum = 1e-50)] partial class Net { }" }, new[] { "NG0016" } },
            { "momentum overflows float", new[] { U + "[Network][Input(2)][Dense(1)][Sgd(Momentum = 1e39)] partial class Net { }" }, new[] { "NG0016" } },
            { "dampening vanishes in float", new[] { U + "[Network][Input(2)][Dense(1)][Sgd(Momentum = 0.9, Dampening = 1e-50)] partial class Net { }" }, new[] { "NG0016" } },
            { "beta rounds to 1 in float", new[] { U + "[Network][Input(2)][Dense(1)][Adam(Beta1 = 0.99999999)] partial class Net { }" }, new[] { "NG0016" } },
            { "beta vanishes in float", new[] { U + "[Network][Input(2)][Dense(1)][Adam(Beta2 = 1e-50)] partial class Net { }" }, new[] { "NG0016" } },

            // Attributes on things that are not classes.
            { "on an enum", new[] { U + "[Network][Input(2)][Dense(1)] enum E { A }" }, new string[0] },
            { "on a delegate", new[] { U + "[Network][Input(2)][Dense(1)] delegate void D();" }, new string[0] },
            { "on a method", new[] { U + "class C { [Network][Input(2)][Dense(1)] void M() { } }" }, new string[0] },
            { "on a property", new[] { U + "class C { [Dense(1)] int P { get; set; } }" }, new string[0] },
            { "on an interface", new[] { U + "[Network][Input(2)][Dense(1)] partial interface INet { }" }, new[] { "NG0002" } },
            { "on a struct", new[] { U + "[Network][Input(2)][Dense(1)] partial struct Net { }" }, new[] { "NG0002" } },
            { "on a record", new[] { U + "[Network][Input(2)][Dense(1)] partial record Net(int X);" }, new[] { "NG0002" } },
            { "on an assembly", new[] { U + "[assembly: Network]\nclass C { }" }, new string[0] },
            { "layers on a plain class", new[] { U + "[Input(2)][Dense(1)][Adam] class Orphan { }" }, new[] { "NG0013" } },

            // Declarations NetGen cannot generate into.
            { "empty network class", new[] { U + "[Network] partial class Net { }" }, new[] { "NG0004", "NG0006" } },
            { "layers across files", new[] { U + "[Network][Input(2)] partial class Net { }", U + "[Dense(1)] partial class Net { }" }, new[] { "NG0012" } },
            { "nested in a generic", new[] { U + "partial class Outer<T> { [Network][Input(2)][Dense(1)] partial class Net { } }" }, new[] { "NG0002" } },
            { "nested not partial", new[] { U + "class Outer { [Network][Input(2)][Dense(1)] partial class Net { } }" }, new[] { "NG0003" } },
            { "generic network", new[] { U + "[Network][Input(2)][Dense(1)] partial class Net<T> where T : struct { }" }, new[] { "NG0002" } },
            { "static network", new[] { U + "[Network][Input(2)][Dense(1)] static partial class Net { }" }, new[] { "NG0002" } },
            { "file-local network", new[] { U + "[Network][Input(2)][Dense(1)] file partial class Net { }" }, new[] { "NG0002" } },
            { "nested in a file-local type", new[] { U + "file partial class Outer { [Network][Input(2)][Dense(1)] partial class Net { } }" }, new[] { "NG0002" } },
            { "primary constructor", new[] { U + "[Network][Input(2)][Dense(1)] partial class Net(string name) { public string Name => name; }" }, new[] { "NG0002" } },
            { "weights file not given to the compiler", new[] { U + "[Network(Weights = \"missing.safetensors\")][Input(2)][Dense(1)] partial class Net { }" }, new[] { "NG0020" } },

            { "explicit layout", new[] { U + "[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Explicit)][Network][Input(2)][Dense(1)] partial class Net { }" }, new[] { "NG0002" } },

            // Syntax errors: the compiler's errors only, and nothing generated into the broken declaration.
            { "syntax error", new[] { U + "[Network][Input(2)][Dense(1) partial class Net {" }, new string[0] },
            { "class without a name", new[] { U + "[Network][Input(2)][Dense(1)] partial class { }" }, new string[0] },
            { "partial class int", new[] { U + "[Network][Input(2)][Dense(1)] partial class int { }" }, new string[0] },
            { "namespace without a name", new[] { U + "namespace { [Network][Input(2)][Dense(1)] partial class Net { } }" }, new string[0] },
            { "namespace ending in a dot", new[] { U + "namespace A. { [Network][Input(2)][Dense(1)] partial class Net { } }" }, new string[0] },
            { "file-scoped namespace without a name", new[] { U + "namespace;\n[Network][Input(2)][Dense(1)] partial class Net { }" }, new string[0] },
            { "outer class without a name", new[] { U + "partial class { [Network][Input(2)][Dense(1)] partial class Net { } }" }, new string[0] },
            { "stray character in the name", new[] { U + "[Network][Input(2)][Dense(1)] partial class Ne$t { }" }, new string[0] },
            { "class without a body", new[] { U + "[Network][Input(2)][Dense(1)] partial class Net" }, new string[0] },
            { "missing closing braces", new[] { U + "namespace A { [Network][Input(2)][Dense(1)] partial class Net { void M() {" }, new string[0] },
            { "generic without a parameter", new[] { U + "[Network][Input(2)][Dense(1)] partial class Net<> { }" }, new string[0] },
            { "type parameter list not closed", new[] { U + "[Network][Input(2)][Dense(1)] partial class Net<T { }" }, new string[0] },
            { "base list without a type", new[] { U + "[Network][Input(2)][Dense(1)] partial class Net : { }" }, new string[0] },
            { "unknown base class", new[] { U + "[Network][Input(2)][Dense(1)] partial class Net : Missing { }" }, new string[0] },
            { "nested type and namespace of one name", new[] { U + "namespace A { partial class B { " + Net() + " } } namespace A.B { " + Net() + " }" }, new string[0] },

            // A type in the global namespace named like a namespace the generated code starts from (NG0029).
            { "global type named System", new[] { U + "class System { } " + EveryShape }, new[] { "NG0029" } },
            { "network named System", new[] { U + "[Network][Input(2)][Dense(1)] partial class System { }" }, new[] { "NG0029" } },
            { "global type named System in another file", new[] { U + EveryShape, "enum System { A }" }, new[] { "NG0029" } },

            // Members of the class that a generated member would clash with (NG0025).
            { "predict with the generated signature", new[] { U + "[Network][Input(2)][Dense(1)] partial class Net { public void Predict(System.ReadOnlySpan<float> a, System.Span<float> b) { } }" }, new[] { "NG0025" } },
            { "scalar predict of a 1-1 float network", new[] { U + "[Network][Input(1)][Dense(1)] partial class Net { public float Predict(float x) => x; }" }, new[] { "NG0025" } },
            { "scalar predict of a 1-1 double network", new[] { U + "[Network(Precision = Precision.Double)][Input(1)][Dense(1)] partial class Net { public double Predict(double x) => x; }" }, new[] { "NG0025" } },
            { "train step with another return type", new[] { U + "[Network][Input(2)][Dense(1)] partial class Net { public void TrainStep(System.ReadOnlySpan<float> a, System.ReadOnlySpan<float> b) { } }" }, new[] { "NG0025" } },
            { "static save", new[] { U + "[Network][Input(2)][Dense(1)] partial class Net { public static void Save(string path) { } }" }, new[] { "NG0025" } },
            { "load checkpoint from a stream", new[] { U + "[Network][Input(2)][Dense(1)] partial class Net { void LoadCheckpoint(System.IO.Stream s) { } }" }, new[] { "NG0025" } },
            { "reset optimizer", new[] { U + "[Network][Input(2)][Dense(1)] partial class Net { public void ResetOptimizer() { } }" }, new[] { "NG0025" } },
            { "fit", new[] { U + "[Network][Input(2)][Dense(1)] partial class Net { public float[] Fit(System.ReadOnlySpan<float> a, System.ReadOnlySpan<float> b, int c, int d, bool e, bool f, int g, System.Action<int, float>? h) => new float[0]; }" }, new[] { "NG0025" } },
            { "evaluate loss, compute gradients, predict batch", new[] { U + "[Network][Input(2)][Dense(1)] partial class Net { float EvaluateLoss(System.ReadOnlySpan<float> a, System.ReadOnlySpan<float> b) => 0; float ComputeGradients(System.ReadOnlySpan<float> a, System.ReadOnlySpan<float> b) => 0; void PredictBatch(System.ReadOnlySpan<float> a, System.Span<float> b) { } }" }, new[] { "NG0025" } },
            { "event named predict", new[] { U + "[Network][Input(2)][Dense(1)] partial class Net { public event System.Action? Predict; }" }, new[] { "NG0025" } },
            { "nested types named like members", new[] { U + "[Network][Input(2)][Dense(1)] partial class Net { class Parameters { } enum Fit { } struct OptimizerStepCount { } }" }, new[] { "NG0025" } },
            { "method named like a constant", new[] { U + "[Network][Input(2)][Dense(1)] partial class Net { int InputSize() => 2; }" }, new[] { "NG0025" } },
            { "field named like a property", new[] { U + "[Network][Input(2)][Dense(1)] partial class Net { int ParameterLayout; }" }, new[] { "NG0025" } },
            { "explicit interface implementation", new[] { U + "[Network][Input(2)][Dense(1)] partial class Net : INeuralNetwork<float> { int INeuralNetwork<float>.InputSize => 2; }" }, new[] { "NG0025" } },
            { "indexer named like a generated member", new[] { U + "[Network][Input(2)][Dense(1)] partial class Net { [System.Runtime.CompilerServices.IndexerName(\"Parameters\")] public float this[int i] => 0; }" }, new[] { "NG0025" } },
            { "generated constructors", new[] { U + "[Network][Input(2)][Dense(1)] partial class Net { public Net() { } Net(int seed) { } }" }, new[] { "NG0025" } },
            { "private prefix", new[] { U + "[Network][Input(2)][Dense(1)] partial class Net { int __mine; }" }, new[] { "NG0025" } },

            // Base classes (NG0027, NG0028).
            { "base without parameterless constructor", new[] { U + "public class Base { public Base(string s) { } } [Network][Input(2)][Dense(1)] partial class Net : Base { }" }, new[] { "NG0027" } },
            { "base with a private constructor", new[] { U + "public class Base { private Base() { } public Base(int x) { } } [Network][Input(2)][Dense(1)] partial class Net : Base { public Net(string s) : base(1) { } }" }, new[] { "NG0027" } },
            { "base with an obsolete constructor", new[] { U + "public class Base { [System.Obsolete(\"old\")] public Base() { } } [Network][Input(2)][Dense(1)] partial class Net : Base { }" }, new[] { "NG0027" } },
            { "base with an obsolete-error constructor", new[] { U + "public class Base { [System.Obsolete(\"old\", true)] public Base() { } } [Network][Input(2)][Dense(1)] partial class Net : Base { }" }, new[] { "NG0027" } },
            { "base constructor in another file", new[] { U + "public partial class Base { public Base(int a) { } }", U + "[Network][Input(2)][Dense(1)] partial class Net : Base { }" }, new[] { "NG0027" } },
            { "base with a generated-name property", new[] { U + "public class Base { public int InputSize => 0; } [Network][Input(2)][Dense(1)] partial class Net : Base { }" }, new[] { "NG0028" } },
            { "base with parameters", new[] { U + "public class Base { protected float[] Parameters = new float[1]; } [Network][Input(2)][Dense(1)] partial class Net : Base { }" }, new[] { "NG0028" } },
            { "base with virtual train step", new[] { U + "public class Base { public virtual float TrainStep(System.ReadOnlySpan<float> a, System.ReadOnlySpan<float> b) => 0; } [Network][Input(2)][Dense(1)] partial class Net : Base { }" }, new[] { "NG0028" } },
            { "base with the predict signature", new[] { U + "public class Base { public void Predict(System.ReadOnlySpan<float> a, System.Span<float> b) { } } [Network][Input(2)][Dense(1)] partial class Net : Base { }" }, new[] { "NG0028" } },
            { "grandparent with a generated name", new[] { U + "public class A { public static int OutputSize = 1; } public class B : A { } [Network][Input(2)][Dense(1)] partial class Net : B { }" }, new[] { "NG0028" } },
            { "base with protected private prefix", new[] { U + "public class Base { protected long __step; } [Network][Input(2)][Dense(1)] partial class Net : Base { }" }, new[] { "NG0028" } },
            { "base that is a network", new[] { U + "[Network][Input(2)][Dense(1)] public partial class Base { } [Network][Input(2)][Dense(1)] partial class Net : Base { }" }, new[] { "NG0028" } },
            { "base implementing the interface", new[] { U + "public abstract class Base : INeuralNetwork<float> { public int InputSize => 2; public int OutputSize => 1; public int ParameterCount => 0; public System.Span<float> Parameters => default; public System.Span<float> Gradients => default; public abstract void Predict(System.ReadOnlySpan<float> i, System.Span<float> o); public void PredictBatch(System.ReadOnlySpan<float> i, System.Span<float> o) { } public float TrainStep(System.ReadOnlySpan<float> i, System.ReadOnlySpan<float> t) => 0; public float EvaluateLoss(System.ReadOnlySpan<float> i, System.ReadOnlySpan<float> t) => 0; public float ComputeGradients(System.ReadOnlySpan<float> i, System.ReadOnlySpan<float> t) => 0; public void ResetOptimizer() { } } [Network][Input(2)][Dense(1)] partial class Net : Base { }" }, new[] { "NG0028" } },
            { "generic base with a generated name", new[] { U + "public class Base<T> { public T? Gradients { get; set; } } [Network][Input(2)][Dense(1)] partial class Net : Base<string> { }" }, new[] { "NG0028" } },
        };

        [Theory]
        [MemberData(nameof(GoodCases))]
        public async Task Good_declarations_compile_cleanly_with_every_generated_member(string name, string[] sources)
        {
            var (compilation, run) = await RunChecked(name, sources);

            var problems = run.OutputDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            Assert.True(problems.Count == 0, $"{name}: does not compile cleanly:\n{string.Join("\n", problems)}");
            Assert.True(run.GeneratorDiagnostics.IsEmpty, $"{name}: unexpected diagnostics:\n{string.Join("\n", run.GeneratorDiagnostics)}");

            var networks = NetworkClasses(compilation, run).ToList();
            Assert.NotEmpty(networks);
            foreach (var (network, _) in networks)
            {
                var (missing, unlisted) = GeneratedSurface.Compare(network, run.Sources.Select(s => s.SyntaxTree));
                Assert.True(missing.Count == 0, $"{name}: '{network}' lacks generated members: {string.Join("; ", missing)}");
                Assert.True(unlisted.Count == 0, $"{name}: '{network}' has members the table does not list: {string.Join("; ", unlisted)}");
            }
        }

        [Theory]
        [MemberData(nameof(BadCases))]
        public async Task Bad_declarations_get_exactly_their_diagnostics_at_the_users_code(string name, string[] sources, string[] expectedIds)
        {
            var (compilation, run) = await RunChecked(name, sources);
            var netGen = run.GeneratorDiagnostics.Concat(await GeneratorHarness.AnalyzeAsync(compilation)).Where(d => d.Id.StartsWith("NG", StringComparison.Ordinal)).ToList();

            var actualIds = netGen.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal);
            Assert.True(expectedIds.SequenceEqual(actualIds), $"{name}: expected [{string.Join(", ", expectedIds)}], got:\n{string.Join("\n", netGen)}");

            var compilerErrors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(netGen.Any() || compilerErrors.Any(), $"{name}: a bad case with no error at all.");

            // Every [Network] class either got its code or has an error in (or around) its declaration that says why.
            var errors = netGen.Where(d => d.Severity == DiagnosticSeverity.Error).Concat(compilerErrors).ToList();
            foreach (var (network, declarations) in NetworkClasses(compilation, run))
            {
                bool generated = network.GetMembers("ParameterCount").Length == 1;
                bool explained = errors.Any(e => declarations.Any(d => e.Location.GetLineSpan().Path == d.SyntaxTree.FilePath
                    && d.AncestorsAndSelf().Any(node => node.FullSpan.IntersectsWith(e.Location.SourceSpan) || node.FullSpan.Contains(e.Location.SourceSpan))));
                Assert.True(generated || explained, $"{name}: '{network}' got no generated members and no error in its declaration says why.");
            }
        }

        [Fact]
        public void An_error_inside_a_method_body_still_generates_the_network()
        {
            var run = GeneratorHarness.Run(U + "[Network][Input(2)][Dense(1)] partial class Net { void M() { int x = \"s\"; } float N(float[] a) { float[] y = new float[1]; Predict(a, y); return y[0] + ParameterCount; } }");

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Equal(new[] { "CS0029" }, run.OutputDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).Distinct());
        }

        /// <summary>
        /// Generic shadowing: a type in the network's namespace, and a global using alias, named like every identifier
        /// of the generated code (for the networks of <see cref="EveryShape"/>) change nothing.
        /// </summary>
        [Theory]
        [InlineData("types")]
        [InlineData("aliases")]
        public async Task Names_like_every_identifier_of_the_generated_code_cannot_capture_it(string how)
        {
            string networks = "namespace Samples {\n" + EveryShape + "}";
            var first = GeneratorHarness.Run(U + networks);
            // Names the user's own declarations use (Relu, Loss, Input, …) would break the user's code, not NetGen's.
            var reserved = CSharpSyntaxTree.ParseText(U + networks).GetRoot().DescendantTokens()
                .Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText).Append("global").ToHashSet(StringComparer.Ordinal);
            var identifiers = first.Sources
                .SelectMany(s => s.SyntaxTree.GetRoot().DescendantTokens())
                .Where(t => t.IsKind(SyntaxKind.IdentifierToken))
                .Select(t => t.ValueText)
                .Where(n => !reserved.Contains(n))
                .Distinct()
                .OrderBy(n => n, StringComparer.Ordinal)
                .ToList();
            Assert.Contains("Vector", identifiers);    // qualified type names
            Assert.Contains("rows", identifiers);      // locals
            Assert.Contains("__Forward", identifiers); // private members

            string poison = how == "types"
                ? "namespace Samples {\n" + string.Concat(identifiers.Select(n => $"class {n} {{ }}\n")) + "}\n"
                : string.Concat(identifiers.Select(n => $"global using {n} = System.Int32;\n"));
            var sources = how == "types"
                ? new[] { LowerCaseOk + U + networks, LowerCaseOk + poison }
                : new[] { LowerCaseOk + poison, U + networks };
            var (_, run) = await RunChecked(how, sources);

            var problems = run.OutputDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            Assert.True(problems.Count == 0, $"{identifiers.Count} names as {how}:\n{string.Join("\n", problems.Take(20))}");
            Assert.Equal(4, run.Sources.Length);
        }

        /// <summary>The checks every case shares: nothing crashed, nothing wrong inside generated code, NG diagnostics in user files.</summary>
        private static async Task<(Compilation Compilation, GeneratorRun Run)> RunChecked(string name, string[] sources)
        {
            var compilation = GeneratorHarness.Compile(sources);
            var run = GeneratorHarness.Run(compilation);
            var analyzerDiagnostics = await GeneratorHarness.AnalyzeAsync(compilation);

            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CS8785");
            Assert.DoesNotContain(run.OutputDiagnostics, d => d.Id == "CS8785");
            Assert.DoesNotContain(analyzerDiagnostics, d => d.Id == "AD0001");

            var problems = run.ProblemsInGeneratedFiles();
            Assert.True(problems.IsEmpty, $"{name}: generated code has problems:\n{string.Join("\n", problems)}");

            // The generator's diagnostics carry file, span and lines (not the tree); the span must lie in that user file.
            var userFiles = compilation.SyntaxTrees.ToDictionary(t => t.FilePath, t => t.Length);
            foreach (var diagnostic in run.GeneratorDiagnostics.Concat(analyzerDiagnostics))
            {
                string path = diagnostic.Location.GetLineSpan().Path;
                Assert.True(userFiles.TryGetValue(path, out int length) && diagnostic.Location.SourceSpan.Length > 0 && diagnostic.Location.SourceSpan.End <= length,
                    $"{name}: {diagnostic} is not at a location in the user's code.");
            }

            Assert.Equal(run.Sources.Length, run.Sources.Select(s => s.HintName.ToUpperInvariant()).Distinct().Count());
            return (compilation, run);
        }

        /// <summary>The [Network] classes of the user's code, with their declarations, as the output compilation sees them.</summary>
        private static IEnumerable<(INamedTypeSymbol Network, List<TypeDeclarationSyntax> Declarations)> NetworkClasses(Compilation compilation, GeneratorRun run)
        {
            var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            foreach (var tree in compilation.SyntaxTrees)
            {
                var model = run.Output.GetSemanticModel(tree);
                foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>())
                {
                    if (model.GetDeclaredSymbol(declaration) is INamedTypeSymbol symbol
                        && symbol.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "NetGen.NetworkAttribute")
                        && seen.Add(symbol))
                    {
                        var declarations = symbol.DeclaringSyntaxReferences
                            .Select(r => r.GetSyntax())
                            .OfType<TypeDeclarationSyntax>()
                            .Where(d => compilation.SyntaxTrees.Contains(d.SyntaxTree))
                            .ToList();
                        yield return (symbol, declarations);
                    }
                }
            }
        }
    }
}
