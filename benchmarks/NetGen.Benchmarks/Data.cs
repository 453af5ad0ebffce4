using System;
using System.Linq;

namespace NetGen.Benchmarks
{
    /// <summary>The workloads' data, generated deterministically (same as the tutorials and tests).</summary>
    internal static class Data
    {
        /// <summary>y = x² + x + 1 on 100 points x ~ N(0, 1).</summary>
        public static (float[] X, float[] Y) Quadratic()
        {
            var random = new DeterministicRandom(42);
            var x = Enumerable.Range(0, 100).Select(_ => (float)random.NextNormal()).ToArray();
            return (x, x.Select(v => v * v + v + 1).ToArray());
        }

        /// <summary>y = x³ − x² + 0.2·U(0, 1) on 300 points in [−1, 1].</summary>
        public static (float[] X, float[] Y) Cubic()
        {
            var random = new DeterministicRandom(3);
            var x = Enumerable.Range(0, 300).Select(i => -1f + 2f * i / 299).ToArray();
            return (x, x.Select(v => v * v * v - v * v + 0.2f * (float)random.NextDouble()).ToArray());
        }

        /// <summary>A batch of y = sin(3x) on x in [−1, 1].</summary>
        public static (float[] X, float[] Y) Sine(int rows)
        {
            var x = Enumerable.Range(0, rows).Select(i => -1f + 2f * i / (rows - 1)).ToArray();
            return (x, x.Select(v => MathF.Sin(3 * v)).ToArray());
        }

        /// <summary>MNIST-shaped random data: pixels in [0, 1], one-hot labels over 10 classes.</summary>
        public static (float[] X, float[] Y) Digits(int rows)
        {
            var random = new DeterministicRandom(5);
            var x = new float[rows * 784];
            for (int i = 0; i < x.Length; i++)
            {
                x[i] = (float)random.NextDouble();
            }

            var y = new float[rows * 10];
            for (int r = 0; r < rows; r++)
            {
                y[r * 10 + (int)(random.NextDouble() * 10)] = 1f;
            }

            return (x, y);
        }
    }
}
