using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NetGen.Generator.Tests.Infrastructure;
using static NetGen.Generator.Tests.Infrastructure.DiagnosticVerifier;

namespace NetGen.Generator.Tests
{
    /// <summary>
    /// One or more cases per NetGen diagnostic. Marked spans say where each must point: the offending attribute
    /// (without its brackets), or the [Network] attribute for what concerns the whole class.
    /// </summary>
    public sealed class DiagnosticTests
    {
        private const string Usings = "using NetGen;\nusing static NetGen.Activation;\n";

        [Fact]
        public Task NG0001_NotPartial() => Error(Usings + """
            [{|NG0001:Network|}]
            [Input(2)]
            [Dense(1)]
            class Net { }
            """);

        [Theory]
        [InlineData("partial struct Net")]
        [InlineData("partial record Net")]
        [InlineData("partial record struct Net")]
        [InlineData("static partial class Net")]
        [InlineData("partial class Net<T>")]
        public Task NG0002_UnsupportedType(string declaration) => Error(Usings + $$"""
            [{|NG0002:Network|}]
            [Input(2)]
            [Dense(1)]
            {{declaration}} { }
            """);

        [Fact]
        public Task NG0002_PrimaryConstructor() => Error(Usings + """
            [{|NG0002:Network|}]
            [Input(2)]
            [Dense(1)]
            partial class Net(int size) { public int Size => size; }
            """);

        [Fact]
        public Task NG0002_FileLocal() => Error(Usings + """
            [{|NG0002:Network|}]
            [Input(2)]
            [Dense(1)]
            file partial class Net { }
            """);

        [Fact]
        public Task NG0002_NestedInGeneric() => Error(Usings + """
            partial class Outer<T>
            {
                [{|NG0002:Network|}]
                [Input(2)]
                [Dense(1)]
                partial class Net { }
            }
            """);

        [Fact]
        public Task NG0002_Interface() => Error(Usings + """
            [{|NG0002:Network|}]
            [Input(2)]
            [Dense(1)]
            partial interface INet { }
            """, compilerErrors: new[] { "CS0592" });

        [Fact]
        public Task NG0003_ContainingTypeNotPartial() => Error(Usings + """
            namespace N
            {
                partial class Outer
                {
                    class Middle
                    {
                        [{|NG0003:Network|}]
                        [Input(2)]
                        [Dense(1)]
                        partial class Net { }
                    }
                }
            }
            """);

        [Fact]
        public Task NG0004_NoInput() => Error(Usings + """
            [{|NG0004:Network|}]
            [Dense(4), Activation(Relu)]
            [Dense(1)]
            partial class Net { }
            """);

        [Fact]
        public Task NG0005_InputTwice() => Error(Usings + """
            [Network]
            [Input(2)]
            [{|NG0005:Input(3)|}]
            [Dense(1)]
            partial class Net { }
            """);

        [Fact]
        public Task NG0005_InputAfterDense() => Error(Usings + """
            [Network]
            [Dense(4)]
            [{|NG0005:Input(2)|}]
            [Dense(1)]
            partial class Net { }
            """);

        [Fact]
        public Task NG0006_NoDense() => Error(Usings + """
            [{|NG0006:Network|}]
            [Input(2)]
            partial class Net { }
            """);

        [Theory]
        [InlineData("Input(0)", "Dense(1)")]
        [InlineData("Input(-3)", "Dense(1)")]
        [InlineData("Input(65537)", "Dense(1)")]
        [InlineData("Input(2)", "Dense(0)")]
        [InlineData("Input(2)", "Dense(-1)")]
        [InlineData("Input(2)", "Dense(65537)")]
        [InlineData("Input(2)", "Dense(int.MaxValue)")]
        public Task NG0007_SizeOutOfRange(string input, string dense)
        {
            string Mark(string attribute) => attribute.Contains("(2)") || attribute.Contains("(1)") ? attribute : "[|" + attribute + "|]";
            return Error(Usings + $$"""
                [Network]
                [{{Mark(input)}}]
                [{{Mark(dense)}}]
                partial class Net { }
                """, defaultId: "NG0007");
        }

        [Fact]
        public Task NG0007_SizeAtTheCapIsAllowed() => Clean(Usings + """
            [Network]
            [Input(65536)]
            [Dense(1)]
            partial class Net { }
            """);

        [Fact]
        public Task NG0008_ActivationBeforeDense() => Error(Usings + """
            [Network]
            [Input(2)]
            [{|NG0008:Activation(Relu)|}]
            [Dense(1)]
            partial class Net { }
            """);

        [Fact]
        public Task NG0009_TwoActivationsOnOneDense() => Error(Usings + """
            [Network]
            [Input(2)]
            [Dense(4), Activation(Relu), {|NG0009:Activation(Tanh)|}]
            [Dense(1)]
            partial class Net { }
            """);

        [Fact]
        public Task NG0010_SoftmaxNotLast() => Error(Usings + """
            [Network]
            [Input(2)]
            [Dense(4), {|NG0010:Activation(Softmax)|}]
            [Dense(3), Activation(Softmax)]
            [Loss(Loss.CrossEntropy)]
            partial class Net { }
            """);

        [Fact]
        public Task NG0011_AlphaOnRelu() => Error(Usings + """
            [Network]
            [Input(2)]
            [Dense(4), {|NG0011:Activation(Relu, Alpha = 0.2)|}]
            [Dense(1)]
            partial class Net { }
            """);

