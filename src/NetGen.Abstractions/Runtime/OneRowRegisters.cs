#if NET8_0_OR_GREATER
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NetGen.Runtime
{
    /// <summary>
    /// The pieces of the generated register pass, which trains a small batch row by row with each row's values in
    /// registers (eight floats per vector): whether this process can run it, and the sums, masks and gradient writes
    /// its code uses. For generated code only.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class OneRowRegisters
    {
        /// <summary>
        /// True when <see cref="Vector{T}"/> holds 8 floats, AVX's horizontal adds run natively and SIMD is on
        /// (<c>NETGEN_DISABLE_SIMD</c> unset); otherwise a small batch takes the per-row pass.
        /// </summary>
        public static bool Supported
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => Simd.Enabled && Avx.IsSupported && Vector<float>.Count == 8;
        }

        private static readonly Vector<float>[] LowOnesByCount = Masks(low: true);
        private static readonly Vector<float>[] HighOnesByStart = Masks(low: false);

        /// <summary>1 on lanes 0..count−1, 0 above: the valid outputs of a partial group of 8.</summary>
        public static Vector<float> LowOnes(int count) => LowOnesByCount[count];

        /// <summary>1 on lanes start..7, 0 below: an overlapping last chunk of inputs without the lanes already counted.</summary>
        public static Vector<float> HighOnes(int start) => HighOnesByStart[start];

        /// <summary>
        /// Lane k of the result is the sum of a_k's eight lanes, in DenseRow's order: one horizontal-add tree for eight
        /// dot products (<see cref="LinearAlgebra.ReduceEightWithAvx{T}"/>).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<float> Sum8(
            Vector<float> a0, Vector<float> a1, Vector<float> a2, Vector<float> a3,
            Vector<float> a4, Vector<float> a5, Vector<float> a6, Vector<float> a7)
            => LinearAlgebra.ReduceEightWithAvx(
                a0.AsVector256(), a1.AsVector256(), a2.AsVector256(), a3.AsVector256(),
                a4.AsVector256(), a5.AsVector256(), a6.AsVector256(), a7.AsVector256()).AsVector();

        /// <summary>How the pass writes a gradient: <see cref="SetGradients"/> for a batch's first row, <see cref="AddGradients"/> after it.</summary>
        public interface IGradientWrite
        {
            /// <summary>Writes a vector of gradients at <paramref name="at"/>.</summary>
            void Put(ref float at, Vector<float> value);

            /// <summary>Writes one gradient at <paramref name="at"/>.</summary>
            void Put(ref float at, float value);
        }

        /// <summary>The first row of a batch: each gradient is stored, so nothing needs clearing first.</summary>
        public readonly struct SetGradients : IGradientWrite
        {
            /// <inheritdoc/>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public void Put(ref float at, Vector<float> value) => Vector.StoreUnsafe(value, ref at);

            /// <inheritdoc/>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public void Put(ref float at, float value) => at = value;
        }

        /// <summary>Every later row: each gradient is added to the rows' sum so far, in row order.</summary>
        public readonly struct AddGradients : IGradientWrite
        {
            /// <inheritdoc/>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public void Put(ref float at, Vector<float> value) => Vector.StoreUnsafe(Vector.LoadUnsafe(ref at) + value, ref at);

            /// <inheritdoc/>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public void Put(ref float at, float value) => at += value;
        }

        private static Vector<float>[] Masks(bool low)
        {
            var masks = new Vector<float>[9];
            var lanes = new float[8];
            for (int n = 0; n <= 8 && Vector<float>.Count == 8; n++)
            {
                for (int k = 0; k < 8; k++)
                {
                    lanes[k] = (low ? k < n : k >= n) ? 1f : 0f;
                }

                masks[n] = new Vector<float>(lanes);
            }

            return masks;
        }
    }
}
#endif
