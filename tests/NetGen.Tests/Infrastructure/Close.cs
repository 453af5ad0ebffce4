using System;
using System.Collections.Generic;

namespace NetGen.Tests.Infrastructure
{
    /// <summary>Element-wise comparison with |got − want| ≤ abs + rel·|want|, reporting the worst index.</summary>
    public static class Close
    {
        public static void All(IReadOnlyList<double> want, IReadOnlyList<double> got, double abs, double rel, string what)
        {
            Assert.Equal(want.Count, got.Count);
            for (int i = 0; i < want.Count; i++)
            {
                double limit = abs + rel * Math.Abs(want[i]);
                if (!(Math.Abs(got[i] - want[i]) <= limit))
                {
                    Assert.Fail($"{what}[{i}]: want {want[i]:R}, got {got[i]:R}, |diff| {Math.Abs(got[i] - want[i]):E3} > {limit:E3}");
                }
            }
        }

        public static void All(IReadOnlyList<double> want, IReadOnlyList<float> got, double abs, double rel, string what) =>
            All(want, ToDouble(got), abs, rel, what);

        public static double[] ToDouble(IReadOnlyList<float> values)
        {
            var result = new double[values.Count];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = values[i];
            }

            return result;
        }

        public static float[] ToSingle(IReadOnlyList<double> values)
        {
            var result = new float[values.Count];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = (float)values[i];
            }

            return result;
        }
    }
}
