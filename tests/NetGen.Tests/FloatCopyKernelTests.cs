using System;
using System.Linq;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using NetGen.Runtime;

namespace NetGen.Tests
{
    /// <summary>Shared inputs and bit comparisons of the float-copy kernel tests (a copy against its generic method with T = float).</summary>
    internal static class FloatCopyCheck
    {
        /// <summary>NaN, ±∞, subnormals, the largest float and −0: each copy keeps what the generic method does with them.</summary>
        public static readonly float[] Special = [float.NaN, float.PositiveInfinity, float.NegativeInfinity, 1e-40f, -1e-45f, float.MaxValue, -0f];

        /// <summary>Random values in ±scale; with <paramref name="special"/> ≥ 0, one special value every few elements.</summary>
        public static float[] Values(int seed, int length, double scale, int special = -1)
        {
            var random = new Random(seed);
            var values = Enumerable.Range(0, length).Select(_ => (float)((random.NextDouble() * 2 - 1) * scale)).ToArray();
            if (special >= 0)
            {
                for (int i = special % 7; i < length; i += 7)
                {
                    values[i] = Special[(special + i / 7) % Special.Length];
                }
            }

            return values;
        }

        public static void Same(float want, float got, string what)
            => Assert.True(BitConverter.SingleToInt32Bits(want) == BitConverter.SingleToInt32Bits(got), $"{what}: {want:R} (generic) vs {got:R} (copy)");

        public static void Same(ReadOnlySpan<float> want, ReadOnlySpan<float> got, string what)
        {
            Assert.Equal(want.Length, got.Length);
            for (int i = 0; i < want.Length; i++)
            {
                Same(want[i], got[i], $"{what} [{i}]");
            }
        }

        public static string? Outcome(Action action)
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

        /// <summary>(simd, wide): scalar, Vector&lt;T&gt;, and 512-bit (emulated where the hardware lacks it).</summary>
        public static TheoryData<bool, bool> Paths() => new() { { false, false }, { true, false }, { true, true } };

        public static Span<float> Floats<TVector>(Span<TVector> vectors) where TVector : struct => MemoryMarshal.Cast<TVector, float>(vectors);
    }

    /// <summary>The batch-major dense kernels' copies (every path: 1→N, blocked, 512-bit, tails) and Dot, Axpy, RowWeightGradient, RowInputGradient, DenseRow.</summary>
    public class DenseWidthFloatCopyTests
    {
        private static readonly int[] Rows = [1, 2, 3, 5, 7, 13];
        private static readonly int[] FanIns = [1, 2, 7, 8, 9, 16, 17, 33];
        private static readonly int[] FanOuts = [1, 2, 5, 6, 8, 12, 13, 17, 24];

        public static TheoryData<bool, bool> Paths() => FloatCopyCheck.Paths();

        [Theory]
        [MemberData(nameof(Paths))]
        public void Dense_kernel_copies_give_the_generic_bits(bool simd, bool wide)
        {
            int shape = 0;
            foreach (int rows in Rows)
            {
                foreach (int fanIn in FanIns)
                {
                    foreach (int fanOut in FanOuts)
                    {
                        // Every fifth shape with special values in the inputs (they must flow through alike).
                        int special = shape++ % 5 == 0 ? shape : -1;
                        float[] x = FloatCopyCheck.Values(shape, rows * fanIn, 2.0, special);
                        float[] w = FloatCopyCheck.Values(shape + 1, fanOut * fanIn, 1.0);
                        float[] b = FloatCopyCheck.Values(shape + 2, fanOut, 1.0);
                        float[] dz = FloatCopyCheck.Values(shape + 3, rows * fanOut, 1.0, special);
                        string at = $"rows {rows} fanIn {fanIn} fanOut {fanOut} simd {simd} wide {wide}";

                        var (want, got) = (new float[rows * fanOut], new float[rows * fanOut]);
                        LinearAlgebra.DenseForward<float>(x, w, b, want, rows, fanIn, fanOut, simd, wide);
                        LinearAlgebra.DenseForward((ReadOnlySpan<float>)x, w, b, got, rows, fanIn, fanOut, simd, wide);
                        FloatCopyCheck.Same(want, got, at + " forward");

                        foreach (bool accumulate in new[] { true, false })
                        {
                            float[] gw0 = FloatCopyCheck.Values(shape + 4, fanOut * fanIn, 0.5), gb0 = FloatCopyCheck.Values(shape + 5, fanOut, 0.5);
                            var (wantW, wantB, gotW, gotB) = ((float[])gw0.Clone(), (float[])gb0.Clone(), (float[])gw0.Clone(), (float[])gb0.Clone());
                            LinearAlgebra.DenseWeightGradient<float>(dz, x, wantW, wantB, rows, fanIn, fanOut, simd, wide, accumulate);
                            LinearAlgebra.DenseWeightGradient((ReadOnlySpan<float>)dz, x, gotW, gotB, rows, fanIn, fanOut, simd, wide, accumulate);
                            FloatCopyCheck.Same(wantW, gotW, $"{at} accumulate {accumulate} weight gradient");
                            FloatCopyCheck.Same(wantB, gotB, $"{at} accumulate {accumulate} bias gradient");
                        }

                        var (wantDx, gotDx) = (new float[rows * fanIn], new float[rows * fanIn]);
                        LinearAlgebra.DenseInputGradient<float>(dz, w, wantDx, rows, fanIn, fanOut, simd, wide);
                        LinearAlgebra.DenseInputGradient((ReadOnlySpan<float>)dz, w, gotDx, rows, fanIn, fanOut, simd, wide);
                        FloatCopyCheck.Same(wantDx, gotDx, at + " input gradient");
                    }
                }
            }
        }

