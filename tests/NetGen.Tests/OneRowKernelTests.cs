using System;
using System.Linq;
using System.Numerics;
using NetGen.Runtime;
using NetGen.Tests.Infrastructure;
using static NetGen.Activation;

namespace NetGen.Tests
{
    /// <summary>
    /// The per-row code's vector forms (issue 14, one-row training): the exp-based float activations applied to a
    /// layer's units in one call (VectorActivations.*Row), a layer's outputs in groups (LinearAlgebra.DenseRow), the
    /// weight gradient one vector row at a time (LinearAlgebra.RowWeightGradient) and the input gradient in vectors of
    /// inputs (LinearAlgebra.RowInputGradient), as kernels and inside generated per-row networks wide enough to use them.
    /// </summary>
    public class OneRowKernelTests
    {
        private delegate void RowActivation(ReadOnlySpan<float> z, Span<float> y);

        private static readonly (string Name, RowActivation Row, Func<Vector<float>, Vector<float>> PerVector, Func<double, double> Reference)[] RowActivations =
        [
            ("Sigmoid", VectorActivations.SigmoidRow<float>, VectorActivations.Sigmoid, x => 1 / (1 + Math.Exp(-x))),
            ("Tanh", VectorActivations.TanhRow<float>, VectorActivations.Tanh, Math.Tanh),
            ("Softplus", VectorActivations.SoftplusRow<float>, VectorActivations.Softplus, x => x > 20 ? x : Math.Log(1 + Math.Exp(x))),
        ];

        [Fact]
        public void Row_activations_give_every_unit_the_vector_formula_whatever_its_position()
        {
            var random = new DeterministicRandom(3);
            foreach (var (name, row, perVector, reference) in RowActivations)
            {
                // Lengths with no whole vector, whole vectors only, and whole vectors plus a partial tail.
                for (int units = 1; units <= 2 * Vector<float>.Count + 3; units++)
                {
                    float[] z = Enumerable.Range(0, units).Select(_ => (float)random.NextNormal(0, 8)).ToArray();
                    float[] y = new float[units];
                    row(z, y);
                    float[] inPlace = (float[])z.Clone();
                    row(inPlace, inPlace);
                    for (int j = 0; j < units; j++)
                    {
                        float alone = perVector(new Vector<float>(z[j]))[0];
                        Assert.True(alone.Equals(y[j]), $"{name}, {units} units, unit {j}: {y[j]:R}, alone {alone:R}");
                        Assert.True(alone.Equals(inPlace[j]), $"{name} in place, {units} units, unit {j}");
                        double want = reference(z[j]);
                        Assert.True(Math.Abs(y[j] - want) <= 4e-7 * Math.Max(1, Math.Abs(want)), $"{name}({z[j]:R}) = {y[j]:R}, reference {want:R}");
                    }
                }
            }
        }

        [Fact]
        public void Row_activation_spans_of_different_lengths_are_refused()
        {
            Assert.Throws<ArgumentException>(() => VectorActivations.SigmoidRow<float>(new float[5], new float[4]));
        }

        [Fact]
        public void Row_weight_gradient_equals_the_scalar_sums_bit_for_bit()
        {
            var random = new DeterministicRandom(5);
            foreach (int fanIn in new[] { 1, 7, 8, 14, 16, 19, 33 })
            {
                foreach (int fanOut in new[] { 1, 3, 16 })
                {
                    double[] draw(int n) => Enumerable.Range(0, n).Select(_ => random.NextNormal(0, 1)).ToArray();
                    double[] dz = draw(fanOut), x = draw(fanIn), gw = draw(fanIn * fanOut), gb = draw(fanOut);
                    double[] wantW = (double[])gw.Clone(), wantB = (double[])gb.Clone();
                    for (int j = 0; j < fanOut; j++)
                    {
                        for (int i = 0; i < fanIn; i++)
                        {
                            wantW[j * fanIn + i] += dz[j] * x[i];
                        }

                        wantB[j] += dz[j];
                    }

                    LinearAlgebra.RowWeightGradient<double>(dz, x, gw, gb);
                    Assert.Equal(wantW, gw);
                    Assert.Equal(wantB, gb);

                    float[] dzf = dz.Select(v => (float)v).ToArray(), xf = x.Select(v => (float)v).ToArray();
                    float[] gwf = new float[gw.Length], gbf = new float[fanOut], wantWf = new float[gw.Length], wantBf = new float[fanOut];
                    for (int j = 0; j < fanOut; j++)
                    {
                        for (int i = 0; i < fanIn; i++)
                        {
                            wantWf[j * fanIn + i] += dzf[j] * xf[i];
                        }

                        wantBf[j] += dzf[j];
                    }

                    LinearAlgebra.RowWeightGradient<float>(dzf, xf, gwf, gbf);
                    Assert.Equal(wantWf, gwf);
                    Assert.Equal(wantBf, gbf);
                }
            }
        }