        [Fact]
        public Task NG0011_DeltaOnMeanSquaredError() => Error(Usings + """
            [Network]
            [Input(2)]
            [Dense(1)]
            [{|NG0011:Loss(Loss.MeanSquaredError, Delta = 2)|}]
            partial class Net { }
            """);

        [Fact]
        public Task NG0012_LayersOnTwoPartialDeclarations_SameFile() => Error(Usings + """
            [Network]
            [Input(2)]
            [Dense(4)]
            partial class Net { }

            [{|NG0012:Dense(1)|}]
            partial class Net { }
            """);

        [Fact]
        public Task NG0012_LayersOnTwoPartialDeclarations_TwoFiles() => Verify(
            new[]
            {
                Usings + """
                [Network]
                [Input(2)]
                [Dense(4)]
                partial class Net { }
                """,
                Usings + """
                [{|NG0012:Dense(1)|}]
                partial class Net { }
                """,
            },
            DiagnosticSeverity.Error);

        [Fact]
        public Task NG0012_OptimizerOnAnotherPartialIsFine() => Clean(
                Usings + """
                [Network]
                [Input(2)]
                [Dense(1)]
                partial class Net { }
                """,
                Usings + """
                [Sgd(LearningRate = 0.1)]
                [Loss(Loss.Huber)]
                partial class Net { }
                """);

        [Fact]
        public Task NG0013_LayersWithoutNetwork() => Verify(new[] { Usings + """
            [{|NG0013:Input(2)|}]
            [Dense(1)]
            partial class Orphan { }

            [{|NG0013:Adam|}]
            class OptimizerOnly { }
            """ }, DiagnosticSeverity.Warning);

        [Fact]
        public Task NG0014_CrossEntropyWithoutSoftmax() => Error(Usings + """
            [Network]
            [Input(2)]
            [Dense(3)]
            [{|NG0014:Loss(Loss.CrossEntropy)|}]
            partial class Net { }
            """);

        [Fact]
        public Task NG0014_BinaryCrossEntropyWithoutSigmoid() => Error(Usings + """
            [Network]
            [Input(2)]
            [Dense(1), Activation(Tanh)]
            [{|NG0014:Loss(Loss.BinaryCrossEntropy)|}]
            partial class Net { }
            """);

        [Fact]
        public Task NG0015_TwoOptimizers() => Error(Usings + """
            [Network]
            [Input(2)]
            [Dense(1)]
            [Adam]
            [{|NG0015:Sgd(LearningRate = 0.1)|}]
            partial class Net { }
            """);

        [Theory]
        [InlineData("Rprop", "Adam")]
        [InlineData("Sgd", "Rprop(EtaPlus = 1.5)")]
        public Task NG0015_RpropCountsAsAnOptimizer(string first, string second) => Error(Usings + $$"""
            [Network]
            [Input(2)]
            [Dense(1)]
            [{{first}}]
            [{|NG0015:{{second}}|}]
            partial class Net { }
            """);

        [Fact]
        public Task NG0016_RpropValuesThatFitInDouble() => Clean(Usings + """
            [Network(Precision = Precision.Double)]
            [Input(2)]
            [Dense(1)]
            [Rprop(EtaMinus = 0.99999999, EtaPlus = 1.00000001, StepSizeMin = 0, StepSizeMax = 1e39, LearningRate = 1e-50)]
            partial class Net { }
            """);

        [Theory]
        [InlineData("Adam(LearningRate = 0)")]
        [InlineData("Adam(LearningRate = -0.001)")]
        [InlineData("Adam(LearningRate = double.PositiveInfinity)")]
        [InlineData("Adam(LearningRate = double.NaN)")]
        [InlineData("Adam(Beta1 = 1.0)")]
        [InlineData("AdamW(Beta2 = -0.1)")]
        [InlineData("AdamW(Epsilon = -1e-8)")]
        [InlineData("AdamW(WeightDecay = -0.01)")]
        [InlineData("Sgd(Nesterov = true)")]
        [InlineData("Sgd(Momentum = 0.9, Dampening = 0.1, Nesterov = true)")]
        [InlineData("Sgd(Momentum = -0.5)")]
        [InlineData("Sgd(Dampening = 1.5)")]
        [InlineData("Loss(Loss.Huber, Delta = 0)")]
        [InlineData("Loss(Loss.Huber, Delta = double.NaN)")]
        [InlineData("Rprop(LearningRate = 0)")]
        [InlineData("Rprop(LearningRate = double.NaN)")]
        [InlineData("Rprop(EtaMinus = 0)")]
        [InlineData("Rprop(EtaMinus = 1)")]
        [InlineData("Rprop(EtaMinus = double.NaN)")]
        [InlineData("Rprop(EtaPlus = 1)")]
        [InlineData("Rprop(EtaPlus = 0.9)")]
        [InlineData("Rprop(EtaPlus = double.PositiveInfinity)")]
        [InlineData("Rprop(StepSizeMin = -1e-6)")]
        [InlineData("Rprop(StepSizeMin = 2, StepSizeMax = 1)")]
        [InlineData("Rprop(StepSizeMin = 100)")]
        [InlineData("Rprop(StepSizeMax = 0)")]
        [InlineData("Rprop(StepSizeMax = double.PositiveInfinity)")]
        [InlineData("Rprop(StepSizeMax = double.NaN)")]
        public Task NG0016_InvalidHyperparameter(string attribute) => Error(Usings + $$"""
            [Network]
            [Input(2)]
            [Dense(1)]
            [{|NG0016:{{attribute}}|}]
            partial class Net { }
            """);

