using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NetGen
{
    /// <summary>Vectorised span kernels used by the generated code for layers too large to unroll.</summary>
    public static class LinearAlgebra
    {
        /// <summary>Σ a_i·b_i.</summary>
        public static T Dot<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b) where T : struct, IFloatingPointIeee754<T>
        {
            if (a.Length != b.Length)
            {
                throw new ArgumentException($"Expected {a.Length} values but got {b.Length}.", nameof(b));
            }

            int i = 0;
            T sum = T.Zero;
            if (Vector.IsHardwareAccelerated && a.Length >= Vector<T>.Count)
            {
                var acc = Vector<T>.Zero;
                var va = MemoryMarshal.Cast<T, Vector<T>>(a);
                var vb = MemoryMarshal.Cast<T, Vector<T>>(b);
                for (int v = 0; v < va.Length; v++)
                {
                    acc += va[v] * vb[v];
                }

                sum = Vector.Sum(acc);
                i = va.Length * Vector<T>.Count;
            }

            for (; i < a.Length; i++)
            {
                sum += a[i] * b[i];
            }

            return sum;
        }

        /// <summary>y ← y + alpha·x.</summary>
        public static void Axpy<T>(T alpha, ReadOnlySpan<T> x, Span<T> y) where T : struct, IFloatingPointIeee754<T>
        {
            if (x.Length != y.Length)
            {
                throw new ArgumentException($"Expected {x.Length} values but got {y.Length}.", nameof(y));
            }

            int i = 0;
            if (Vector.IsHardwareAccelerated && x.Length >= Vector<T>.Count)
            {
                var va = new Vector<T>(alpha);
                var vx = MemoryMarshal.Cast<T, Vector<T>>(x);
                var vy = MemoryMarshal.Cast<T, Vector<T>>(y);
                for (int v = 0; v < vx.Length; v++)
                {
                    vy[v] += va * vx[v];
                }

                i = vx.Length * Vector<T>.Count;
            }

            for (; i < x.Length; i++)
            {
                y[i] += alpha * x[i];
            }
        }
    }
}