        [Fact]
        public void Row_weight_gradient_refuses_mismatched_sizes()
        {
            Assert.Throws<ArgumentException>(() => LinearAlgebra.RowWeightGradient<float>(new float[3], new float[4], new float[11], new float[3]));
            Assert.Throws<ArgumentException>(() => LinearAlgebra.RowWeightGradient<float>(new float[3], new float[4], new float[12], new float[2]));
        }

        /// <summary>
        /// DenseRow's documented order, written out independently: lane l of output j sums w[j, i]·x[i] over i ≡ l
        /// (mod V) with the tail vector (inputs fanIn − V …, lanes already counted zeroed) first, then the lanes add
        /// pairwise.
        /// </summary>
        private static T DenseRowReference<T>(T[] w, T[] b, T[] x, int j) where T : struct, IFloatingPointIeee754<T>
        {
            int lanes = System.Runtime.Intrinsics.Vector256<T>.Count, fanIn = x.Length;
            int whole = fanIn - fanIn % lanes, tail = fanIn - lanes;
            var lane = new T[lanes];
            for (int l = 0; l < lanes; l++)
            {
                bool started = false;
                if (whole != fanIn)
                {
                    lane[l] = w[j * fanIn + tail + l] * (tail + l >= whole ? x[tail + l] : T.Zero);
                    started = true;
                }

                for (int i = l; i < whole; i += lanes)
                {
                    T product = w[j * fanIn + i] * x[i];
                    lane[l] = started ? lane[l] + product : product;
                    started = true;
                }
            }

            T sum = lanes == 8
                ? ((lane[0] + lane[1]) + (lane[2] + lane[3])) + ((lane[4] + lane[5]) + (lane[6] + lane[7]))
                : (lane[0] + lane[1]) + (lane[2] + lane[3]);
            return sum + b[j];
        }

        private static void CheckDenseRow<T>(int fanIn, int fanOut, DeterministicRandom random) where T : struct, IFloatingPointIeee754<T>
        {
            T[] draw(int n) => Enumerable.Range(0, n).Select(_ => T.CreateChecked(random.NextNormal(0, 1))).ToArray();
            T[] w = draw(fanIn * fanOut), b = draw(fanOut), x = draw(fanIn);
            // Scalar lanes (SIMD disabled), vectors reduced pair by pair, and AVX's horizontal adds where the CPU has them.
            foreach (var (simd, horizontalAdds) in new[] { (false, false), (true, false), (true, System.Runtime.Intrinsics.X86.Avx.IsSupported) })
            {
                var z = new T[fanOut];
                LinearAlgebra.DenseRow<T>(w, b, x, z, simd, horizontalAdds);
                for (int j = 0; j < fanOut; j++)
                {
                    T want = DenseRowReference(w, b, x, j);
                    Assert.True(want.Equals(z[j]), $"{typeof(T).Name} {fanIn}→{fanOut}, simd {simd}, horizontal adds {horizontalAdds}, output {j}: {z[j]}, reference order {want}");
                    double exact = double.CreateChecked(b[j]);
                    double magnitude = Math.Abs(exact);
                    for (int i = 0; i < fanIn; i++)
                    {
                        exact += double.CreateChecked(w[j * fanIn + i]) * double.CreateChecked(x[i]);
                        magnitude += Math.Abs(double.CreateChecked(w[j * fanIn + i]) * double.CreateChecked(x[i]));
                    }

                    double epsilon = typeof(T) == typeof(float) ? 1.2e-7 : 2.3e-16;
                    Assert.True(Math.Abs(double.CreateChecked(z[j]) - exact) <= 2 * fanIn * epsilon * magnitude, $"{typeof(T).Name} {fanIn}→{fanOut}, output {j}: {z[j]}, exact {exact:R}");
                }
            }
        }