        [Fact]
        public void Dense_kernel_copies_throw_the_generic_messages()
        {
            float[] x = new float[6], w = new float[6], b = new float[2], z = new float[5];
            string? generic = FloatCopyCheck.Outcome(() => LinearAlgebra.DenseForward<float>(x, w, b, z, 2, 3, 2));
            Assert.NotNull(generic);
            Assert.Equal(generic, FloatCopyCheck.Outcome(() => LinearAlgebra.DenseForward((ReadOnlySpan<float>)x, w, b, z, 2, 3, 2)));
            generic = FloatCopyCheck.Outcome(() => LinearAlgebra.DenseInputGradient<float>(z, w, x, 2, 3, 2));
            Assert.NotNull(generic);
            Assert.Equal(generic, FloatCopyCheck.Outcome(() => LinearAlgebra.DenseInputGradient((ReadOnlySpan<float>)z, w, x, 2, 3, 2)));
        }

        [Fact]
        public void Dot_Axpy_and_row_kernel_copies_give_the_generic_bits()
        {
            foreach (bool simd in new[] { true, false })
            {
                foreach (int length in Enumerable.Range(0, 42).Concat([63, 64, 65, 100]))
                {
                    int special = length % 3 == 0 ? length : -1;
                    float[] a = FloatCopyCheck.Values(length, length, 2.0, special), c = FloatCopyCheck.Values(length + 1, length, 2.0);
                    string at = $"length {length} simd {simd}";
                    FloatCopyCheck.Same(LinearAlgebra.Dot<float>(a, c, simd), LinearAlgebra.Dot((ReadOnlySpan<float>)a, c, simd), at + " dot");

                    var (want, got) = ((float[])c.Clone(), (float[])c.Clone());
                    LinearAlgebra.Axpy<float>(0.3f, a, want, simd);
                    LinearAlgebra.Axpy(0.3f, (ReadOnlySpan<float>)a, got, simd);
                    FloatCopyCheck.Same(want, got, at + " axpy");
                }
            }

            foreach (int fanIn in new[] { 1, 3, 8, 9, 16, 17, 40 })
            {
                foreach (int fanOut in new[] { 1, 2, 7 })
                {
                    float[] dz = FloatCopyCheck.Values(fanOut, fanOut, 1.0, fanIn), x = FloatCopyCheck.Values(fanIn, fanIn, 1.0);
                    float[] gw = FloatCopyCheck.Values(fanIn + fanOut, fanIn * fanOut, 1.0), gb = FloatCopyCheck.Values(fanOut + 9, fanOut, 1.0);
                    var (wantW, wantB, gotW, gotB) = ((float[])gw.Clone(), (float[])gb.Clone(), (float[])gw.Clone(), (float[])gb.Clone());
                    LinearAlgebra.RowWeightGradient<float>(dz, x, wantW, wantB);
                    LinearAlgebra.RowWeightGradient((ReadOnlySpan<float>)dz, x, gotW, gotB);
                    FloatCopyCheck.Same(wantW, gotW, $"fanIn {fanIn} fanOut {fanOut} row weight gradient");
                    FloatCopyCheck.Same(wantB, gotB, $"fanIn {fanIn} fanOut {fanOut} row bias gradient");

                    var (wantX, gotX) = (new float[fanIn], new float[fanIn]);
                    LinearAlgebra.RowInputGradient<float>(gw, dz, wantX);
                    LinearAlgebra.RowInputGradient((ReadOnlySpan<float>)gw, dz, gotX);
                    FloatCopyCheck.Same(wantX, gotX, $"fanIn {fanIn} fanOut {fanOut} row input gradient");
                    if (fanIn >= 8)
                    {
                        foreach (var (simd, horizontalAdds) in new[] { (false, false), (true, false), (true, System.Runtime.Intrinsics.X86.Avx.IsSupported) })
                        {
                            var (wantZ, gotZ) = (new float[fanOut], new float[fanOut]);
                            LinearAlgebra.DenseRow<float>(gw, dz, x, wantZ, simd, horizontalAdds);
                            LinearAlgebra.DenseRow((ReadOnlySpan<float>)gw, dz, x, gotZ, simd, horizontalAdds);
                            FloatCopyCheck.Same(wantZ, gotZ, $"fanIn {fanIn} fanOut {fanOut} dense row, simd {simd}, horizontal adds {horizontalAdds}");
                        }
                    }
                }
            }
        }
    }

