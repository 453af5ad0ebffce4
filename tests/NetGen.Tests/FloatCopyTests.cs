using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using NetGen.Runtime;
using static NetGen.Activation;

namespace NetGen.Tests
{
    /// <summary>
    /// The non-generic float copies of Runtime/FloatCopies (made from the generic sources for ReadyToRun) give the same
    /// bits as the generic methods instantiated over float: each kernel on both paths, and a whole tutorial Fit through
    /// the copies (the generated network) against the same Fit through the generic methods (called explicitly here).
    /// </summary>
    public class FloatCopyTests
    {
        public static TheoryData<string, bool> Activations()
        {
            var data = new TheoryData<string, bool>();
            foreach (bool simd in new[] { true, false })
            {
                foreach (string activation in new[] { "Identity", "Relu", "Sigmoid", "Tanh", "Softplus" })
                {
                    data.Add(activation, simd);
                }
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Activations))]
        public void ShallowNet_copies_give_the_generic_bits(string activation, bool simd)
        {
            foreach (int hidden in new[] { 1, 8, 13, 37, 70 })
            {
                for (int rows = 1; rows <= 70; rows++)
                {
                    var random = new Random(hidden * 1000 + rows);
                    float[] p = Values(random, 3 * hidden + 1, 1.5);
                    float[] x = Values(random, rows, 3.0);
                    float[] t = Values(random, rows, 2.0);
                    var want = new float[p.Length];
                    var got = new float[p.Length];
                    float wantLoss = Generic(activation, p, hidden, x, t, 1f / rows, want, simd);
                    float gotLoss = Copy(activation, p, hidden, x, t, 1f / rows, got, simd);
                    string at = $"{activation} hidden {hidden} rows {rows}";
                    AssertSameBits(wantLoss, gotLoss, at + " loss");
                    AssertSameBits(want, got, at + " gradients");
                    for (int r = 0; r < rows; r++)
                    {
                        AssertSameBits(GenericPredict(activation, p, hidden, x[r], simd), CopyPredict(activation, p, hidden, x[r], simd), $"{at} row {r}");
                    }
                }
            }
        }

        [Fact]
        public void ShallowNet_copies_keep_non_finite_values()
        {
            float[] special = [float.NaN, float.PositiveInfinity, float.NegativeInfinity, 1e-40f, -1e-45f, float.MaxValue, -0f];
            foreach (bool simd in new[] { true, false })
            {
                foreach (int hidden in new[] { 8, 13 })
                {
                    for (int k = 0; k < special.Length; k++)
                    {
                        var random = new Random(k);
                        float[] p = Values(random, 3 * hidden + 1, 1.0);
                        float[] x = Values(random, 9, 1.0);
                        float[] t = Values(random, 9, 1.0);
                        p[k % p.Length] = special[k];
                        x[k % x.Length] = special[(k + 3) % special.Length];
                        foreach (string activation in new[] { "Relu", "Sigmoid", "Tanh", "Softplus" })
                        {
                            var want = new float[p.Length];
                            var got = new float[p.Length];
                            AssertSameBits(Generic(activation, p, hidden, x, t, 0.25f, want, simd), Copy(activation, p, hidden, x, t, 0.25f, got, simd), $"{activation} special {k} loss");
                            AssertSameBits(want, got, $"{activation} special {k} gradients");
                        }
                    }
                }
            }
        }

