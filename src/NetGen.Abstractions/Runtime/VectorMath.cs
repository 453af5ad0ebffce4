using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NetGen.Runtime
{
    /// <summary>
    /// exp-based activations on whole vectors, for code that runs one row per lane. Float lanes use range reduction
    /// and short polynomials, within a few float ulps of the scalar <see cref="Activations"/> (tested). Double lanes, and every lane
    /// when SIMD is off, go through the scalar formulas themselves, so double results are bit-identical. Every method
    /// that takes a Vector&lt;T&gt; by value is inlined: crossgen2 refuses any caller of one (ReadyToRun).
    /// </summary>
    internal static partial class VectorMath
    {
        private const float Log2E = 1.44269504f;
        private const float Ln2Hi = 0.693359375f;
        private const float Ln2Lo = -2.12194440e-4f;

        /// <summary>tanh on every lane.</summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<T> Tanh<T>(Vector<T> x, bool simd) where T : struct, IFloatingPointIeee754<T>
        {
            if (simd && typeof(T) == typeof(float))
            {
                return Vector.As<float, T>(Tanh(Vector.As<T, float>(x)));
            }

            PerLane(ref x, static v => Activations.Tanh(v));
            return x;
        }

        /// <summary>1 / (1 + e^−x) on every lane.</summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<T> Sigmoid<T>(Vector<T> x, bool simd) where T : struct, IFloatingPointIeee754<T>
        {
            if (simd && typeof(T) == typeof(float))
            {
                return Vector.As<float, T>(Sigmoid(Vector.As<T, float>(x)));
            }

            PerLane(ref x, static v => Activations.Sigmoid(v));
            return x;
        }

        /// <summary>log(1 + e^x) on every lane, x itself above the threshold.</summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<T> Softplus<T>(Vector<T> x, bool simd) where T : struct, IFloatingPointIeee754<T>
        {
            if (simd && typeof(T) == typeof(float))
            {
                return Vector.As<float, T>(Softplus(Vector.As<T, float>(x)));
            }

            PerLane(ref x, static v => Activations.Softplus(v));
            return x;
        }

        /// <summary>softplus'(x) on every lane: σ(x), and 1 above the threshold.</summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<T> SoftplusDerivative<T>(Vector<T> x, bool simd) where T : struct, IFloatingPointIeee754<T>
            => Vector.ConditionalSelect(Vector.GreaterThan(x, new Vector<T>(T.CreateTruncating(Activations.SoftplusThreshold))), Vector<T>.One, Sigmoid(x, simd));

        /// <summary>
        /// softplus(x), and softplus'(x) in <paramref name="derivative"/>, from one e^−|x|: the same values as
        /// <see cref="Softplus{T}(Vector{T}, bool)"/> and <see cref="SoftplusDerivative{T}(Vector{T}, bool)"/>.
        /// </summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)] // into the per-layer loop, instead of one call per vector
        public static Vector<T> SoftplusWithDerivative<T>(Vector<T> x, bool simd, out Vector<T> derivative) where T : struct, IFloatingPointIeee754<T>
        {
            if (simd && typeof(T) == typeof(float))
            {
                Vector<float> xf = Vector.As<T, float>(x);
                Vector<float> e = ExpOfMinusAbs(xf);
                derivative = Vector.ConditionalSelect(
                    Vector.GreaterThan(x, new Vector<T>(T.CreateTruncating(Activations.SoftplusThreshold))),
                    Vector<T>.One,
                    Vector.As<float, T>(SigmoidFrom(xf, e)));
                return Vector.As<float, T>(SoftplusFrom(xf, e));
            }

            derivative = SoftplusDerivative(x, simd);
            return Softplus(x, simd);
        }

        /// <summary>
        /// The scalar formula applied lane by lane, in place. By reference: a method that takes or returns a Vector&lt;T&gt;
        /// by value makes crossgen2 refuse its callers (ReadyToRun), and this path is the cold one.
        /// </summary>
        [FloatCopy]
        private static void PerLane<T>(ref Vector<T> x, Func<T, T> f) where T : struct, IFloatingPointIeee754<T>
        {
            Span<T> lanes = MemoryMarshal.CreateSpan(ref Unsafe.As<Vector<T>, T>(ref x), Vector<T>.Count);
            for (int i = 0; i < lanes.Length; i++)
            {
                lanes[i] = f(lanes[i]);
            }
        }

        /// <summary>
        /// e^x for −104 ≤ x ≤ 89 (callers clamp): x = n·ln2 + r with |r| ≤ ln2/2 (ln2 split so n·ln2Hi is exact),
        /// e^r by its Taylor series to r^7 (truncation 5e-9, under float's 6e-8), times 2^n as two powers of two
        /// built in the exponent bits, so results down in the subnormals come out right.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector<float> Exp(Vector<float> x)
        {
            Vector<float> n = Vector.Floor(Simd.MulAdd(x, new Vector<float>(Log2E), new Vector<float>(0.5f)));
            Vector<float> r = Simd.MulAdd(n, new Vector<float>(-Ln2Lo), Simd.MulAdd(n, new Vector<float>(-Ln2Hi), x));
            // Estrin's scheme (pairs, then pairs of pairs): three multiply-adds deep instead of eight.
            Vector<float> r2 = r * r;
            Vector<float> p01 = r + Vector<float>.One;
            Vector<float> p23 = Simd.MulAdd(new Vector<float>(1f / 6), r, new Vector<float>(0.5f));
            Vector<float> p45 = Simd.MulAdd(new Vector<float>(1f / 120), r, new Vector<float>(1f / 24));
            Vector<float> p67 = Simd.MulAdd(new Vector<float>(1f / 5040), r, new Vector<float>(1f / 720));
            Vector<float> p = Simd.MulAdd(Simd.MulAdd(p67, r2, p45), r2 * r2, Simd.MulAdd(p23, r2, p01));
            Vector<int> k = ToInt32(n);
            Vector<int> k1 = HalveRoundingDown(k);
            Vector<int> bias = new Vector<int>(127);
            return p * Vector.AsVectorSingle(ToExponentBits(k1 + bias)) * Vector.AsVectorSingle(ToExponentBits(k - k1 + bias));
        }

        /// <summary>
        /// e^y − 1 for 0 ≤ y ≤ 20, without the cancellation of e^y − 1 near 0: y = n·ln2 + r, |r| ≤ ln2/2,
        /// e^r − 1 = r·(1 + r/2 + … + r^6/7!) (truncation under 2e-8 relative), then 2^n·(e^r − 1) + (2^n − 1), where
        /// 2^n − 1 is exact while it matters (n ≤ 24).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector<float> ExpM1(Vector<float> y)
        {
            Vector<float> n = Vector.Floor(Simd.MulAdd(y, new Vector<float>(Log2E), new Vector<float>(0.5f)));
            Vector<float> r = Simd.MulAdd(n, new Vector<float>(-Ln2Lo), Simd.MulAdd(n, new Vector<float>(-Ln2Hi), y));
            // Estrin's scheme, as in Exp.
            Vector<float> r2 = r * r;
            Vector<float> q01 = Simd.MulAdd(new Vector<float>(0.5f), r, Vector<float>.One);
            Vector<float> q23 = Simd.MulAdd(new Vector<float>(1f / 24), r, new Vector<float>(1f / 6));
            Vector<float> q45 = Simd.MulAdd(new Vector<float>(1f / 720), r, new Vector<float>(1f / 120));
            Vector<float> q = Simd.MulAdd(Simd.MulAdd(new Vector<float>(1f / 5040), r2, q45), r2 * r2, Simd.MulAdd(q23, r2, q01));
            Vector<float> scale = Vector.AsVectorSingle(ToExponentBits(ToInt32(n) + new Vector<int>(127)));
            return Simd.MulAdd(scale, r * q, scale - Vector<float>.One);
        }

        /// <summary>
        /// tanh(|x|) = u/(u + 2) with u = e^{2|x|} − 1 from <see cref="ExpM1"/>, accurate near 0 as well as in the
        /// tails (|x| is clamped to 10, where tanh is 1 in float), then x's sign bit put back (so −0 stays −0).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector<float> Tanh(Vector<float> x)
        {
            Vector<float> a = AtMost(Vector.Abs(x), new Vector<float>(10));
            Vector<float> u = ExpM1(a + a);
            Vector<float> t = u / (u + new Vector<float>(2));
            Vector<uint> sign = Vector.AsVectorUInt32(x) & new Vector<uint>(0x8000_0000u);
            return KeepNaN(x, Vector.AsVectorSingle(Vector.AsVectorUInt32(t) | sign));
        }

        /// <summary>e^−|x|, clamped where it underflows: what sigmoid and softplus share.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector<float> ExpOfMinusAbs(Vector<float> x) => Exp(-AtMost(Vector.Abs(x), new Vector<float>(104)));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector<float> Sigmoid(Vector<float> x) => SigmoidFrom(x, ExpOfMinusAbs(x));

        /// <summary>With e = e^−|x|: σ = 1/(1 + e) for x ≥ 0 and e/(1 + e) below, as the scalar form.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector<float> SigmoidFrom(Vector<float> x, Vector<float> e)
        {
            Vector<float> s = Vector.ConditionalSelect(Vector.GreaterThanOrEqual(x, Vector<float>.Zero), Vector<float>.One, e)
                / (Vector<float>.One + e);
            return KeepNaN(x, s);
        }

        /// <summary>max(x, 0) + log1p(e^−|x|), the same value as log1p(e^x) without overflow; x itself above the threshold.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector<float> Softplus(Vector<float> x) => SoftplusFrom(x, ExpOfMinusAbs(x));

        /// <summary>Softplus from x and u = e^−|x| (see <see cref="Softplus(Vector{float})"/>).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector<float> SoftplusFrom(Vector<float> x, Vector<float> u)
        {
            // ReLU keeps −0 and NaN where max(x, 0) gives +0: the same y (−0 + log 2 = +0 + log 2), and KeepNaN below.
            Vector<float> y = VectorActivations.Relu(x) + Log1PUnit(u);
            y = Vector.ConditionalSelect(Vector.GreaterThan(x, new Vector<float>((float)Activations.SoftplusThreshold)), x, y);
            return KeepNaN(x, y);
        }

        /// <summary>
        /// log(1 + u) for u in [0, 1] as u·P(u), P of degree 9 interpolating log(1 + u)/u at the Chebyshev nodes of
        /// [0, 1]: no range reduction and no division (the atanh form needed u/(2 + u)); P(0) = 1, so tiny and subnormal
        /// u give u. Softplus stays within 3 float ulps of a double reference (VectorActivationTests).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector<float> Log1PUnit(Vector<float> u)
        {
            // Estrin's scheme: pairs, then pairs of pairs, four multiply-adds deep instead of nine.
            Vector<float> u2 = u * u;
            Vector<float> c01 = Simd.MulAdd(new Vector<float>(-0.49999893f), u, Vector<float>.One);
            Vector<float> c23 = Simd.MulAdd(new Vector<float>(-0.24951616f), u, new Vector<float>(0.3332971f));
            Vector<float> c45 = Simd.MulAdd(new Vector<float>(-0.15269667f), u, new Vector<float>(0.19663274f));
            Vector<float> c67 = Simd.MulAdd(new Vector<float>(-0.05637361f), u, new Vector<float>(0.105436236f));
            Vector<float> c89 = Simd.MulAdd(new Vector<float>(-0.0031760568f), u, new Vector<float>(0.019542526f));
            Vector<float> high = Simd.MulAdd(Simd.MulAdd(c89, u2, c67), u2, c45);
            return u * Simd.MulAdd(high, u2 * u2, Simd.MulAdd(c23, u2, c01));
        }

        /// <summary>
        /// min(a, limit), limit for a NaN a (callers put NaN lanes back with <see cref="KeepNaN"/>): a compare and a
        /// blend, where Vector.Min's IEEE semantics (NaN and −0 rules) take some nine instructions on .NET 9+.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector<float> AtMost(Vector<float> a, Vector<float> limit)
            => Vector.ConditionalSelect(Vector.LessThan(a, limit), a, limit);

        /// <summary>
        /// A whole-number n with |n| ≤ 2^22 as an int: n + 1.5·2^23 is exact and holds n in its low mantissa bits. Two
        /// instructions, where Vector.ConvertToInt32's saturation (.NET 9+) takes five; callers' n lie in [−151, 30].
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector<int> ToInt32(Vector<float> n)
            => Vector.AsVectorInt32(n + new Vector<float>(12582912f)) - new Vector<int>(0x4B40_0000);

        /// <summary>
        /// The biased exponent e moved into a float's exponent bits (shifted left by 23), with AVX2's own shift where
        /// Vector&lt;T&gt; is one AVX2 register (the branch is decided when the method is compiled). crossgen2 refuses
        /// every method that calls Vector.ShiftLeft (or Vector256's): an ABI-unstable call into CoreLib, which kept the
        /// exp-based activations' kernels out of the x64 ReadyToRun images. Same instruction, same bits. (Arm64 images
        /// still leave these kernels to the JIT.)
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector<int> ToExponentBits(Vector<int> e)
        {
            if (Avx2.IsSupported && Vector<int>.Count == Vector256<int>.Count)
            {
                return Avx2.ShiftLeftLogical(e.AsVector256(), 23).AsVector();
            }

            return Vector.ShiftLeft(e, 23);
        }

        /// <summary>k shifted right by one (arithmetic: rounds towards −∞), as <see cref="ToExponentBits"/> shifts.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector<int> HalveRoundingDown(Vector<int> k)
        {
            if (Avx2.IsSupported && Vector<int>.Count == Vector256<int>.Count)
            {
                return Avx2.ShiftRightArithmetic(k.AsVector256(), 1).AsVector();
            }

            return Vector.ShiftRightArithmetic(k, 1);
        }

        /// <summary>NaN lanes of x stay NaN (Min/Max and compares would otherwise drop them).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector<float> KeepNaN(Vector<float> x, Vector<float> y)
            => Vector.ConditionalSelect(Vector.Equals(x, x), y, x);
    }
}