    /// <summary>The lane helpers' copies: BroadcastLanes and SumLanes at both widths.</summary>
    public class LaneWidthFloatCopyTests
    {
        [Fact]
        public void Lane_helper_copies_give_the_generic_bits()
        {
            foreach (int count in new[] { 0, 1, 3, 7, 8, 9, 16, 17, 33 })
            {
                float[] values = FloatCopyCheck.Values(count, count, 3.0, count);
                var (want, got) = (new Vector<float>[count], new Vector<float>[count]);
                LinearAlgebra.BroadcastLanes<float>(values, want);
                LinearAlgebra.BroadcastLanes((ReadOnlySpan<float>)values, got);
                FloatCopyCheck.Same(FloatCopyCheck.Floats<Vector<float>>(want), FloatCopyCheck.Floats<Vector<float>>(got), $"broadcast {count}");

                foreach (bool simd in new[] { true, false })
                {
                    var vectors = new Vector<float>[count];
                    FloatCopyCheck.Values(count + 50, count * Vector<float>.Count, 2.0, count).CopyTo(FloatCopyCheck.Floats<Vector<float>>(vectors));
                    var (wantSums, gotSums) = (new float[count], new float[count]);
                    LinearAlgebra.SumLanes<float>(vectors, wantSums, simd);
                    LinearAlgebra.SumLanes((ReadOnlySpan<Vector<float>>)vectors, gotSums, simd);
                    FloatCopyCheck.Same(wantSums, gotSums, $"sum lanes {count} simd {simd}");

                    var wide = new Vector512<float>[count];
                    FloatCopyCheck.Values(count + 90, count * Vector512<float>.Count, 2.0, count).CopyTo(FloatCopyCheck.Floats<Vector512<float>>(wide));
                    (wantSums, gotSums) = (new float[count], new float[count]);
                    LinearAlgebra.SumLanes<float>(wide, wantSums, simd);
                    LinearAlgebra.SumLanes((ReadOnlySpan<Vector512<float>>)wide, gotSums, simd);
                    FloatCopyCheck.Same(wantSums, gotSums, $"sum 512-bit lanes {count} simd {simd}");
                }
            }
        }
    }

    /// <summary>The activations' copies: BatchActivations (both widths), the row forms, the layer forms and the 512-bit lane forms.</summary>
    public class VectorActivationFloatCopyTests
    {
        private static readonly int[] Lengths = [.. Enumerable.Range(0, 34), 47, 48, 49, 63, 64, 65, 100];

        public static TheoryData<bool, bool> Paths() => FloatCopyCheck.Paths();

        [Theory]
        [MemberData(nameof(Paths))]
        public void BatchActivation_copies_give_the_generic_bits(bool simd, bool wide)
        {
            foreach (int length in Lengths)
            {
                foreach (int special in new[] { -1, length })
                {
                    float[] z = FloatCopyCheck.Values(length, length, 6.0, special), dz = FloatCopyCheck.Values(length + 1, length, 1.0);
                    string at = $"length {length} special {special} simd {simd} wide {wide}";
                    Check(z, dz, at + " relu", (a, b) => BatchActivations.Apply<LaneActivations.Relu<float>, float>(a, b, simd, wide), (a, b) => BatchActivations.Apply<LaneActivations.ReluOfSingle>(a, b, simd, wide),
                        (a, b) => BatchActivations.Backward<LaneActivations.Relu<float>, float>(a, b, simd, wide), (a, b) => BatchActivations.Backward<LaneActivations.ReluOfSingle>(a, b, simd, wide));
                    Check(z, dz, at + " sigmoid", (a, b) => BatchActivations.Apply<LaneActivations.Sigmoid<float>, float>(a, b, simd, wide), (a, b) => BatchActivations.Apply<LaneActivations.SigmoidOfSingle>(a, b, simd, wide),
                        (a, b) => BatchActivations.Backward<LaneActivations.Sigmoid<float>, float>(a, b, simd, wide), (a, b) => BatchActivations.Backward<LaneActivations.SigmoidOfSingle>(a, b, simd, wide));
                    Check(z, dz, at + " tanh", (a, b) => BatchActivations.Apply<LaneActivations.Tanh<float>, float>(a, b, simd, wide), (a, b) => BatchActivations.Apply<LaneActivations.TanhOfSingle>(a, b, simd, wide),
                        (a, b) => BatchActivations.Backward<LaneActivations.Tanh<float>, float>(a, b, simd, wide), (a, b) => BatchActivations.Backward<LaneActivations.TanhOfSingle>(a, b, simd, wide));
                    Check(z, dz, at + " softplus", (a, b) => BatchActivations.Apply<LaneActivations.Softplus<float>, float>(a, b, simd, wide), (a, b) => BatchActivations.Apply<LaneActivations.SoftplusOfSingle>(a, b, simd, wide),
                        (a, b) => BatchActivations.Backward<LaneActivations.Softplus<float>, float>(a, b, simd, wide), (a, b) => BatchActivations.Backward<LaneActivations.SoftplusOfSingle>(a, b, simd, wide));
                }
            }
        }