        [Fact]
        public void AllFinite_copy_agrees_with_the_generic_method()
        {
            float[] special = [float.NaN, float.PositiveInfinity, float.NegativeInfinity, 1e-40f, float.MaxValue, -0f];
            foreach (bool simd in new[] { true, false })
            {
                foreach (int length in new[] { 0, 1, 7, 8, 31, 32, 33, 100 })
                {
                    var values = Values(new Random(length), length, 10.0);
                    Assert.Equal(FiniteGuard.AllFinite<float>(values, simd), FiniteGuard.AllFinite((ReadOnlySpan<float>)values, simd));
                    for (int at = 0; at < length; at += 5)
                    {
                        foreach (float value in special)
                        {
                            var copy = (float[])values.Clone();
                            copy[at] = value;
                            bool generic = FiniteGuard.AllFinite<float>(copy, simd);
                            Assert.Equal(float.IsFinite(value), generic);
                            Assert.Equal(generic, FiniteGuard.AllFinite((ReadOnlySpan<float>)copy, simd));
                        }
                    }
                }
            }
        }

        [Fact]
        public void EnsureFinite_copies_throw_the_generic_messages()
        {
            float[] values = [1f, 2f, float.NaN, 4f];
            var generic = Assert.Throws<NonFiniteValueException>(() => FiniteGuard.EnsureFinite<float>(values, 2, "inputs"));
            var copy = Assert.Throws<NonFiniteValueException>(() => FiniteGuard.EnsureFinite((ReadOnlySpan<float>)values, 2, "inputs"));
            Assert.Equal(generic.Message, copy.Message);
            generic = Assert.Throws<NonFiniteValueException>(() => FiniteGuard.EnsureFiniteGradients<float>(values));
            copy = Assert.Throws<NonFiniteValueException>(() => FiniteGuard.EnsureFiniteGradients((ReadOnlySpan<float>)values));
            Assert.Equal(generic.Message, copy.Message);
            generic = Assert.Throws<NonFiniteValueException>(() => FiniteGuard.EnsureFiniteLoss<float>(float.PositiveInfinity));
            copy = Assert.Throws<NonFiniteValueException>(() => FiniteGuard.EnsureFiniteLoss(float.PositiveInfinity));
            Assert.Equal(generic.Message, copy.Message);
        }

        public static TheoryData<int, bool, bool> AdamCases()
        {
            var data = new TheoryData<int, bool, bool>();
            foreach (bool simd in new[] { true, false })
            {
                foreach (bool decoupled in new[] { false, true })
                {
                    // 1030 and 2100: past Optimizers.WideAdamMinimum, the 512-bit passes where the hardware has them.
                    foreach (int length in new[] { 1, 7, 8, 33, 97, 1030, 2100 })
                    {
                        data.Add(length, decoupled, simd);
                    }
                }
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(AdamCases))]
        public void Adam_copy_gives_the_generic_bits(int length, bool decoupled, bool simd)
        {
            float[] special = [float.NaN, float.PositiveInfinity, float.NegativeInfinity, 1e-40f, -1e-45f, 3e38f, -0f];
            for (int variant = 0; variant <= special.Length; variant++)
            {
                foreach (bool checkFinite in new[] { false, true })
                {
                    var random = new Random(length * 31 + variant);
                    float[] p = Values(random, length, 1.0), g = Values(random, length, 0.1), m = Values(random, length, 0.01), v = Values(random, length, 1e-4);
                    for (int i = 0; i < length; i++)
                    {
                        v[i] = Math.Abs(v[i]);
                    }

                    if (variant < special.Length)
                    {
                        // A special value in one buffer (a subnormal moment is flushed; NaN and ∞ fail the checks).
                        (variant % 3 == 0 ? g : variant % 3 == 1 ? m : p)[(variant * 7) % length] = special[variant];
                    }

                    var (gp, gm, gv) = ((float[])p.Clone(), (float[])m.Clone(), (float[])v.Clone());
                    var (cp, cm, cv) = ((float[])p.Clone(), (float[])m.Clone(), (float[])v.Clone());
                    for (long step = 1; step <= 3; step++)
                    {
                        string? genericError = Outcome(() => Optimizers.AdamCore<float>(gp, g, gm, gv, step, 0.01, 0.9, 0.999, 1e-8, 0.01, decoupled, checkFinite, simd, checkGradients: true));
                        string? copyError = Outcome(() => Optimizers.AdamCore((Span<float>)cp, g, cm, cv, step, 0.01, 0.9, 0.999, 1e-8, 0.01, decoupled, checkFinite, simd, checkGradients: true));
                        string at = $"length {length} variant {variant} checkFinite {checkFinite} step {step}";
                        Assert.True(genericError == copyError, $"{at}: {genericError} vs {copyError}");
                        AssertSameBits(gp, cp, at + " parameters");
                        AssertSameBits(gm, cm, at + " exp_avg");
                        AssertSameBits(gv, cv, at + " exp_avg_sq");
                    }
                }
            }
        }