        [Theory]
        [InlineData("Activation(Relu, Alpha = 1)", "Activation(LeakyRelu, Alpha = double.NaN)")]
        [InlineData("Activation(Elu, Alpha = double.PositiveInfinity)", "Activation(Relu)")]
        public Task NG0016_InvalidAlpha(string valid, string invalid)
        {
            // Only the layer whose alpha is not a finite number is marked; Alpha on Relu is NG0011's business.
            string first = valid.StartsWith("Activation(Relu,") ? "{|NG0011:" + valid + "|}" : "{|NG0016:" + valid + "|}";
            string second = invalid.Contains("NaN") ? "{|NG0016:" + invalid + "|}" : invalid;
            return Error(Usings + $$"""
                [Network]
                [Input(2)]
                [Dense(2), {{first}}]
                [Dense(1), {{second}}]
                partial class Net { }
                """);
        }

        [Fact]
        public Task NG0016_PastFloatRange() => Error(Usings + """
            [Network]
            [Input(2)]
            [Dense(2), {|NG0016:Activation(LeakyRelu, Alpha = -1e39)|}]
            [Dense(1)]
            [{|NG0016:Loss(Loss.Huber, Delta = 1e300)|}]
            partial class Net { }
            """);

        [Fact]
        public Task NG0016_PastFloatRangeIsFineInDouble() => Clean(Usings + """
            [Network(Precision = Precision.Double)]
            [Input(2)]
            [Dense(2), Activation(LeakyRelu, Alpha = -1e39)]
            [Dense(1)]
            [Loss(Loss.Huber, Delta = 1e300)]
            partial class Net { }
            """);

        [Fact]
        public Task NG0016_NotForArgumentsTheCompilerRejects() => Verify(new[] { Usings + """
            [Network]
            [Input(2)]
            [Dense(2), Activation(LeakyRelu, Alpha = "x")]
            [Dense(1)]
            partial class Net { }
            """ }, DiagnosticSeverity.Error, compilerErrors: new[] { "CS0029" });

        [Fact]
        public Task NG0016_BiasInitNotFinite() => Error(Usings + """
            [{|NG0016:Network(BiasInit = double.NegativeInfinity)|}]
            [Input(2)]
            [Dense(1)]
            partial class Net { }
            """);

        [Fact]
        public Task NG0017_UndefinedActivation() => Error(Usings + """
            [Network]
            [Input(2)]
            [Dense(1), {|NG0017:Activation((Activation)99)|}]
            partial class Net { }
            """);

        [Fact]
        public Task NG0017_UndefinedLoss() => Error(Usings + """
            [Network]
            [Input(2)]
            [Dense(1)]
            [{|NG0017:Loss((Loss)(-1))|}]
            partial class Net { }
            """);

        [Fact]
        public Task NG0017_UndefinedPrecisionAndInitialization() => Error(Usings + """
            [{|NG0017:{|NG0017:Network(Precision = (Precision)2, Initialization = (Initialization)77)|}|}]
            [Input(2)]
            [Dense(1)]
            partial class Net { }
            """);

        [Fact]
        public Task NG0018_TooManyParameters() => Error(Usings + """
            [{|NG0018:Network|}]
            [Input(65536)]
            [Dense(65536)]
            partial class Net { }
            """);

        [Fact]
        public Task NG0019_RuntimeHelpersMissing() => Error(Usings + """
            [{|NG0019:Network|}]
            [Input(2)]
            [Dense(1)]
            partial class Net { }
            """, references: References.Framework.Add(References.AttributesOnly));

        [Theory]
        [InlineData("public int InputSize => 3;")]
        [InlineData("private float[] Parameters = new float[1];")]
        [InlineData("public Net() { }")]
        [InlineData("public Net(int seed) { }")]
        [InlineData("private int __step;")]
        [InlineData("public int Predict { get; set; }")]
        [InlineData("public class Gradients { }")]
        public Task NG0025_MemberConflictsWithGeneratedMember(string member) => Error(Usings + $$"""
            [{|NG0025:Network|}]
            [Input(2)]
            [Dense(1)]
            partial class Net { {{member}} }
            """);

        [Fact]
        public Task NG0025_TypeNamedLikeAGeneratedMember() => Error(Usings + """
            [{|NG0025:Network|}]
            [Input(2)]
            [Dense(1)]
            partial class Predict { }
            """);

        [Theory]
        [InlineData("public int PredictClass(System.ReadOnlySpan<float> x) => 0;")]
        [InlineData("public double Accuracy { get; set; }")]
        [InlineData("public float TrainStep(System.ReadOnlySpan<float> x, System.ReadOnlySpan<int> classes) => 0;")]
        public Task NG0025_ClassificationMembersOfAClassifier(string member) => Error(Usings + $$"""
            [{|NG0025:Network|}]
            [Input(2)]
            [Dense(3), Activation(Softmax)]
            [Loss(Loss.CrossEntropy)]
            partial class Net { {{member}} }
            """);

        [Theory]
        [InlineData("partial class Net { public int PredictClass(System.ReadOnlySpan<float> x) => 0; public double Accuracy { get; set; } }")]
        [InlineData("partial class Accuracy { }")]
        public Task NG0025_ClassificationNamesAreFreeOnARegressor(string declaration) => Clean(Usings + $$"""
            [Network]
            [Input(2)]
            [Dense(3)]
            {{declaration}}
            """);