        [Fact]
        public void Public_batch_row_and_layer_copies_give_the_generic_bits()
        {
            foreach (int length in Lengths)
            {
                float[] z = FloatCopyCheck.Values(length + 7, length, 6.0, length), dz = FloatCopyCheck.Values(length + 8, length, 1.0);
                string at = $"length {length}";
                Check(z, dz, at + " relu", (a, b) => BatchActivations.Relu<float>(a, b), (a, b) => BatchActivations.Relu((ReadOnlySpan<float>)a, b),
                    (a, b) => BatchActivations.ReluBackward<float>(a, b), (a, b) => BatchActivations.ReluBackward((ReadOnlySpan<float>)a, b));
                Check(z, dz, at + " sigmoid", (a, b) => BatchActivations.Sigmoid<float>(a, b), (a, b) => BatchActivations.Sigmoid((ReadOnlySpan<float>)a, b),
                    (a, b) => BatchActivations.SigmoidBackward<float>(a, b), (a, b) => BatchActivations.SigmoidBackward((ReadOnlySpan<float>)a, b));
                Check(z, dz, at + " tanh", (a, b) => BatchActivations.Tanh<float>(a, b), (a, b) => BatchActivations.Tanh((ReadOnlySpan<float>)a, b),
                    (a, b) => BatchActivations.TanhBackward<float>(a, b), (a, b) => BatchActivations.TanhBackward((ReadOnlySpan<float>)a, b));
                Check(z, dz, at + " softplus", (a, b) => BatchActivations.Softplus<float>(a, b), (a, b) => BatchActivations.Softplus((ReadOnlySpan<float>)a, b),
                    (a, b) => BatchActivations.SoftplusBackward<float>(a, b), (a, b) => BatchActivations.SoftplusBackward((ReadOnlySpan<float>)a, b));

                Check(z, at + " sigmoid row", (a, b) => VectorActivations.SigmoidRow<float>(a, b), (a, b) => VectorActivations.SigmoidRow((ReadOnlySpan<float>)a, b));
                Check(z, at + " tanh row", (a, b) => VectorActivations.TanhRow<float>(a, b), (a, b) => VectorActivations.TanhRow((ReadOnlySpan<float>)a, b));
                Check(z, at + " softplus row", (a, b) => VectorActivations.SoftplusRow<float>(a, b), (a, b) => VectorActivations.SoftplusRow((ReadOnlySpan<float>)a, b));
            }

            foreach (int count in new[] { 0, 1, 2, 5 })
            {
                var z = new Vector<float>[count];
                FloatCopyCheck.Values(count, count * Vector<float>.Count, 6.0, count).CopyTo(FloatCopyCheck.Floats<Vector<float>>(z));
                var z512 = new Vector512<float>[count];
                FloatCopyCheck.Values(count + 3, count * 16, 6.0, count).CopyTo(FloatCopyCheck.Floats<Vector512<float>>(z512));
                string at = $"{count} vectors";
                Layer(z, at + " sigmoid", (a, b) => VectorActivations.Sigmoid<float>(a, b), (a, b) => VectorActivations.Sigmoid((ReadOnlySpan<Vector<float>>)a, b));
                Layer(z, at + " tanh", (a, b) => VectorActivations.Tanh<float>(a, b), (a, b) => VectorActivations.Tanh((ReadOnlySpan<Vector<float>>)a, b));
                Layer(z, at + " softplus", (a, b) => VectorActivations.Softplus<float>(a, b), (a, b) => VectorActivations.Softplus((ReadOnlySpan<Vector<float>>)a, b));
                Layer(z512, at + " 512 sigmoid", (a, b) => VectorActivations.Sigmoid<float>(a, b), (a, b) => VectorActivations.Sigmoid((ReadOnlySpan<Vector512<float>>)a, b));
                Layer(z512, at + " 512 tanh", (a, b) => VectorActivations.Tanh<float>(a, b), (a, b) => VectorActivations.Tanh((ReadOnlySpan<Vector512<float>>)a, b));
                Layer(z512, at + " 512 softplus", (a, b) => VectorActivations.Softplus<float>(a, b), (a, b) => VectorActivations.Softplus((ReadOnlySpan<Vector512<float>>)a, b));

                var (wantY, wantD, gotY, gotD) = (new Vector<float>[count], new Vector<float>[count], new Vector<float>[count], new Vector<float>[count]);
                VectorActivations.SoftplusWithDerivative<float>(z, wantY, wantD);
                VectorActivations.SoftplusWithDerivative((ReadOnlySpan<Vector<float>>)z, gotY, gotD);
                FloatCopyCheck.Same(FloatCopyCheck.Floats<Vector<float>>(wantY), FloatCopyCheck.Floats<Vector<float>>(gotY), at + " softplus with derivative");
                FloatCopyCheck.Same(FloatCopyCheck.Floats<Vector<float>>(wantD), FloatCopyCheck.Floats<Vector<float>>(gotD), at + " softplus derivative");
                var (wantY512, wantD512, gotY512, gotD512) = (new Vector512<float>[count], new Vector512<float>[count], new Vector512<float>[count], new Vector512<float>[count]);
                VectorActivations.SoftplusWithDerivative<float>(z512, wantY512, wantD512);
                VectorActivations.SoftplusWithDerivative((ReadOnlySpan<Vector512<float>>)z512, gotY512, gotD512);
                FloatCopyCheck.Same(FloatCopyCheck.Floats<Vector512<float>>(wantY512), FloatCopyCheck.Floats<Vector512<float>>(gotY512), at + " 512 softplus with derivative");
                FloatCopyCheck.Same(FloatCopyCheck.Floats<Vector512<float>>(wantD512), FloatCopyCheck.Floats<Vector512<float>>(gotD512), at + " 512 softplus derivative");

                for (int k = 0; k < count; k++)
                {
                    var v = z512[k];
                    Same(VectorActivations.Relu<float>(v), VectorActivations.Relu(v), at + " 512 relu");
                    Same(VectorActivations.ReluDerivativeFromOutput<float>(v), VectorActivations.ReluDerivativeFromOutput(v), at + " 512 relu'");
                    Same(VectorActivations.Sigmoid<float>(v), VectorActivations.Sigmoid(v), at + " 512 sigmoid lanes");
                    Same(VectorActivations.SigmoidDerivativeFromOutput<float>(v), VectorActivations.SigmoidDerivativeFromOutput(v), at + " 512 sigmoid'");
                    Same(VectorActivations.Tanh<float>(v), VectorActivations.Tanh(v), at + " 512 tanh lanes");
                    Same(VectorActivations.TanhDerivativeFromOutput<float>(v), VectorActivations.TanhDerivativeFromOutput(v), at + " 512 tanh'");
                    Same(VectorActivations.Softplus<float>(v), VectorActivations.Softplus(v), at + " 512 softplus lanes");
                    Same(VectorActivations.SoftplusDerivative<float>(v), VectorActivations.SoftplusDerivative(v), at + " 512 softplus'");
                }
            }
        }