        [Fact]
        public void InitializeDense_copy_gives_the_generic_bits()
        {
            foreach (Initialization scheme in Enum.GetValues<Initialization>())
            {
                foreach (double biasConstant in new[] { double.NaN, 0.25 })
                {
                    var (gw, gb, cw, cb) = (new float[12], new float[4], new float[12], new float[4]);
                    Initializers.InitializeDense<float>(gw, gb, 3, 4, scheme, new DeterministicRandom(7), biasConstant);
                    Initializers.InitializeDense((Span<float>)cw, cb, 3, 4, scheme, new DeterministicRandom(7), biasConstant);
                    AssertSameBits(gw, cw, $"{scheme} weights");
                    AssertSameBits(gb, cb, $"{scheme} bias");
                }
            }
        }

        [Theory]
        [InlineData(true, false)]
        [InlineData(false, false)]
        [InlineData(true, true)]
        public void A_tutorial_fit_through_the_copies_gives_the_generic_bits(bool shuffle, bool dropLast)
        {
            // y = x² on [-2, 2], as the tutorial.
            var random = new Random(3);
            float[] x = Enumerable.Range(0, 200).Select(_ => (float)(random.NextDouble() * 4 - 2)).ToArray();
            float[] y = x.Select(v => v * v).ToArray();

            var copies = new FloatCopyQuadratic();
            var generic = new GenericQuadratic();
            AssertSameBits(copies.Parameters.ToArray(), generic.Parameters.ToArray(), "initial parameters");

            // The generated Fit calls Training.Fit<FloatCopyQuadratic> (the copy); the generic Fit is named explicitly.
            float[] copyLosses = copies.Fit(x, y, epochs: 30, batchSize: 32, shuffle, dropLast, seed: 5);
            float[] genericLosses = Training.Fit<GenericQuadratic, float>(generic, x, y, 30, 32, shuffle, dropLast, seed: 5);
            AssertSameBits(genericLosses, copyLosses, "losses");
            AssertSameBits(generic.Parameters.ToArray(), copies.Parameters.ToArray(), "trained parameters");
            Assert.True(copyLosses[^1] < copyLosses[0] / 4, $"the fit learns: {copyLosses[0]} → {copyLosses[^1]}");
        }

