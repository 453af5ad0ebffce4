using System;
using System.Numerics;
using System.Runtime.InteropServices;

namespace NetGen.Runtime
{
    public static partial class LinearAlgebra
    {
        /// <summary>
        /// One row's Dense weight and bias gradient, accumulated: gw[j, i] += dz[j]·x[i] and gb[j] += dz[j], each
        /// weight row as whole vectors. A multiply then an add (no fused multiply-add), so every sum is bit-identical
        /// to the scalar <c>g[k] += d[j] * s[i]</c> of unrolled code.
        /// </summary>
        /// <param name="dz">∂L/∂z of the layer's outputs (fanOut values).</param>
        /// <param name="x">The layer's input (fanIn values).</param>
        /// <param name="gw">The weight gradient, fanOut rows of fanIn.</param>
        /// <param name="gb">The bias gradient (fanOut values).</param>
        [FloatCopy]
        public static void RowWeightGradient<T>(ReadOnlySpan<T> dz, ReadOnlySpan<T> x, Span<T> gw, Span<T> gb) where T : struct, IFloatingPointIeee754<T>
        {
            Require(gb.Length, dz.Length, nameof(gb));
            Require(gw.Length, (long)dz.Length * x.Length, nameof(gw));
            int fanIn = x.Length;
            ref T x0 = ref MemoryMarshal.GetReference(x);
            for (int j = 0; j < dz.Length; j++)
            {
                T d = dz[j];
                ref T row = ref MemoryMarshal.GetReference(gw.Slice(j * fanIn, fanIn));
                int i = 0;
                if (Simd.Enabled)
                {
                    var vd = new Vector<T>(d);
                    for (; i + Vector<T>.Count <= fanIn; i += Vector<T>.Count)
                    {
                        (Vector.LoadUnsafe(ref row, (nuint)i) + vd * Vector.LoadUnsafe(ref x0, (nuint)i)).StoreUnsafe(ref row, (nuint)i);
                    }
                }

                for (; i < fanIn; i++)
                {
                    System.Runtime.CompilerServices.Unsafe.Add(ref row, i) += d * System.Runtime.CompilerServices.Unsafe.Add(ref x0, i);
                }

                gb[j] += d;
            }
        }
    }
}