        private delegate void Kernel(float[] input, float[] output);

        private delegate void LayerKernel<TVector>(TVector[] input, TVector[] output);

        private static void Check(float[] z, float[] dz, string what, Kernel genericApply, Kernel copyApply, Kernel genericBackward, Kernel copyBackward)
        {
            Check(z, what, genericApply, copyApply);
            var (want, got) = ((float[])dz.Clone(), (float[])dz.Clone());
            genericBackward(z, want);
            copyBackward(z, got);
            FloatCopyCheck.Same(want, got, what + " backward");
        }

        private static void Check(float[] z, string what, Kernel generic, Kernel copy)
        {
            var (want, got) = (new float[z.Length], new float[z.Length]);
            generic(z, want);
            copy(z, got);
            FloatCopyCheck.Same(want, got, what);
        }

        private static void Layer<TVector>(TVector[] z, string what, LayerKernel<TVector> generic, LayerKernel<TVector> copy) where TVector : struct
        {
            var (want, got) = (new TVector[z.Length], new TVector[z.Length]);
            generic(z, want);
            copy(z, got);
            FloatCopyCheck.Same(FloatCopyCheck.Floats<TVector>(want), FloatCopyCheck.Floats<TVector>(got), what);
        }

        private static void Same(Vector512<float> want, Vector512<float> got, string what)
        {
            for (int i = 0; i < Vector512<float>.Count; i++)
            {
                FloatCopyCheck.Same(want[i], got[i], $"{what} lane {i}");
            }
        }
    }