        [Fact]
        public void The_copies_are_non_generic_float_methods()
        {
            // Overload resolution picks a copy only where it exists: a missing copy would make the tests above compare the generic method with itself.
            var flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;
            (Type Type, string Name, int Arity)[] expected =
            [
                (typeof(ShallowNet), nameof(ShallowNet.SquaredErrorGradients), 1),
                (typeof(ShallowNet), nameof(ShallowNet.Predict), 1),
                (typeof(FiniteGuard), nameof(FiniteGuard.EnsureFinite), 0),
                (typeof(FiniteGuard), nameof(FiniteGuard.EnsureFiniteGradients), 0),
                (typeof(FiniteGuard), nameof(FiniteGuard.EnsureFiniteLoss), 0),
                (typeof(FiniteGuard), "AllFinite", 0),
                (typeof(Optimizers), nameof(Optimizers.Adam), 0),
                (typeof(Optimizers), "AdamCore", 0),
                (typeof(Initializers), nameof(Initializers.InitializeDense), 0),
                (typeof(Training), nameof(Training.Fit), 1),
                (typeof(LinearAlgebra), nameof(LinearAlgebra.SumLanes), 0),
                (typeof(VectorActivations), nameof(VectorActivations.Relu), 0),
                (typeof(LinearAlgebra), nameof(LinearAlgebra.DenseForward), 0),
                (typeof(LinearAlgebra), nameof(LinearAlgebra.DenseWeightGradient), 0),
                (typeof(LinearAlgebra), nameof(LinearAlgebra.DenseInputGradient), 0),
                (typeof(LinearAlgebra), nameof(LinearAlgebra.Dot), 0),
                (typeof(LinearAlgebra), nameof(LinearAlgebra.Axpy), 0),
                (typeof(LinearAlgebra), nameof(LinearAlgebra.RowWeightGradient), 0),
                (typeof(LinearAlgebra), nameof(LinearAlgebra.RowInputGradient), 0),
                (typeof(LinearAlgebra), nameof(LinearAlgebra.DenseRow), 0),
                (typeof(LinearAlgebra), nameof(LinearAlgebra.BroadcastLanes), 0),
                (typeof(BatchActivations), nameof(BatchActivations.Relu), 0),
                (typeof(BatchActivations), nameof(BatchActivations.SoftplusBackward), 0),
                (typeof(BatchActivations), "Apply", 1),
                (typeof(BatchActivations), "Backward", 1),
                (typeof(VectorActivations), nameof(VectorActivations.TanhRow), 0),
                (typeof(VectorActivations), nameof(VectorActivations.SoftplusWithDerivative), 0),
                (typeof(Losses), nameof(Losses.SquaredErrorSum), 0),
                (typeof(Losses), nameof(Losses.SquaredErrorGradient), 0),
                (typeof(Losses), nameof(Losses.SquaredErrorLanes), 0),
                (typeof(Losses), nameof(Losses.SoftmaxCrossEntropyGradient), 0),
                (typeof(Losses), nameof(Losses.BinaryCrossEntropyWithLogitsGradient), 0),
                (typeof(Optimizers), nameof(Optimizers.Sgd), 0),
                (typeof(Optimizers), "SgdCore", 0),
                (typeof(Optimizers), nameof(Optimizers.Rprop), 0),
                (typeof(Optimizers), "RpropCore", 0),
                (typeof(Optimizers), nameof(Optimizers.AdamIsFinite), 0),
                (typeof(Optimizers), nameof(Optimizers.SgdIsFinite), 0),
                (typeof(Optimizers), nameof(Optimizers.RpropIsFinite), 0),
            ];
            foreach (var (type, name, arity) in expected)
            {
                var copies = type.GetMethods(flags).Where(m => m.Name == name && m.GetGenericArguments().Length == arity
                    && m.GetParameters().Any(p => p.ParameterType.ToString().Contains("System.Single", StringComparison.Ordinal))).ToList();
                Assert.True(copies.Count > 0, $"{type.Name}.{name}: no float copy of arity {arity}");
            }

            foreach (string activation in new[] { "Identity", "Relu", "Sigmoid", "Tanh", "Softplus" })
            {
                var copy = typeof(LaneActivations).GetNestedType(activation + "OfSingle");
                Assert.NotNull(copy);
                Assert.Contains(typeof(ILaneActivation<float>), copy!.GetInterfaces());
            }
        }

        private static string? Outcome(Action action)
        {
            try
            {
                action();
                return null;
            }
            catch (Exception e)
            {
                return e.GetType().Name + ": " + e.Message;
            }
        }

        private static float[] Values(Random random, int length, double scale)
            => Enumerable.Range(0, length).Select(_ => (float)((random.NextDouble() * 2 - 1) * scale)).ToArray();

        private static void AssertSameBits(float want, float got, string what)
            => Assert.True(BitConverter.SingleToInt32Bits(want) == BitConverter.SingleToInt32Bits(got), $"{what}: {want:R} (generic) vs {got:R} (copy)");