        [Fact]
        public void Dense_row_sums_in_its_documented_order_on_every_path()
        {
            var random = new DeterministicRandom(17);
            foreach (int fanIn in new[] { 8, 9, 12, 14, 16, 17, 31, 40 })
            {
                foreach (int fanOut in new[] { 1, 3, 4, 5, 7, 8, 9, 16, 17 })
                {
                    CheckDenseRow<float>(fanIn, fanOut, random);
                    CheckDenseRow<double>(fanIn, fanOut, random);
                }
            }

            // Four inputs are one vector of double.
            CheckDenseRow<double>(4, 6, random);
            CheckDenseRow<double>(5, 3, random);
        }

        [Fact]
        public void Dense_row_refuses_short_inputs_and_mismatched_sizes()
        {
            Assert.Throws<ArgumentException>(() => LinearAlgebra.DenseRow<float>(new float[21], new float[3], new float[7], new float[3]));
            Assert.Throws<ArgumentException>(() => LinearAlgebra.DenseRow<float>(new float[24], new float[2], new float[8], new float[3]));
            Assert.Throws<ArgumentException>(() => LinearAlgebra.DenseRow<float>(new float[23], new float[3], new float[8], new float[3]));
        }

        [Fact]
        public void Row_input_gradient_equals_the_unrolled_sums_bit_for_bit()
        {
            var random = new DeterministicRandom(19);
            foreach (int fanIn in new[] { 1, 7, 8, 14, 16, 19, 33 })
            {
                foreach (int fanOut in new[] { 1, 3, 16 })
                {
                    double[] w = Enumerable.Range(0, fanIn * fanOut).Select(_ => random.NextNormal(0, 1)).ToArray();
                    double[] dz = Enumerable.Range(0, fanOut).Select(_ => random.NextNormal(0, 1)).ToArray();
                    float[] wf = w.Select(v => (float)v).ToArray(), dzf = dz.Select(v => (float)v).ToArray();
                    var dx = new double[fanIn];
                    var dxf = new float[fanIn];
                    LinearAlgebra.RowInputGradient<double>(w, dz, dx);
                    LinearAlgebra.RowInputGradient<float>(wf, dzf, dxf);
                    for (int i = 0; i < fanIn; i++)
                    {
                        // The generated scalar propagation: p[i] * dz0 + p[fanIn + i] * dz1 + …
                        double want = w[i] * dz[0];
                        float wantF = wf[i] * dzf[0];
                        for (int j = 1; j < fanOut; j++)
                        {
                            want += w[j * fanIn + i] * dz[j];
                            wantF += wf[j * fanIn + i] * dzf[j];
                        }

                        Assert.Equal(want, dx[i]);
                        Assert.True(wantF.Equals(dxf[i]), $"{fanIn}→{fanOut}, input {i}: {dxf[i]:R}, scalar {wantF:R}");
                    }
                }
            }

            Assert.Throws<ArgumentException>(() => LinearAlgebra.RowInputGradient<float>(new float[11], new float[3], new float[4]));
            Assert.Throws<ArgumentException>(() => LinearAlgebra.RowInputGradient<float>(new float[0], new float[0], new float[4]));
        }

        private static readonly (int Out, Func<double, double> F, Func<double, double> Derivative)[] SigmoidLayers =
        [
            (16, Sigmoid, z => Sigmoid(z) * (1 - Sigmoid(z))),
            (3, Sigmoid, z => Sigmoid(z) * (1 - Sigmoid(z))),
        ];