    /// <summary>The losses' copies (Softmax cross-entropy on both of its paths), as the generated code calls them.</summary>
    public class SoftmaxLossFloatCopyTests
    {
        [Fact]
        public void Loss_copies_give_the_generic_bits()
        {
            foreach (int length in new[] { 1, 2, 3, 7, 8, 9, 10, 16, 17, 33 })
            {
                foreach (int special in new[] { -1, length })
                {
                    float[] y = FloatCopyCheck.Values(length, length, 4.0, special), t = FloatCopyCheck.Values(length + 1, length, 1.0);
                    float[] probabilities = t.Select(Math.Abs).ToArray();
                    string at = $"length {length} special {special}";
                    FloatCopyCheck.Same(Losses.SquaredErrorSum<float>(y, t), Losses.SquaredErrorSum((ReadOnlySpan<float>)y, t), at + " squared error");
                    FloatCopyCheck.Same(Losses.AbsoluteErrorSum<float>(y, t), Losses.AbsoluteErrorSum((ReadOnlySpan<float>)y, t), at + " absolute error");
                    FloatCopyCheck.Same(Losses.HuberSum<float>(y, t, 0.7f), Losses.HuberSum((ReadOnlySpan<float>)y, t, 0.7f), at + " huber");
                    FloatCopyCheck.Same(Losses.BinaryCrossEntropyWithLogitsSum<float>(y, probabilities), Losses.BinaryCrossEntropyWithLogitsSum((ReadOnlySpan<float>)y, probabilities), at + " bce");
                    FloatCopyCheck.Same(Losses.SoftmaxCrossEntropySum<float>(y, probabilities), Losses.SoftmaxCrossEntropySum((ReadOnlySpan<float>)y, probabilities), at + " cross-entropy");
                    FloatCopyCheck.Same(Losses.MeanSquaredError<float>(y, t), Losses.MeanSquaredError((ReadOnlySpan<float>)y, t), at + " mse");
                    FloatCopyCheck.Same(Losses.MeanAbsoluteError<float>(y, t), Losses.MeanAbsoluteError((ReadOnlySpan<float>)y, t), at + " mae");

                    Gradient(length, at + " squared error'", d => Losses.SquaredErrorGradient<float>(y, t, 0.3f, d), d => Losses.SquaredErrorGradient((ReadOnlySpan<float>)y, t, 0.3f, d));
                    Gradient(length, at + " absolute error'", d => Losses.AbsoluteErrorGradient<float>(y, t, 0.3f, d), d => Losses.AbsoluteErrorGradient((ReadOnlySpan<float>)y, t, 0.3f, d));
                    Gradient(length, at + " huber'", d => Losses.HuberGradient<float>(y, t, 0.7f, 0.3f, d), d => Losses.HuberGradient((ReadOnlySpan<float>)y, t, 0.7f, 0.3f, d));
                    Gradient(length, at + " bce'", d => Losses.BinaryCrossEntropyWithLogitsGradient<float>(y, probabilities, 0.3f, d), d => Losses.BinaryCrossEntropyWithLogitsGradient((ReadOnlySpan<float>)y, probabilities, 0.3f, d));
                    foreach (bool simd in new[] { true, false })
                    {
                        Gradient(length, $"{at} simd {simd} cross-entropy'", d => Losses.SoftmaxCrossEntropyGradient<float>(y, probabilities, 0.3f, d, simd), d => Losses.SoftmaxCrossEntropyGradient((ReadOnlySpan<float>)y, probabilities, 0.3f, d, simd));
                    }

                    Gradient(length, at + " cross-entropy' (public)", d => Losses.SoftmaxCrossEntropyGradient<float>(y, probabilities, 0.3f, d), d => Losses.SoftmaxCrossEntropyGradient((ReadOnlySpan<float>)y, probabilities, 0.3f, d));
                }
            }

            Assert.Equal(
                FloatCopyCheck.Outcome(() => Losses.MeanSquaredError<float>(new float[3], new float[2])),
                FloatCopyCheck.Outcome(() => Losses.MeanSquaredError((ReadOnlySpan<float>)new float[3], new float[2])));
        }

        [Fact]
        public void Squared_error_lane_copies_give_the_generic_bits()
        {
            float[] y = FloatCopyCheck.Values(1, 16, 4.0, 1), t = FloatCopyCheck.Values(2, 16, 4.0), mask = [.. Enumerable.Range(0, 16).Select(i => i < 11 ? 1f : 0f)];
            var lanes = Vector<float>.Count;
            var want = Losses.SquaredErrorLanes<float>(new Vector<float>(y.AsSpan(0, lanes)), new Vector<float>(t.AsSpan(0, lanes)), new Vector<float>(mask.AsSpan(0, lanes)), 0.3f, out var wantD);
            var got = Losses.SquaredErrorLanes(new Vector<float>(y.AsSpan(0, lanes)), new Vector<float>(t.AsSpan(0, lanes)), new Vector<float>(mask.AsSpan(0, lanes)), 0.3f, out var gotD);
            for (int i = 0; i < lanes; i++)
            {
                FloatCopyCheck.Same(want[i], got[i], $"loss lane {i}");
                FloatCopyCheck.Same(wantD[i], gotD[i], $"gradient lane {i}");
            }

            var want512 = Losses.SquaredErrorLanes<float>(Vector512.Create(y), Vector512.Create(t), Vector512.Create(mask), 0.3f, out var wantD512);
            var got512 = Losses.SquaredErrorLanes(Vector512.Create(y), Vector512.Create(t), Vector512.Create(mask), 0.3f, out var gotD512);
            for (int i = 0; i < 16; i++)
            {
                FloatCopyCheck.Same(want512[i], got512[i], $"512 loss lane {i}");
                FloatCopyCheck.Same(wantD512[i], gotD512[i], $"512 gradient lane {i}");
            }
        }