        [Fact]
        public Task NG0025_ClassifierNamedAccuracy() => Error(Usings + """
            [{|NG0025:Network|}]
            [Input(2)]
            [Dense(1), Activation(Sigmoid)]
            [Loss(Loss.BinaryCrossEntropy)]
            partial class Accuracy { }
            """);

        [Fact]
        public Task NG0025_OverloadsAndOtherConstructorsAreFine() => Clean(Usings + """
            [Network]
            [Input(2)]
            [Dense(1)]
            partial class Net
            {
                public Net(string name) { Name = name; }
                public string Name { get; } = "";
                public float Predict(float a, float b) => a + b;
            }
            """);

        [Theory]
        [InlineData("public void Predict(global::System.ReadOnlySpan<float> x, global::System.Span<float> y) { }")]
        [InlineData("public int Predict(System.ReadOnlySpan<float> x, System.Span<float> y) => 0;")]
        [InlineData("public static float TrainStep(System.ReadOnlySpan<float> x, System.ReadOnlySpan<float> y) => 0;")]
        [InlineData("public void Save(string path) { }")]
        [InlineData("public void LoadCheckpoint(System.IO.Stream s) { }")]
        [InlineData("public void ResetOptimizer() { }")]
        [InlineData("public float[] Fit(System.ReadOnlySpan<float> a, System.ReadOnlySpan<float> b, int c, int d, bool e, bool f, int g, System.Action<int, float>? h) => new float[0];")]
        [InlineData("public event System.Action? Predict;")]
        [InlineData("public int InputSize() => 3;")]
        public Task NG0025_SignatureOfAGeneratedMethod(string member) => Error(Usings + $$"""
            [{|NG0025:Network|}]
            [Input(2)]
            [Dense(1)]
            partial class Net { {{member}} }
            """);

        [Theory]
        [InlineData("Single", "float")]
        [InlineData("Double", "double")]
        public Task NG0025_ScalarPredictOfTheNetworksPrecision(string precision, string element) => Error(Usings + $$"""
            [{|NG0025:Network(Precision = Precision.{{precision}})|}]
            [Input(1)]
            [Dense(1)]
            partial class Net { public {{element}} Predict({{element}} x) => x; }
            """);

        [Fact]
        public Task NG0025_ExplicitInterfaceImplementation() => Error(Usings + """
            [{|NG0025:Network|}]
            [Input(2)]
            [Dense(1)]
            partial class Net : INeuralNetwork<float> { void INeuralNetwork<float>.ResetOptimizer() { } }
            """, compilerErrors: new[] { "CS0535" });

        [Fact]
        public Task NG0025_OverloadsOfOtherTypesAndPrecisionsAreFine() => Clean(Usings + """
            [Network]
            [Input(1)]
            [Dense(1)]
            partial class Net
            {
                public double Predict(double x) => x;
                public void Predict(float[] x, float[] y) { }
                public void Save<T>(string path) { }
                public void ResetOptimizer(bool hard) { }
                public void Load(ref string path) { }
                public static Net operator +(Net a, Net b) => a;
            }

            [Network]
            [Input(2)]
            [Dense(1)]
            partial class Wide { public float Predict(float x) => x; }
            """);

        // Without the generated constructors the compiler's implicit one calls base() too: CS7036, CS0122.
        [Theory]
        [InlineData("public Base(string name) { }", "CS7036")]
        [InlineData("private Base() { }", "CS0122")]
        [InlineData("[System.Obsolete(\"old\")] public Base() { }", null)]
        [InlineData("protected Base(int size) { }", "CS7036")]
        public Task NG0027_BaseWithoutUsableParameterlessConstructor(string constructor, string? compilerError) => Error(Usings + $$"""
            public class Base { {{constructor}} }

            [{|NG0027:Network|}]
            [Input(2)]
            [Dense(1)]
            partial class Net : Base { }
            """, compilerErrors: compilerError is null ? null : new[] { compilerError });

        [Fact]
        public Task NG0027_ProtectedOrOptionalBaseConstructorsAreFine() => Clean(Usings + """
            public class A { protected A() { } }
            public class B { public B(int size = 3, params string[] names) { } }

            [Network]
            [Input(2)]
            [Dense(1)]
            partial class Net : A { }

            [Network]
            [Input(2)]
            [Dense(1)]
            partial class Other : B { }
            """);

        [Theory]
        [InlineData("public int InputSize => 0;")]
        [InlineData("protected float[] Parameters = new float[1];")]
        [InlineData("public virtual float TrainStep(System.ReadOnlySpan<float> x, System.ReadOnlySpan<float> y) => 0;")]
        [InlineData("public static void Save(string path) { }")]
        [InlineData("protected long __step;")]
        public Task NG0028_InheritedMemberWouldBeHidden(string member) => Error(Usings + $$"""
            public class Base { {{member}} }

            [{|NG0028:Network|}]
            [Input(2)]
            [Dense(1)]
            partial class Net : Base { }
            """);

        [Fact]
        public Task NG0028_BaseIsANetwork() => Error(Usings + """
            [Network]
            [Input(2)]
            [Dense(1)]
            public partial class Base { }

            [{|NG0028:Network|}]
            [Input(2)]
            [Dense(1)]
            partial class Net : Base { }
            """);

