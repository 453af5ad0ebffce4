using System;
using System.Numerics;
using System.Runtime.Intrinsics.X86;

namespace NetGen.Tests.Infrastructure
{
    /// <summary>
    /// Where a forced 512-bit path can be held to the Vector&lt;T&gt; path bit for bit. <c>Simd.MulAdd</c> on
    /// Vector&lt;T&gt; is one fused instruction only with x86 FMA and 256-bit vectors; elsewhere (SSE only, or ARM64's
    /// 128-bit Vector&lt;T&gt;) it rounds twice, while the tests' forced Vector512 path (emulated there) still fuses.
    /// Production never takes the 512-bit path on such hardware: <c>Simd.Vector512Enabled</c> needs Vector512
    /// acceleration, which brings FMA.
    /// </summary>
    public static class WidthFacts
    {
        public static bool VectorMulAddIsFused => Fma.IsSupported && Vector<float>.Count == 8;

        /// <summary>
        /// How far apart the two forms may be where only the 512-bit one fuses. With AVX2 off (SSE 4.2) the activations
        /// and their derivatives differed by up to 4 ulps on the tests' inputs (3 failed one case, 1 failed nine); 8
        /// leaves room for other inputs. A wrong lane or a wrong formula is off by far more.
        /// </summary>
        public const int UnfusedUlps = 8;

        /// <summary>Bit for bit where both forms fuse, else within <see cref="UnfusedUlps"/> (NaN matches NaN).</summary>
        public static void AssertWideMatchesVector(float vector, float wide, string what)
        {
            if (VectorMulAddIsFused)
            {
                Assert.True(BitConverter.SingleToInt32Bits(vector) == BitConverter.SingleToInt32Bits(wide) || (float.IsNaN(vector) && float.IsNaN(wide)),
                    $"{what}: the Vector<T> form gives {vector:R}, the 512-bit form {wide:R}");
                return;
            }

            long apart = UlpsApart(vector, wide);
            Assert.True(apart <= UnfusedUlps, $"{what}: the Vector<T> form gives {vector:R}, the 512-bit form {wide:R}, {apart} ulps apart (Vector<T> unfused)");
        }

        /// <summary>Ulps between two floats (0 for two NaNs or two zeros, long.MaxValue for one NaN).</summary>
        public static long UlpsApart(float a, float b)
        {
            if (float.IsNaN(a) || float.IsNaN(b))
            {
                return float.IsNaN(a) && float.IsNaN(b) ? 0 : long.MaxValue;
            }

            return Math.Abs(Ordered(a) - Ordered(b));

            // Maps the floats onto a line of integers, −0 and +0 together.
            static long Ordered(float value)
            {
                int bits = BitConverter.SingleToInt32Bits(value);
                return bits < 0 ? -(long)(bits & int.MaxValue) : bits;
            }
        }
    }
}