        private static void Gradient(int length, string what, Action<Span<float>> generic, Action<Span<float>> copy)
        {
            var (want, got) = (new float[length], new float[length]);
            string? genericError = FloatCopyCheck.Outcome(() => generic(want));
            string? copyError = FloatCopyCheck.Outcome(() => copy(got));
            Assert.True(genericError is null && copyError is null, $"{what}: {genericError} / {copyError}");
            FloatCopyCheck.Same(want, got, what);
        }
    }

    /// <summary>SGD (plain, momentum, Nesterov, decay) and Rprop copies, and the slice checks, on both paths.</summary>
    public class OptimizerFloatCopyTests
    {
        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void Sgd_and_Rprop_copies_give_the_generic_bits(bool simd)
        {
            foreach (int length in new[] { 1, 7, 8, 9, 33, 100 })
            {
                for (int variant = 0; variant <= FloatCopyCheck.Special.Length; variant++)
                {
                    int special = variant < FloatCopyCheck.Special.Length ? variant : -1;
                    float[] p = FloatCopyCheck.Values(length, length, 1.0), g = FloatCopyCheck.Values(length + 1, length, 0.1, special);
                    float[] buffer = FloatCopyCheck.Values(length + 2, length, 0.1), steps = FloatCopyCheck.Values(length + 3, length, 0.01).Select(Math.Abs).ToArray();
                    foreach (bool checkFinite in new[] { false, true })
                    {
                        foreach (var (momentum, dampening, nesterov, decay) in new[] { (0.0, 0.0, false, 0.0), (0.9, 0.0, false, 0.0), (0.9, 0.1, false, 1e-4), (0.9, 0.0, true, 1e-4), (0.0, 0.0, false, 0.01) })
                        {
                            var (gp, gb, cp, cb) = ((float[])p.Clone(), (float[])buffer.Clone(), (float[])p.Clone(), (float[])buffer.Clone());
                            for (long step = 1; step <= 3; step++)
                            {
                                string at = $"sgd length {length} variant {variant} momentum {momentum} nesterov {nesterov} decay {decay} checkFinite {checkFinite} step {step}";
                                string? genericError = FloatCopyCheck.Outcome(() => Optimizers.SgdCore<float>(gp, g, gb, step, 0.05, momentum, dampening, nesterov, decay, checkFinite, simd, checkGradients: true));
                                string? copyError = FloatCopyCheck.Outcome(() => Optimizers.SgdCore((Span<float>)cp, g, cb, step, 0.05, momentum, dampening, nesterov, decay, checkFinite, simd, checkGradients: true));
                                Assert.True(genericError == copyError, $"{at}: {genericError} vs {copyError}");
                                FloatCopyCheck.Same(gp, cp, at + " parameters");
                                FloatCopyCheck.Same(gb, cb, at + " momentum buffer");
                                Assert.Equal(
                                    Optimizers.SgdIsFinite<float>(gp, g, gb, step, 0.05, momentum, dampening, nesterov, decay),
                                    Optimizers.SgdIsFinite((Span<float>)cp, g, cb, step, 0.05, momentum, dampening, nesterov, decay));
                            }
                        }

                        var (rp, rg, rs, xp, xg, xs) = ((float[])p.Clone(), (float[])buffer.Clone(), (float[])steps.Clone(), (float[])p.Clone(), (float[])buffer.Clone(), (float[])steps.Clone());
                        for (long step = 1; step <= 3; step++)
                        {
                            string at = $"rprop length {length} variant {variant} checkFinite {checkFinite} step {step}";
                            string? genericError = FloatCopyCheck.Outcome(() => Optimizers.RpropCore<float>(rp, g, rg, rs, step, 0.01, 0.5, 1.2, 1e-6, 50, checkFinite, simd, checkGradients: true));
                            string? copyError = FloatCopyCheck.Outcome(() => Optimizers.RpropCore((Span<float>)xp, g, xg, xs, step, 0.01, 0.5, 1.2, 1e-6, 50, checkFinite, simd, checkGradients: true));
                            Assert.True(genericError == copyError, $"{at}: {genericError} vs {copyError}");
                            FloatCopyCheck.Same(rp, xp, at + " parameters");
                            FloatCopyCheck.Same(rg, xg, at + " previous gradients");
                            FloatCopyCheck.Same(rs, xs, at + " step sizes");
                            Assert.Equal(
                                Optimizers.RpropIsFinite<float>(rp, g, rg, rs, step, 0.01, 0.5, 1.2, 1e-6, 50),
                                Optimizers.RpropIsFinite((Span<float>)xp, g, xg, xs, step, 0.01, 0.5, 1.2, 1e-6, 50));
                        }

                        float[] m = FloatCopyCheck.Values(length + 4, length, 0.01), v = FloatCopyCheck.Values(length + 5, length, 1e-4).Select(Math.Abs).ToArray();
                        Assert.Equal(
                            Optimizers.AdamIsFinite<float>(p, g, m, v, 2, 0.01, 0.9, 0.999, 1e-8, 0.01, checkFinite),
                            Optimizers.AdamIsFinite((Span<float>)p, g, m, v, 2, 0.01, 0.9, 0.999, 1e-8, 0.01, checkFinite));
                    }
                }
            }
        }
    }
}

