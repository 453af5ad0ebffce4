using System;
using System.Linq;
using System.Numerics;
using NetGen.Runtime;
using NetGen.Tests.Infrastructure;

namespace NetGen.Tests
{
    /// <summary>
    /// The batch-major activations (BatchActivations) on each width: the scalar path is the scalar formula bit for bit;
    /// the SIMD paths give, element by element, exactly what the vector forms give for the values in whole vectors
    /// (those forms are held to the scalar formulas within a few ulps by VectorActivationTests) and the scalar formula
    /// for the tail; the 512-bit path equals the Vector&lt;T&gt; path bit for bit (within a few ulps where Vector&lt;T&gt;
    /// cannot fuse: WidthFacts). Inputs include NaN, ±∞, ±0 and large |x|.
    /// </summary>
    public class BatchActivationTests
    {
        public static TheoryData<string, int> Cases()
        {
            var data = new TheoryData<string, int>();
            foreach (string name in new[] { "Relu", "Sigmoid", "Tanh", "Softplus" })
            {
                foreach (int width in new[] { 0, 1, 2 })
                {
                    data.Add(name, width);
                }
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Forward_is_the_vector_form_with_SIMD_and_the_formula_without(string name, int width)
        {
            // The tail too goes through the vector form (zero-padded): a value's result must not depend on its place
            // in the span, since a row's outputs may not depend on the rows beside it (PredictBatch's chunks).
            float[] z = Inputs();
            Assert.NotEqual(0, z.Length % Vector<float>.Count);
            var y = new float[z.Length];
            Form(name).Apply(z, y, width > 0, width > 1);
            float[] padded = z.Concat(new float[Vector<float>.Count]).ToArray();
            for (int k = 0; k < z.Length; k++)
            {
                int start = k - k % Vector<float>.Count;
                float[] lanes = padded.Skip(start).Take(Vector<float>.Count).ToArray();
                for (int i = z.Length - start; i < lanes.Length; i++)
                {
                    lanes[i] = 0; // only the tail's vector is padded, with zeros
                }

                float expected = width > 0 ? Form(name).Vector(new Vector<float>(lanes))[k % Vector<float>.Count] : Form(name).Scalar(z[k]);
                AssertForm(width, expected, y[k], $"{name}({z[k]:R}) at {k}");
            }
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Backward_multiplies_by_the_derivative_form(string name, int width)
        {
            float[] from = Inputs();
            if (name is "Sigmoid" or "Tanh")
            {
                // Their derivatives read the output, which lies in [0, 1] or [−1, 1].
                from = from.Select(v => float.IsFinite(v) ? MathF.Tanh(v) : v).ToArray();
            }

            float[] upstream = Enumerable.Range(0, from.Length).Select(i => (i % 7) - 3.25f).ToArray();
            float[] dz = upstream.ToArray();
            Form(name).Backward(from, dz, width > 0, width > 1);
            int vectorEnd = width == 0 ? 0 : from.Length - from.Length % Vector<float>.Count;
            for (int k = 0; k < from.Length; k++)
            {
                float derivative = k < vectorEnd
                    ? Form(name).VectorDerivative(new Vector<float>(from, k - k % Vector<float>.Count))[k % Vector<float>.Count]
                    : Form(name).ScalarDerivative(from[k]);
                AssertForm(width, upstream[k] * derivative, dz[k], $"{name}' at {from[k]:R}, index {k}");
            }
        }

        [Theory]
        [InlineData("Relu")]
        [InlineData("Sigmoid")]
        [InlineData("Tanh")]
        [InlineData("Softplus")]
        public void The_512_bit_path_equals_the_vector_path_and_works_in_place(string name)
        {
            float[] z = Inputs();
            float[] narrow = new float[z.Length], wide = new float[z.Length], inPlace = z.ToArray();
            Form(name).Apply(z, narrow, true, false);
            Form(name).Apply(z, wide, true, true);
            Form(name).Apply(inPlace, inPlace, true, true);
            AssertWideMatchesVector(narrow, wide, name);
            Assert.Equal(wide, inPlace);

            float[] dzNarrow = Enumerable.Repeat(1.5f, z.Length).ToArray(), dzWide = dzNarrow.ToArray();
            Form(name).Backward(narrow, dzNarrow, true, false);
            Form(name).Backward(narrow, dzWide, true, true);
            AssertWideMatchesVector(dzNarrow, dzWide, name + "'");
        }

        [Fact]
        public void Partly_overlapping_or_mismatched_spans_are_refused()
        {
            var buffer = new float[40];
            var overlap = Assert.Throws<ArgumentException>(() => BatchActivations.Relu<float>(buffer.AsSpan(0, 32), buffer.AsSpan(4, 32)));
            Assert.Contains("overlap", overlap.Message);
            Assert.Throws<ArgumentException>(() => BatchActivations.Tanh<float>(buffer.AsSpan(0, 32), buffer.AsSpan(0, 31)));
            Assert.Throws<ArgumentException>(() => BatchActivations.SigmoidBackward<float>(buffer.AsSpan(0, 8), buffer.AsSpan(8, 9)));
        }

        [Fact]
        public void Public_forms_allocate_nothing()
        {
            float[] z = Inputs(), y = new float[z.Length];
            Run();
            long before = GC.GetAllocatedBytesForCurrentThread();
            Run();
            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);

            void Run()
            {
                BatchActivations.Relu<float>(z, y);
                BatchActivations.ReluBackward<float>(z, y);
                BatchActivations.Sigmoid<float>(z, y);
                BatchActivations.SigmoidBackward<float>(z, y);
                BatchActivations.Tanh<float>(z, y);
                BatchActivations.TanhBackward<float>(z, y);
                BatchActivations.Softplus<float>(z, y);
                BatchActivations.SoftplusBackward<float>(z, y);
            }
        }

        [Fact]
        public void Double_is_the_scalar_formula_on_every_path()
        {
            double[] z = Inputs().Select(v => (double)v * 1.0000001).ToArray();
            foreach (int width in new[] { 0, 1, 2 })
            {
                var y = new double[z.Length];
                BatchActivations.Apply<LaneActivations.Tanh<double>, double>(z, y, width > 0, width > 1);
                for (int k = 0; k < z.Length; k++)
                {
                    Assert.Equal(BitConverter.DoubleToInt64Bits(Activations.Tanh(z[k])), BitConverter.DoubleToInt64Bits(y[k]));
                }
            }
        }

        /// <summary>91 values: five 512-bit vectors, one more Vector&lt;float&gt; and a 3-value tail (on 8-float vectors).</summary>
        private static float[] Inputs()
        {
            float[] special = { float.NaN, float.PositiveInfinity, float.NegativeInfinity, 0f, -0f, 1e-30f, -1e-30f, 88.7f, -88.7f, 104f, -104f, 20f, 20.0001f, 19.999f, 1e30f, -1e30f };
            var random = new DeterministicRandom(31);
            var values = special.Concat(Enumerable.Range(0, 91 - special.Length - 3).Select(_ => (float)(random.NextNormal() * 6))).ToList();
            values.AddRange(new[] { float.NaN, -0f, 25f });
            return values.ToArray();
        }

        // Width 2 forces the 512-bit path, held to the Vector<T> form bit for bit where both fuse (WidthFacts).
        private static void AssertForm(int width, float expected, float actual, string what)
        {
            if (width == 2)
            {
                WidthFacts.AssertWideMatchesVector(expected, actual, what);
            }
            else
            {
                AssertSame(expected, actual, what);
            }
        }

        private static void AssertWideMatchesVector(float[] vector, float[] wide, string what)
        {
            Assert.Equal(vector.Length, wide.Length);
            for (int k = 0; k < vector.Length; k++)
            {
                WidthFacts.AssertWideMatchesVector(vector[k], wide[k], $"{what} at {k}");
            }
        }

        private static void AssertSame(float expected, float actual, string what)
            => Assert.True(BitConverter.SingleToInt32Bits(expected) == BitConverter.SingleToInt32Bits(actual) || (float.IsNaN(expected) && float.IsNaN(actual)),
                $"{what}: expected {expected:R}, got {actual:R}");

        private static FormUnderTest Form(string name) => name switch
        {
            "Relu" => FormUnderTest.Of<LaneActivations.Relu<float>>(),
            "Sigmoid" => FormUnderTest.Of<LaneActivations.Sigmoid<float>>(),
            "Tanh" => FormUnderTest.Of<LaneActivations.Tanh<float>>(),
            "Softplus" => FormUnderTest.Of<LaneActivations.Softplus<float>>(),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown activation."),
        };

        private sealed record FormUnderTest(
            Action<float[], float[], bool, bool> Apply,
            Action<float[], float[], bool, bool> Backward,
            Func<Vector<float>, Vector<float>> Vector,
            Func<float, float> Scalar,
            Func<Vector<float>, Vector<float>> VectorDerivative,
            Func<float, float> ScalarDerivative)
        {
            public static FormUnderTest Of<TActivation>() where TActivation : ILaneActivation<float> => new(
                (z, y, simd, wide) => BatchActivations.Apply<TActivation, float>(z, y, simd, wide),
                (from, dz, simd, wide) => BatchActivations.Backward<TActivation, float>(from, dz, simd, wide),
                v => TActivation.Apply(v),
                x => TActivation.Apply(x),
                v => TActivation.Derivative(v, v),
                x => TActivation.Derivative(x, x));
        }
    }
}