        private static void AssertSameBits(float[] want, float[] got, string what)
        {
            Assert.Equal(want.Length, got.Length);
            for (int i = 0; i < want.Length; i++)
            {
                AssertSameBits(want[i], got[i], $"{what} [{i}]");
            }
        }

        private static float Generic(string activation, float[] p, int hidden, float[] x, float[] t, float scale, float[] g, bool simd) => activation switch
        {
            "Identity" => ShallowNet.SquaredErrorGradients<float, LaneActivations.Identity<float>>(p, hidden, x, t, scale, g, simd),
            "Relu" => ShallowNet.SquaredErrorGradients<float, LaneActivations.Relu<float>>(p, hidden, x, t, scale, g, simd),
            "Sigmoid" => ShallowNet.SquaredErrorGradients<float, LaneActivations.Sigmoid<float>>(p, hidden, x, t, scale, g, simd),
            "Tanh" => ShallowNet.SquaredErrorGradients<float, LaneActivations.Tanh<float>>(p, hidden, x, t, scale, g, simd),
            "Softplus" => ShallowNet.SquaredErrorGradients<float, LaneActivations.Softplus<float>>(p, hidden, x, t, scale, g, simd),
            _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, "unknown activation"),
        };

        private static float Copy(string activation, float[] p, int hidden, float[] x, float[] t, float scale, float[] g, bool simd) => activation switch
        {
            "Identity" => ShallowNet.SquaredErrorGradients<LaneActivations.IdentityOfSingle>(p, hidden, x, t, scale, g, simd),
            "Relu" => ShallowNet.SquaredErrorGradients<LaneActivations.ReluOfSingle>(p, hidden, x, t, scale, g, simd),
            "Sigmoid" => ShallowNet.SquaredErrorGradients<LaneActivations.SigmoidOfSingle>(p, hidden, x, t, scale, g, simd),
            "Tanh" => ShallowNet.SquaredErrorGradients<LaneActivations.TanhOfSingle>(p, hidden, x, t, scale, g, simd),
            "Softplus" => ShallowNet.SquaredErrorGradients<LaneActivations.SoftplusOfSingle>(p, hidden, x, t, scale, g, simd),
            _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, "unknown activation"),
        };

        private static float GenericPredict(string activation, float[] p, int hidden, float x, bool simd) => activation switch
        {
            "Identity" => ShallowNet.Predict<float, LaneActivations.Identity<float>>(p, hidden, x, simd),
            "Relu" => ShallowNet.Predict<float, LaneActivations.Relu<float>>(p, hidden, x, simd),
            "Sigmoid" => ShallowNet.Predict<float, LaneActivations.Sigmoid<float>>(p, hidden, x, simd),
            "Tanh" => ShallowNet.Predict<float, LaneActivations.Tanh<float>>(p, hidden, x, simd),
            "Softplus" => ShallowNet.Predict<float, LaneActivations.Softplus<float>>(p, hidden, x, simd),
            _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, "unknown activation"),
        };

        private static float CopyPredict(string activation, float[] p, int hidden, float x, bool simd) => activation switch
        {
            "Identity" => ShallowNet.Predict<LaneActivations.IdentityOfSingle>(p, hidden, x, simd),
            "Relu" => ShallowNet.Predict<LaneActivations.ReluOfSingle>(p, hidden, x, simd),
            "Sigmoid" => ShallowNet.Predict<LaneActivations.SigmoidOfSingle>(p, hidden, x, simd),
            "Tanh" => ShallowNet.Predict<LaneActivations.TanhOfSingle>(p, hidden, x, simd),
            "Softplus" => ShallowNet.Predict<LaneActivations.SoftplusOfSingle>(p, hidden, x, simd),
            _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, "unknown activation"),
        };
    }

    /// <summary>The tutorial's network; its generated code calls the float copies.</summary>
    [Network(Seed = 1)]
    [Input(1)]
    [Dense(32), Activation(Relu)]
    [Dense(1)]
    [Adam(LearningRate = 0.01, Beta1 = 0.8)]
    public partial class FloatCopyQuadratic
    {
    }

    /// <summary>
    /// <see cref="FloatCopyQuadratic"/> written by hand with the generic run-time methods named explicitly (T = float):
    /// the same initialisation, TrainStep (Shallow gradients, finite checks, Adam with checkFinite) and optimizer.
    /// </summary>
    public sealed class GenericQuadratic : INeuralNetwork<float>
    {
        private const int Hidden = 32;
        private readonly float[] _parameters = new float[3 * Hidden + 1];
        private readonly float[] _gradients = new float[3 * Hidden + 1];
        private readonly float[] _firstMoment = new float[3 * Hidden + 1];
        private readonly float[] _secondMoment = new float[3 * Hidden + 1];
        private long _step;

        public GenericQuadratic()
        {
            var random = new DeterministicRandom(1);
            Initializers.InitializeDense<float>(new Span<float>(_parameters, 0, Hidden), new Span<float>(_parameters, Hidden, Hidden), 1, Hidden, Initialization.PyTorchDefault, random, double.NaN);
            Initializers.InitializeDense<float>(new Span<float>(_parameters, 2 * Hidden, Hidden), new Span<float>(_parameters, 3 * Hidden, 1), Hidden, 1, Initialization.PyTorchDefault, random, double.NaN);
        }

        public int InputSize => 1;

        public int OutputSize => 1;

        public int ParameterCount => _parameters.Length;

        public Span<float> Parameters => _parameters;

        public Span<float> Gradients => _gradients;

        public double LearningRate { get; set; } = 0.01;

        public float TrainStep(ReadOnlySpan<float> inputs, ReadOnlySpan<float> targets)
        {
            float loss = ComputeGradients(inputs, targets);
            OptimizerStep();
            return loss;
        }

        public float ComputeGradients(ReadOnlySpan<float> inputs, ReadOnlySpan<float> targets)
        {
            FiniteGuard.EnsureFinite<float>(inputs, 1, "inputs");
            FiniteGuard.EnsureFinite<float>(targets, 1, "targets");
            float scale = 1f / targets.Length;
            float loss = ShallowNet.SquaredErrorGradients<float, LaneActivations.Relu<float>>(_parameters, Hidden, inputs, targets, scale, _gradients) * scale;
            FiniteGuard.EnsureFiniteLoss<float>(loss);
            FiniteGuard.EnsureFiniteGradients<float>(_gradients);
            return loss;
        }

        public void OptimizerStep()
        {
            Optimizers.Adam<float>(_parameters, _gradients, _firstMoment, _secondMoment, _step + 1, LearningRate, 0.8, 0.999, 1E-08, 0.0, decoupledWeightDecay: false, checkFinite: true);
            _step++;
        }

        public void Predict(ReadOnlySpan<float> input, Span<float> output) => output[0] = ShallowNet.Predict<float, LaneActivations.Relu<float>>(_parameters, Hidden, input[0]);

        public void PredictBatch(ReadOnlySpan<float> inputs, Span<float> outputs)
        {
            for (int r = 0; r < inputs.Length; r++)
            {
                outputs[r] = ShallowNet.Predict<float, LaneActivations.Relu<float>>(_parameters, Hidden, inputs[r]);
            }
        }

        public float EvaluateLoss(ReadOnlySpan<float> inputs, ReadOnlySpan<float> targets) => throw new NotSupportedException("not used by Fit");

        public float EvaluateLoss(ReadOnlySpan<float> inputs, ReadOnlySpan<float> targets, Span<float> outputs) => throw new NotSupportedException("not used by Fit");

        public void ResetOptimizer() => throw new NotSupportedException("not used by Fit");
    }
}