        private static readonly (int Out, Func<double, double> F, Func<double, double> Derivative)[] SoftplusLayers =
        [
            (12, Softplus, Sigmoid),
            (10, Math.Tanh, z => 1 - Math.Tanh(z) * Math.Tanh(z)),
            (2, z => z, _ => 1),
        ];

        private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

        private static double Softplus(double z) => z > 20 ? z : Math.Log(1 + Math.Exp(z));

        [Fact]
        public void Float_per_row_networks_match_a_double_reference()
        {
            Check(new OneRow_Sigmoid_F32(), 14, SigmoidLayers);
            Check(new OneRow_Softplus_F32(), 9, SoftplusLayers);
        }

        [Fact]
        public void Double_per_row_networks_match_central_differences()
        {
            foreach (INeuralNetwork<double> net in new INeuralNetwork<double>[] { new OneRow_Sigmoid(), new OneRow_Softplus() })
            {
                var (inputs, targets) = GradientCheckTests.Batch<double>(net.InputSize, net.OutputSize, Loss.MeanSquaredError, 5, seed: 7);
                GradientCheckTests.Randomize(net.Parameters, seed: 11);
                var numeric = GradientCheckTests.CentralDifferences(net, inputs, targets);
                net.ComputeGradients(inputs, targets);
                var analytic = net.Gradients.ToArray();
                for (int i = 0; i < analytic.Length; i++)
                {
                    if (double.IsNaN(numeric[i]))
                    {
                        continue; // not in the checked sample (nets over 200 parameters)
                    }

                    double limit = 1e-6 * Math.Max(Math.Abs(numeric[i]), Math.Abs(analytic[i])) + 1e-8;
                    Assert.True(Math.Abs(analytic[i] - numeric[i]) <= limit, $"{net.GetType().Name}: parameter {i}: analytic {analytic[i]:R}, numeric {numeric[i]:R}");
                }

                Assert.Contains(analytic, g => Math.Abs(g) > 1e-6);
            }
        }

        [Fact]
        public void One_row_steps_and_predictions_allocate_nothing()
        {
            var single = new OneRow_Sigmoid_F32();
            var (x, y) = GradientCheckTests.Batch<float>(OneRow_Sigmoid_F32.InputSize, OneRow_Sigmoid_F32.OutputSize, Loss.MeanSquaredError, 1, seed: 3);
            var output = new float[OneRow_Sigmoid_F32.OutputSize];
            Assert.Equal(0, Allocations.Least(() => single.TrainStep(x, y), times: 200, warmUp: 50));
            Assert.Equal(0, Allocations.Least(() => single.Predict(x, output), times: 200, warmUp: 50));
            var twin = new OneRow_Sigmoid();
            var (xd, yd) = GradientCheckTests.Batch<double>(OneRow_Sigmoid.InputSize, OneRow_Sigmoid.OutputSize, Loss.MeanSquaredError, 1, seed: 3);
            Assert.Equal(0, Allocations.Least(() => twin.TrainStep(xd, yd), times: 200, warmUp: 50));
        }