namespace NetGen.Tests
{
    /// <summary>GradientShardsOfSingle (the copy the generated float networks hold) against GradientShards&lt;float&gt; on one network.</summary>
    public class ParallelFloatCopyTests
    {
        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(-1)]
        public void Gradient_shard_copy_gives_the_generic_bits(int degree)
        {
            // 8192 parameters: past SliceValues (4096), so the sum and the update run in slices too.
            foreach (int rows in new[] { 1, 7, 64, 200, 1000 })
            {
                foreach (int special in new[] { -1, 3 })
                {
                    foreach (bool checkFinite in new[] { true, false })
                    {
                        float[] inputs = FloatCopyCheck.Values(rows, rows * Linear.Inputs, 1.0, special), targets = FloatCopyCheck.Values(rows + 1, rows, 1.0);
                        var (generic, copy) = (new Linear(), new Linear());
                        var genericShards = new GradientShards<float>(generic, Linear.Inputs, 1, 16, new float[16], new float[16]);
                        var copyShards = new GradientShardsOfSingle(copy, Linear.Inputs, 1, 16, new float[16], new float[16]);
                        for (int step = 0; step < 2; step++)
                        {
                            string at = $"rows {rows} special {special} checkFinite {checkFinite} degree {degree} step {step}";
                            float genericLoss = 0, copyLoss = 0;
                            bool genericWritten = false, copyWritten = false;
                            string? genericError = FloatCopyCheck.Outcome(() =>
                            {
                                genericLoss = genericShards.Run(inputs, targets, generic.Gradients, 1f / rows, degree, checkFinite, generic.Parameters.Length);
                                genericWritten = genericShards.Update(generic.Parameters.Length, degree, checkFinite, checkedInRun: true);
                            });
                            string? copyError = FloatCopyCheck.Outcome(() =>
                            {
                                copyLoss = copyShards.Run(inputs, targets, copy.Gradients, 1f / rows, degree, checkFinite, copy.Parameters.Length);
                                copyWritten = copyShards.Update(copy.Parameters.Length, degree, checkFinite, checkedInRun: true);
                            });
                            Assert.True(genericError == copyError, $"{at}: {genericError} vs {copyError}");
                            Assert.True(special < 0 || !checkFinite || genericError is not null, $"{at}: the NaN input must be refused");
                            FloatCopyCheck.Same(genericLoss, copyLoss, at + " loss");
                            Assert.Equal(genericWritten, copyWritten);
                            Assert.Equal(genericShards.GradientsFinite, copyShards.GradientsFinite);
                            FloatCopyCheck.Same(generic.Gradients, copy.Gradients, at + " gradients");
                            FloatCopyCheck.Same(generic.Parameters, copy.Parameters, at + " parameters");
                        }
                    }
                }
            }
        }

        /// <summary>A linear model with one output, squared error and plain SGD: enough to drive the shards' every phase.</summary>
        private sealed class Linear : IShardedTraining<float>
        {
            public const int Inputs = 8191;

            public Linear()
            {
                FloatCopyCheck.Values(99, Parameters.Length, 0.05).CopyTo(Parameters, 0);
            }

            public float[] Parameters { get; } = new float[Inputs + 1];

            public float[] Gradients { get; } = new float[Inputs + 1];

            public int MaxDegreeOfParallelism { get; set; } = ParallelTraining.Automatic;

            public float GradientShard(ReadOnlySpan<float> inputs, ReadOnlySpan<float> targets, Span<float> gradients, Span<float> state, Span<float> delta, float scale)
            {
                gradients.Clear();
                float lossSum = 0;
                for (int r = 0; r < targets.Length; r++)
                {
                    ReadOnlySpan<float> x = inputs.Slice(r * Inputs, Inputs);
                    float error = LinearAlgebra.Dot<float>(Parameters.AsSpan(0, Inputs), x) + Parameters[Inputs] - targets[r];
                    lossSum += error * error;
                    LinearAlgebra.Axpy<float>(2 * error * scale, x, gradients.Slice(0, Inputs));
                    gradients[Inputs] += 2 * error * scale;
                }

                return lossSum;
            }

            public bool OptimizerSlice(int start, int length, bool write)
            {
                if (!write)
                {
                    return FiniteGuard.AllFinite<float>(Gradients.AsSpan(start, length), true);
                }

                Optimizers.Sgd<float>(Parameters.AsSpan(start, length), Gradients.AsSpan(start, length), Span<float>.Empty, 1, 0.1, 0, 0, false, 0);
                return true;
            }
        }
    }
}