        [Fact]
        public Task NG0028_PrivateBaseMembersAndOverloadsAreFine() => Clean(Usings + """
            public class Base
            {
                private int InputSize => 0;
                private long __step;
                public void Predict(double[] x) { }
                public long Steps => __step;
            }

            [Network]
            [Input(2)]
            [Dense(1)]
            partial class Net : Base { }
            """);

        [Theory]
        [InlineData("Network(BiasInit = 1e300)", "")]
        [InlineData("Network(BiasInit = 1e-40)", "")]
        [InlineData("Network(BiasInit = 1e-320, Precision = Precision.Double)", "")]
        [InlineData("Network", "[{|NG0016:Loss(Loss.Huber, Delta = 1e-50)|}]")]
        [InlineData("Network", "[{|NG0016:Adam(Epsilon = 1e-50)|}]")]
        [InlineData("Network", "[{|NG0016:Adam(LearningRate = 1e39)|}]")]
        [InlineData("Network", "[{|NG0016:Adam(Beta1 = 0.99999999)|}]")]
        [InlineData("Network", "[{|NG0016:AdamW(LearningRate = 1e20, WeightDecay = 1e20)|}]")]
        [InlineData("Network", "[{|NG0016:Sgd(Momentum = 1e-50)|}]")]
        [InlineData("Network", "[{|NG0016:Sgd(WeightDecay = 1e39)|}]")]
        [InlineData("Network", "[{|NG0016:Rprop(EtaMinus = 0.99999999)|}]")]
        [InlineData("Network", "[{|NG0016:Rprop(EtaPlus = 1.00000001)|}]")]
        [InlineData("Network", "[{|NG0016:Rprop(EtaPlus = 1e39)|}]")]
        [InlineData("Network", "[{|NG0016:Rprop(StepSizeMax = 1e39)|}]")]
        [InlineData("Network", "[{|NG0016:Rprop(StepSizeMin = 1e-40)|}]")]
        [InlineData("Network", "[{|NG0016:Rprop(LearningRate = 1e-50)|}]")]
        [InlineData("Network(Precision = Precision.Double)", "[{|NG0016:Adam(LearningRate = 1e308)|}]")]
        public Task NG0016_ValueVanishesOrOverflowsInTheElementType(string network, string extra) => Error(Usings + $$"""
            [{{(extra.Length == 0 ? "{|NG0016:" + network + "|}" : network)}}]
            [Input(2)]
            [Dense(1)]
            {{extra}}
            partial class Net { }
            """);

        [Fact]
        public Task NG0016_AlphaThatVanishesInFloat() => Error(Usings + """
            [Network]
            [Input(2)]
            [Dense(2), {|NG0016:Activation(Elu, Alpha = 1e-300)|}]
            [Dense(1)]
            partial class Net { }
            """);

        [Fact]
        public Task NG0016_TheSameValuesFitInDouble() => Clean(Usings + """
            [Network(Precision = Precision.Double, BiasInit = 1e300)]
            [Input(2)]
            [Dense(2), Activation(Elu, Alpha = 1e-300)]
            [Dense(1)]
            [Loss(Loss.Huber, Delta = 1e-50)]
            [Adam(Epsilon = 1e-50, Beta1 = 0.99999999, LearningRate = 1e39)]
            partial class Net { }
            """);

        [Theory]
        [InlineData("class System { }")]
        [InlineData("delegate void System();")]
        [InlineData("partial class Outer { } struct System { }")]
        public Task NG0029_GlobalTypeNamedLikeARootNamespace(string declaration) => Error("""
            [{|NG0029:global::NetGen.Network|}]
            [global::NetGen.Input(2)]
            [global::NetGen.Dense(1)]
            partial class Net { }

            """ + declaration);

        [Fact]
        public Task NG0029_TypesNamedSystemInsideNamespacesAreFine() => Clean(Usings + """
            namespace My { class System { } class NetGen { } }

            [Network]
            [Input(2)]
            [Dense(1)]
            partial class Net { }
            """);

        // ---- Modules (issue 13): NG0032-NG0037 and the older diagnostics where the new modules meet them. ----

        private const string ForceUsings = Usings + "using NetGen.Runtime;\n";

        [Fact]
        public Task NG0032_StandardizeNotFirst() => Error(Usings + """
            [Network]
            [Input(2)]
            [Dense(4), Activation(Relu)]
            [{|NG0032:Standardize|}]
            [Dense(1)]
            partial class Net { }
            """);

        [Fact]
        public Task NG0032_StandardizeAfterADropout() => Error(Usings + """
            [Network]
            [Input(2)]
            [Dropout(0.1)]
            [{|NG0032:Standardize(Name = "scale")|}]
            [Dense(1)]
            partial class Net { }
            """);

        [Fact]
        public Task NG0032_StandardizeFirstIsFine() => Clean(Usings + """
            [Network]
            [Input(2)]
            [Standardize(Name = "scaler")]
            [Dense(4), Activation(Relu)]
            [Dense(1)]
            partial class Net { }
            """);

        [Fact]
        public Task NG0005_InputAfterStandardize() => Error(Usings + """
            [Network]
            [Standardize]
            [{|NG0005:Input(2)|}]
            [Dense(1)]
            partial class Net { }
            """);

