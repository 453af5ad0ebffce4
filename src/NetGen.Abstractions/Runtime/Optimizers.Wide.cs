using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NetGen.Runtime
{
    /// <summary>
    /// Adam's two passes on 512-bit vectors (net8.0 only), taken where <see cref="Simd.Vector512Enabled"/> and the
    /// buffer is long: element for element the same operations in the same order as <see cref="AdamRule{T}.Update"/>
    /// (separate multiplies and adds, correctly rounded square root and division), so results are bit-identical to
    /// the Vector&lt;T&gt; and scalar loops. Methods of their own, so short buffers never compile them.
    /// </summary>
    public static partial class Optimizers
    {
        /// <summary>Parameters from which Adam takes the 512-bit passes: below it the loop set-up would dominate.</summary>
        internal const int WideAdamMinimum = 1024;

        /// <summary>
        /// <see cref="AdamPass{T}"/> over whole 512-bit vectors from 0; sets <paramref name="end"/> to the first element
        /// it left. Returns false (without write) when some new value is not finite.
        /// </summary>
        [FloatCopy]
        private static bool AdamPass512<T>(AdamRule<T> rule, ref T p0, ref T g0, ref T m0, ref T v0, int length, bool write, out int end)
            where T : struct, IFloatingPointIeee754<T>
        {
            var vB1 = Vector512.Create(rule.B1);
            var vB2 = Vector512.Create(rule.B2);
            var vOneMinusB1 = Vector512.Create(rule.OneMinusB1);
            var vOneMinusB2 = Vector512.Create(rule.OneMinusB2);
            var vStepSize = Vector512.Create(rule.StepSize);
            var vInverse = Vector512.Create(rule.InverseCorrection2Sqrt);
            var vEps = Vector512.Create(rule.Eps);
            var vDecay = Vector512.Create(rule.Decay);
            var vShrink = Vector512.Create(rule.Shrink);
            var vSmallestNormal = Vector512.Create(rule.SmallestNormal);
            Vector512<T> check = Vector512<T>.Zero;
            int i = 0;
            for (; i + Vector512<T>.Count <= length; i += Vector512<T>.Count)
            {
                nuint at = (nuint)i;
                Vector512<T> p = Vector512.LoadUnsafe(ref p0, at);
                Vector512<T> g = Vector512.LoadUnsafe(ref g0, at);
                if (rule.Coupled)
                {
                    g += vDecay * p;
                }

                if (rule.Decoupled)
                {
                    p *= vShrink;
                }

                Vector512<T> m = FlushSubnormal(Vector512.LoadUnsafe(ref m0, at) * vB1 + vOneMinusB1 * g, vSmallestNormal);
                Vector512<T> v = FlushSubnormal(Vector512.LoadUnsafe(ref v0, at) * vB2 + vOneMinusB2 * g * g, vSmallestNormal);
                p -= vStepSize * m / (Vector512.Sqrt(v) * vInverse + vEps);
                if (write)
                {
                    m.StoreUnsafe(ref m0, at);
                    v.StoreUnsafe(ref v0, at);
                    p.StoreUnsafe(ref p0, at);
                }
                else
                {
                    check += (p - p) + (m - m) + (v - v);
                }
            }

            end = i;
            return write || check == Vector512<T>.Zero;
        }

        /// <summary>
        /// <see cref="AdamBoundFromMoments{T}"/>'s extremes over the first <paramref name="length"/> elements, a whole number
        /// of 512-bit vectors, from the top down: widens the largest |p| and |g| (g + decay·p with L2) and adds to
        /// <paramref name="check"/> a value that is 0 only if every magnitude is finite (and their sum does not overflow).
        /// </summary>
        [FloatCopy]
        private static void LargestMagnitudes512<T>(AdamRule<T> rule, ref T p0, ref T g0, int length, ref T largestParameter, ref T largestGradient, ref T check)
            where T : struct, IFloatingPointIeee754<T>
        {
            // Two vectors a round, each into its own extremes: a compare-and-select chain waits ~5 cycles a round.
            var vDecay = Vector512.Create(rule.Decay);
            Vector512<T> vSum = Vector512<T>.Zero;
            Vector512<T> vLargestParameter = Vector512<T>.Zero, vLargestParameter2 = Vector512<T>.Zero;
            Vector512<T> vLargestGradient = Vector512<T>.Zero, vLargestGradient2 = Vector512<T>.Zero;
            int i = length - Vector512<T>.Count;
            for (; i >= Vector512<T>.Count; i -= 2 * Vector512<T>.Count)
            {
                nuint at = (nuint)i;
                nuint below = (nuint)(i - Vector512<T>.Count);
                Vector512<T> p = Vector512.LoadUnsafe(ref p0, at);
                Vector512<T> g = Vector512.LoadUnsafe(ref g0, at);
                Vector512<T> p2 = Vector512.LoadUnsafe(ref p0, below);
                Vector512<T> g2 = Vector512.LoadUnsafe(ref g0, below);
                if (rule.Coupled)
                {
                    g += vDecay * p;
                    g2 += vDecay * p2;
                }

                Vector512<T> absP = Vector512.Abs(p);
                Vector512<T> absG = Vector512.Abs(g);
                Vector512<T> absP2 = Vector512.Abs(p2);
                Vector512<T> absG2 = Vector512.Abs(g2);
                vSum += (absP + absG) + (absP2 + absG2);
                vLargestParameter = Vector512.ConditionalSelect(Vector512.GreaterThan(absP, vLargestParameter), absP, vLargestParameter);
                vLargestGradient = Vector512.ConditionalSelect(Vector512.GreaterThan(absG, vLargestGradient), absG, vLargestGradient);
                vLargestParameter2 = Vector512.ConditionalSelect(Vector512.GreaterThan(absP2, vLargestParameter2), absP2, vLargestParameter2);
                vLargestGradient2 = Vector512.ConditionalSelect(Vector512.GreaterThan(absG2, vLargestGradient2), absG2, vLargestGradient2);
            }

            if (i >= 0)
            {
                // The odd vector left at the bottom.
                Vector512<T> p = Vector512.LoadUnsafe(ref p0, (nuint)i);
                Vector512<T> g = Vector512.LoadUnsafe(ref g0, (nuint)i);
                if (rule.Coupled)
                {
                    g += vDecay * p;
                }

                Vector512<T> absP = Vector512.Abs(p);
                Vector512<T> absG = Vector512.Abs(g);
                vSum += absP + absG;
                vLargestParameter = Vector512.ConditionalSelect(Vector512.GreaterThan(absP, vLargestParameter), absP, vLargestParameter);
                vLargestGradient = Vector512.ConditionalSelect(Vector512.GreaterThan(absG, vLargestGradient), absG, vLargestGradient);
            }

            vLargestParameter = Vector512.ConditionalSelect(Vector512.GreaterThan(vLargestParameter2, vLargestParameter), vLargestParameter2, vLargestParameter);
            vLargestGradient = Vector512.ConditionalSelect(Vector512.GreaterThan(vLargestGradient2, vLargestGradient), vLargestGradient2, vLargestGradient);
            check += Vector512.Sum(vSum - vSum);
            Vector512<T> lanes = vLargestParameter;
            largestParameter = T.Max(largestParameter, LargestOf(ref Unsafe.As<Vector512<T>, T>(ref lanes), Vector512<T>.Count));
            lanes = vLargestGradient;
            largestGradient = T.Max(largestGradient, LargestOf(ref Unsafe.As<Vector512<T>, T>(ref lanes), Vector512<T>.Count));
        }

        /// <summary>
        /// The elements of <paramref name="length"/> in whole 512-bit vectors. A method of its own, never inlined: on
        /// AVX-512 hardware the runtime rejects the x86-64-v3 ReadyToRun code of any method that touches Vector512, and its
        /// caller runs in the tutorial's first Fit.
        /// </summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int WholeVectors512<T>(int length) where T : struct, IFloatingPointIeee754<T>
            => length - length % Vector512<T>.Count;

        /// <summary>
        /// <see cref="AdamBoundIsFinite{T}"/>'s bound over whole 512-bit vectors from 0 (its own extremes: a proof for
        /// these elements alone); sets <paramref name="end"/> to the first element it left.
        /// </summary>
        [FloatCopy]
        private static bool AdamBound512<T>(AdamRule<T> rule, ref T p0, ref T g0, ref T m0, ref T v0, int length, T limit, out int end)
            where T : struct, IFloatingPointIeee754<T>
        {
            var vB1 = Vector512.Create(rule.B1);
            var vB2 = Vector512.Create(rule.B2);
            var vOneMinusB1 = Vector512.Create(rule.OneMinusB1);
            var vOneMinusB2 = Vector512.Create(rule.OneMinusB2);
            var vDecay = Vector512.Create(rule.Decay);
            var vShrink = Vector512.Create(rule.Shrink);
            var vSmallestNormal = Vector512.Create(rule.SmallestNormal);
            Vector512<T> vCheck = Vector512<T>.Zero;
            Vector512<T> vMaxP = Vector512<T>.Zero;
            Vector512<T> vMaxM = Vector512<T>.Zero;
            Vector512<T> vMinV = Vector512.Create(T.PositiveInfinity);
            end = length - length % Vector512<T>.Count;

            // From the top down (the extremes do not depend on the order): the write pass that follows goes up and
            // finds its first elements of all four buffers still in cache.
            for (int i = end - Vector512<T>.Count; i >= 0; i -= Vector512<T>.Count)
            {
                nuint at = (nuint)i;
                Vector512<T> p = Vector512.LoadUnsafe(ref p0, at);
                Vector512<T> g = Vector512.LoadUnsafe(ref g0, at);
                if (rule.Coupled)
                {
                    g += vDecay * p;
                }

                if (rule.Decoupled)
                {
                    p *= vShrink;
                }

                Vector512<T> m = FlushSubnormal(Vector512.LoadUnsafe(ref m0, at) * vB1 + vOneMinusB1 * g, vSmallestNormal);
                Vector512<T> v = FlushSubnormal(Vector512.LoadUnsafe(ref v0, at) * vB2 + vOneMinusB2 * g * g, vSmallestNormal);
                vCheck += (p - p) + (m - m) + (v - v);
                Vector512<T> absP = Vector512.Abs(p);
                Vector512<T> absM = Vector512.Abs(m);
                vMaxP = Vector512.ConditionalSelect(Vector512.GreaterThan(absP, vMaxP), absP, vMaxP);
                vMaxM = Vector512.ConditionalSelect(Vector512.GreaterThan(absM, vMaxM), absM, vMaxM);
                vMinV = Vector512.ConditionalSelect(Vector512.LessThan(v, vMinV), v, vMinV);
            }

            Vector512<T> vStepTimesM = Vector512.Create(T.Abs(rule.StepSize)) * vMaxM;
            Vector512<T> vBound = vMaxP + vStepTimesM / (Vector512.Sqrt(vMinV) * Vector512.Create(rule.InverseCorrection2Sqrt) + Vector512.Create(rule.Eps));
            var vLimit = Vector512.Create(limit);
            return vCheck == Vector512<T>.Zero
                && Vector512.LessThanOrEqualAll(vStepTimesM, vLimit)
                && Vector512.LessThanOrEqualAll(vBound, vLimit);
        }

        /// <summary><see cref="FlushSubnormal{T}(T, T)"/> on every 512-bit lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector512<T> FlushSubnormal<T>(Vector512<T> moment, Vector512<T> smallestNormal) where T : struct, IFloatingPointIeee754<T>
            => Vector512.AndNot(moment, Vector512.LessThan(Vector512.Abs(moment), smallestNormal));
    }
}