        /// <summary>Loss, gradients and Predict of a float net against the same MLP in double, written out here.</summary>
        private static void Check(INeuralNetwork<float> net, int inputSize, (int Out, Func<double, double> F, Func<double, double> Derivative)[] layers)
        {
            const int Rows = 5;
            var (inputs, targets) = GradientCheckTests.Batch<float>(net.InputSize, net.OutputSize, Loss.MeanSquaredError, Rows, seed: 7);
            GradientCheckTests.Randomize(net.Parameters, seed: 11);
            double[] p = net.Parameters.ToArray().Select(v => (double)v).ToArray();
            var gradient = new double[p.Length];
            double lossSum = 0;
            int outputs = layers[^1].Out;
            for (int r = 0; r < Rows; r++)
            {
                // Forward, keeping each layer's input and pre-activation.
                var xs = new double[layers.Length + 1][];
                var zs = new double[layers.Length][];
                xs[0] = inputs.Skip(r * inputSize).Take(inputSize).Select(v => (double)v).ToArray();
                int offset = 0;
                var offsets = new int[layers.Length];
                for (int l = 0; l < layers.Length; l++)
                {
                    int fanIn = xs[l].Length, fanOut = layers[l].Out;
                    offsets[l] = offset;
                    zs[l] = new double[fanOut];
                    for (int j = 0; j < fanOut; j++)
                    {
                        double z = p[offset + fanIn * fanOut + j];
                        for (int i = 0; i < fanIn; i++)
                        {
                            z += p[offset + j * fanIn + i] * xs[l][i];
                        }

                        zs[l][j] = z;
                    }

                    xs[l + 1] = zs[l].Select(layers[l].F).ToArray();
                    offset += (fanIn + 1) * fanOut;
                }

                float[] predicted = new float[outputs];
                net.Predict(inputs.AsSpan(r * inputSize, inputSize), predicted);
                var delta = new double[outputs];
                for (int j = 0; j < outputs; j++)
                {
                    double y = xs[^1][j], t = targets[r * outputs + j];
                    Assert.True(Math.Abs(predicted[j] - y) <= 1e-5 * Math.Max(1, Math.Abs(y)), $"{net.GetType().Name}: Predict row {r} output {j}: {predicted[j]:R}, reference {y:R}");
                    lossSum += (y - t) * (y - t);
                    delta[j] = 2 * (y - t) / (Rows * outputs);
                }

                // Backward.
                for (int l = layers.Length - 1; l >= 0; l--)
                {
                    int fanIn = xs[l].Length, fanOut = layers[l].Out;
                    var dz = delta.Select((d, j) => d * layers[l].Derivative(zs[l][j])).ToArray();
                    var previous = new double[fanIn];
                    for (int j = 0; j < fanOut; j++)
                    {
                        for (int i = 0; i < fanIn; i++)
                        {
                            gradient[offsets[l] + j * fanIn + i] += dz[j] * xs[l][i];
                            previous[i] += p[offsets[l] + j * fanIn + i] * dz[j];
                        }

                        gradient[offsets[l] + fanIn * fanOut + j] += dz[j];
                    }

                    delta = previous;
                }
            }

            double wantLoss = lossSum / (Rows * outputs);
            float loss = net.ComputeGradients(inputs, targets);
            Assert.True(Math.Abs(loss - wantLoss) <= 1e-5 * Math.Max(1, wantLoss), $"{net.GetType().Name}: loss {loss:R}, reference {wantLoss:R}");
            double largest = gradient.Max(Math.Abs);
            Assert.True(largest > 1e-3, "the reference gradient is not trivially zero");
            float[] analytic = net.Gradients.ToArray();
            for (int i = 0; i < analytic.Length; i++)
            {
                Assert.True(Math.Abs(analytic[i] - gradient[i]) <= 1e-5 * largest, $"{net.GetType().Name}: parameter {i}: {analytic[i]:R}, reference {gradient[i]:R}");
            }
        }
    }

    // One-row training's shape (14→16 Sigmoid→3 Sigmoid) and a Softplus (pre-activation kept) / Tanh / Identity net,
    // wide enough (≥ 8 inputs per layer) for the vector weight-gradient rows; float and double, trained per row.
    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1)]
    [Input(14)]
    [Dense(16), Activation(Sigmoid)]
    [Dense(3), Activation(Sigmoid)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class OneRow_Sigmoid_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(14)]
    [Dense(16), Activation(Sigmoid)]
    [Dense(3), Activation(Sigmoid)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class OneRow_Sigmoid { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1)]
    [Input(9)]
    [Dense(12), Activation(Softplus)]
    [Dense(10), Activation(Tanh)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class OneRow_Softplus_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(9)]
    [Dense(12), Activation(Softplus)]
    [Dense(10), Activation(Tanh)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class OneRow_Softplus { }
}