        [Fact]
        public Task StandardizeTwice_TheCompilerReportsIt() => Verify(new[] { Usings + """
            [Network]
            [Input(2)]
            [Standardize]
            [Standardize]
            [Dense(1)]
            partial class Net { }
            """ }, DiagnosticSeverity.Error, compilerErrors: new[] { "CS0579" });

        [Theory]
        [InlineData("Dense(4, Name = \"fc\")", "Dense(1, Name = \"fc\")")]
        [InlineData("Dense(4, Name = \"norm\")", "LayerNorm(Name = \"norm\")")]
        [InlineData("LayerNorm(Name = \"norm\")", "BatchNorm(Name = \"norm\")")]
        [InlineData("BatchNorm(Name = \"bn\")", "Dense(1, Name = \"bn\")")]
        public Task NG0033_DuplicateModuleName(string first, string second)
        {
            // The second module keeps the name's trouble; a network must still end with a Dense.
            string tail = second.StartsWith("Dense", System.StringComparison.Ordinal) ? "" : "\n[Dense(1)]";
            return Error(Usings + $$"""
                [Network]
                [Input(2)]
                [Dense(4)]
                [{{first}}]
                [{|NG0033:{{second}}|}]{{tail}}
                partial class Net { }
                """);
        }

        [Fact]
        public Task NG0033_StandardizeAndDenseOfOneName() => Error(Usings + """
            [Network]
            [Input(2)]
            [Standardize(Name = "layer")]
            [{|NG0033:Dense(1, Name = "layer")|}]
            partial class Net { }
            """);

        [Fact]
        public Task NG0033_NamesDifferingInCaseAreDistinct() => Clean(Usings + """
            [Network]
            [Input(2)]
            [Dense(4, Name = "fc")]
            [LayerNorm(Name = "Fc")]
            [Dense(1, Name = "FC")]
            partial class Net { }
            """);

        [Theory]
        [InlineData("\"\"")]
        [InlineData("\"1a\"")]
        [InlineData("\"0\"")]
        [InlineData("\"a.b\"")]
        [InlineData("\"a b\"")]
        [InlineData("\"a-b\"")]
        [InlineData("\"caf\u00e9\"")]
        [InlineData("\"\u0444c1\"")]
        [InlineData("\"fc\\n\"")]
        [InlineData("\"fc\\0\"")]
        [InlineData("\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"")] // 65 characters
        public Task NG0034_InvalidModuleName(string name) => Error(Usings + $$"""
            [Network]
            [Input(2)]
            [{|NG0034:Dense(4, Name = {{name}})|}]
            [{|NG0034:LayerNorm(Name = {{name}})|}]
            [{|NG0034:BatchNorm(Name = {{name}})|}]
            [Dense(1)]
            partial class Net { }
            """);

        [Fact]
        public Task NG0034_InvalidNameOnStandardize() => Error(Usings + """
            [Network]
            [Input(2)]
            [{|NG0034:Standardize(Name = "x.mean")|}]
            [Dense(1)]
            partial class Net { }
            """);

        [Fact]
        public Task NG0034_NamesAtTheEdgesAreFine() => Clean(Usings + """
            [Network]
            [Input(2)]
            [Standardize(Name = "_")]
            [Dense(4, Name = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
            [LayerNorm(Name = "_1")]
            [BatchNorm(Name = null)]
            [Dense(1, Name = "Z9")]
            partial class Net { }
            """);

        [Theory]
        [InlineData("Dropout(0.5)")]
        [InlineData("LayerNorm")]
        [InlineData("BatchNorm")]
        [InlineData("BatchNorm(Name = \"bn\")")]
        public Task NG0035_OutputNotDense(string last) => Error(Usings + $$"""
            [Network]
            [Input(2)]
            [Dense(4)]
            [{|NG0035:{{last}}|}]
            partial class Net { }
            """);

        [Fact]
        public Task NG0035_NormalizationWithItsActivationLast() => Error(Usings + """
            [Network]
            [Input(2)]
            [Dense(4)]
            [{|NG0035:LayerNorm|}, Activation(Tanh)]
            partial class Net { }
            """);

        [Fact]
        public Task NG0035_DropoutAfterTheOutputDense() => Error(Usings + """
            [Network]
            [Input(2)]
            [Dense(3)]
            [Dropout(0.1)]
            [Dense(2)]
            [{|NG0035:Dropout(0.2)|}]
            partial class Net { }
            """);

        [Theory]
        [InlineData("PerRow", "[Dense(8), Activation(Tanh)]\n[LayerNorm]")]
        [InlineData("PerRow", "[Dense(8), Activation(Tanh)]\n[Dropout(0.25)]")]
        [InlineData("PerRow", "[Dense(8)]\n[BatchNorm, Activation(Relu)]")]
        [InlineData("Lanes", "[Dense(8), Activation(Tanh)]\n[Dropout(0.25)]")]
        [InlineData("Lanes", "[Standardize]\n[Dense(8), Activation(Tanh)]")]
        [InlineData("Lanes", "[Dense(200), Activation(Tanh)]")]
        [InlineData("Shallow", "[Dense(8), Activation(Tanh)]\n[LayerNorm]")]
        [InlineData("Shallow", "[Dense(4), Activation(Tanh)]")]
        [InlineData("Shallow", "[Dense(8), Activation(Tanh)]\n[Dense(8), Activation(Tanh)]")]
        public Task NG0036_StrategyNotAdmitted(string strategy, string hidden) => Error(ForceUsings + $$"""
            [Network]
            [{|NG0036:ForceStrategy(TrainingStrategy.{{strategy}})|}]
            [Input(1)]
            {{hidden}}
            [Dense(1)]
            partial class Net { }
            """);

        [Fact]
        public Task NG0036_ShallowNeedsTheMeanSquaredError() => Error(ForceUsings + """
            [Network]
            [Input(1)]
            [Dense(8), Activation(Tanh)]
            [Dense(1)]
            [Loss(Loss.Huber)]
            [{|NG0036:ForceStrategy(TrainingStrategy.Shallow)|}]
            partial class Net { }
            """);

        [Theory]
        [InlineData("PerRow")]
        [InlineData("Lanes")]
        [InlineData("Shallow")]
        [InlineData("BatchMajor")]
        public Task NG0036_EveryStrategyTrains_1_16_1_Tanh(string strategy) => Clean(ForceUsings + $$"""
            [Network]
            [ForceStrategy(TrainingStrategy.{{strategy}})]
            [Input(1)]
            [Dense(16), Activation(Tanh)]
            [Dense(1)]
            partial class Net { }
            """);

        [Fact]
        public Task NG0036_BatchMajorTrainsEveryModule() => Clean(ForceUsings + """
            [Network]
            [ForceStrategy(TrainingStrategy.BatchMajor)]
            [Input(3)]
            [Standardize]
            [Dense(8), Activation(Relu)]
            [LayerNorm, Activation(Tanh)]
            [Dropout(0.1)]
            [BatchNorm]
            [Dense(1)]
            partial class Net { }
            """);

        [Fact]
        public Task NG0036_NotReportedOnTopOfAnotherError() => Error(ForceUsings + """
            [Network]
            [ForceStrategy(TrainingStrategy.Shallow)]
            [Input(2)]
            [Dense(4), Activation(Tanh)]
            [{|NG0035:Dropout(0.5)|}]
            partial class Net { }
            """);

        [Theory]
        [InlineData("(TrainingStrategy)4")]
        [InlineData("(TrainingStrategy)(-1)")]
        public Task NG0017_UndefinedTrainingStrategy(string value) => Error(ForceUsings + $$"""
            [Network]
            [{|NG0017:ForceStrategy({{value}})|}]
            [Input(2)]
            [Dense(1)]
            partial class Net { }
            """);

        [Fact]
        public Task NG0017_UndefinedActivationAfterANorm() => Error(Usings + """
            [Network]
            [Input(2)]
            [Dense(4)]
            [LayerNorm, {|NG0017:Activation((Activation)99)|}]
            [Dense(1)]
            partial class Net { }
            """);

        [Theory]
        [InlineData("Dropout(1)")]
        [InlineData("Dropout(1.0000001)")]
        [InlineData("Dropout(-0.1)")]
        [InlineData("Dropout(-0.0000001)")]
        [InlineData("Dropout(double.NaN)")]
        [InlineData("Dropout(double.PositiveInfinity)")]
        [InlineData("Dropout(double.NegativeInfinity)")]
        [InlineData("Dropout(1e300)")]
        public Task NG0037_DropoutProbabilityOutOfRange(string dropout) => Error(Usings + $$"""
            [Network]
            [Input(2)]
            [Dense(4), Activation(Relu)]
            [{|NG0037:{{dropout}}|}]
            [Dense(1)]
            partial class Net { }
            """);

        [Fact]
        public Task NG0037_ProbabilitiesAtTheEdgesAreFine() => Clean(Usings + """
            [Network]
            [Input(2)]
            [Dropout(0)]
            [Dense(4), Activation(Relu)]
            [Dropout(0.9999999999999999)]
            [Dense(4)]
            [Dropout(0.5f), Activation(Tanh)]
            [Dense(1)]
            partial class Net { }
            """);

        [Theory]
        [InlineData("LayerNorm(Eps = 0)")]
        [InlineData("LayerNorm(Eps = -1e-5)")]
        [InlineData("LayerNorm(Eps = double.NaN)")]
        [InlineData("LayerNorm(Eps = double.PositiveInfinity)")]
        [InlineData("LayerNorm(Eps = 1e-50)")]
        [InlineData("LayerNorm(Eps = 1e39)")]
        [InlineData("BatchNorm(Eps = 0)")]
        [InlineData("BatchNorm(Eps = -0.0)")]
        [InlineData("BatchNorm(Eps = double.NaN)")]
        [InlineData("BatchNorm(Eps = double.NegativeInfinity)")]
        [InlineData("BatchNorm(Momentum = -0.1)")]
        [InlineData("BatchNorm(Momentum = 1.0000001)")]
        [InlineData("BatchNorm(Momentum = double.NaN)")]
        [InlineData("BatchNorm(Momentum = double.PositiveInfinity)")]
        [InlineData("BatchNorm(Momentum = 1e-50)")]
        public Task NG0016_InvalidNormalizationArgument(string norm) => Error(Usings + $$"""
            [Network]
            [Input(2)]
            [Dense(4)]
            [{|NG0016:{{norm}}|}]
            [Dense(1)]
            partial class Net { }
            """);

        [Fact]
        public Task NG0016_BothNormalizationArgumentsBad_OneDiagnosticEach() => Error(Usings + """
            [Network]
            [Input(2)]
            [Dense(4)]
            [{|NG0016:{|NG0016:BatchNorm(Eps = -1, Momentum = 2)|}|}]
            [Dense(1)]
            partial class Net { }
            """);

        [Fact]
        public Task NG0016_NormalizationArgumentsAtTheEdgesAreFine() => Clean(Usings + """
            [Network]
            [Input(2)]
            [Dense(4)]
            [LayerNorm(Eps = 1e-30)]
            [Dense(4)]
            [BatchNorm(Eps = 10, Momentum = 0)]
            [Dense(4)]
            [BatchNorm(Momentum = 1)]
            [Dense(1)]
            partial class Net { }
            """);

        [Fact]
        public Task NG0016_EpsThatVanishesInFloatFitsInDouble() => Clean(Usings + """
            [Network(Precision = Precision.Double)]
            [Input(2)]
            [Dense(4)]
            [LayerNorm(Eps = 1e-50)]
            [Dense(1)]
            partial class Net { }
            """);

        [Fact]
        public Task NG0008_ActivationRightAfterStandardize() => Error(Usings + """
            [Network]
            [Input(2)]
            [Standardize, {|NG0008:Activation(Relu)|}]
            [Dense(1)]
            partial class Net { }
            """);

        [Fact]
        public Task NG0008_ActivationsMayFollowEveryOtherModule() => Clean(Usings + """
            [Network]
            [Input(2)]
            [Dropout(0.1), Activation(Relu)]
            [Dense(4), Activation(Tanh)]
            [LayerNorm, Activation(Gelu)]
            [Dense(4)]
            [BatchNorm, Activation(Silu)]
            [Dense(1)]
            partial class Net { }
            """);

        [Theory]
        [InlineData("LayerNorm")]
        [InlineData("BatchNorm")]
        [InlineData("Dropout(0.5)")]
        public Task NG0009_TwoActivationsAfterAModule(string module) => Error(Usings + $$"""
            [Network]
            [Input(2)]
            [Dense(4)]
            [{{module}}, Activation(Relu), {|NG0009:Activation(Tanh)|}]
            [Dense(1)]
            partial class Net { }
            """);

        [Fact]
        public Task NG0009_ActivationAcrossADropoutIsTwoModules() => Clean(Usings + """
            [Network]
            [Input(2)]
            [Dense(4), Activation(Relu)]
            [Dropout(0.5), Activation(Tanh)]
            [Dense(1)]
            partial class Net { }
            """);

        [Fact]
        public Task NG0010_SoftmaxFollowedByADropout() => Error(Usings + """
            [Network]
            [Input(2)]
            [Dense(3), {|NG0010:Activation(Softmax)|}]
            [Dropout(0.1)]
            [Dense(3), Activation(Softmax)]
            [Loss(Loss.CrossEntropy)]
            partial class Net { }
            """);

        [Fact]
        public Task NG0010_SoftmaxOnANormBeforeTheOutput() => Error(Usings + """
            [Network]
            [Input(2)]
            [Dense(3)]
            [LayerNorm, {|NG0010:Activation(Softmax)|}]
            [Dense(3), Activation(Softmax)]
            [Loss(Loss.CrossEntropy)]
            partial class Net { }
            """);

        [Fact]
        public Task NG0010_And_NG0035_SoftmaxThenDropoutLast() => Error(Usings + """
            [Network]
            [Input(2)]
            [Dense(3), {|NG0010:Activation(Softmax)|}]
            [{|NG0035:Dropout(0.1)|}]
            partial class Net { }
            """);

        [Fact]
        public Task NG0006_ModulesButNoDense() => Error(Usings + """
            [{|NG0006:Network|}]
            [Input(2)]
            [Standardize]
            [LayerNorm]
            [Dropout(0.5)]
            partial class Net { }
            """);

        [Fact]
        public Task NG0025_AdaptClashesOnlyWithStandardize() => Error(Usings + """
            [{|NG0025:Network|}]
            [Input(2)]
            [Standardize]
            [Dense(1)]
            partial class Net { public void Adapt(System.ReadOnlySpan<float> inputs) { } }
            """);

        [Fact]
        public Task NG0025_AdaptIsFreeWithoutStandardize() => Clean(Usings + """
            [Network]
            [Input(2)]
            [LayerNorm]
            [Dense(1)]
            partial class Net { public void Adapt(System.ReadOnlySpan<float> inputs) { } }
            """);

        [Fact]
        public void NG0026_InternalErrorCarriesTheExceptionAndLocation()
        {
            var location = new Model.LocationInfo("Net.cs", 10, 7, 1, 1, 1, 8);
            var result = NetworkGenerator.InternalError("Net", location, new System.InvalidOperationException("boom"));

            Assert.Null(result.Spec);
            var info = Assert.Single(result.Diagnostics);
            var diagnostic = NetworkGenerator.ToDiagnostic(info);
            Assert.Equal("NG0026", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Contains("InvalidOperationException: boom", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(new Microsoft.CodeAnalysis.Text.TextSpan(10, 7), diagnostic.Location.SourceSpan);
        }

        [Fact]
        public async Task OnlyTheBrokenNetworkIsSkipped()
        {
            var run = await Verify(new[] { Usings + """
                namespace N
                {
                    [Network]
                    [Input(2)]
                    [{|NG0007:Dense(0)|}]
                    partial class Broken { }

                    [Network]
                    [Input(2)]
                    [Dense(1)]
                    partial class Fine { }
                }
                """ }, DiagnosticSeverity.Error);
            Assert.Equal(HintNames.For("N.Fine"), Assert.Single(run.Sources).HintName);
        }
    }
}
