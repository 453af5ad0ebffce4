using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NetGen
{
    /// <summary>
    /// exp-based activations on whole vectors, for code that runs one row per lane. Float lanes are widened to
    /// double, where a short polynomial is far more accurate than float needs, and rounded back once, so results
    /// stay within a few float ulps of the scalar <see cref="Activations"/> (tested). Double lanes, and every lane
    /// when SIMD is off, go through the scalar formulas themselves, so double results are bit-identical.
    /// </summary>
    internal static class VectorMath
    {
        private const double Log2E = 1.4426950408889634;
        private const double Ln2Hi = 0.693147180369123816490;
        private const double Ln2Lo = 1.90821492927058770002e-10;

        /// <summary>tanh on every lane.</summary>
        public static Vector<T> Tanh<T>(Vector<T> x, bool simd) where T : struct, IFloatingPointIeee754<T>
        {
            if (simd && typeof(T) == typeof(float))
            {
                Vector.Widen(Vector.As<T, float>(x), out Vector<double> lo, out Vector<double> hi);
                return Vector.As<float, T>(Vector.Narrow(Tanh(lo), Tanh(hi)));
            }

            return PerLane(x, static v => Activations.Tanh(v));
        }

        /// <summary>1 / (1 + e^−x) on every lane.</summary>
        public static Vector<T> Sigmoid<T>(Vector<T> x, bool simd) where T : struct, IFloatingPointIeee754<T>
        {
            if (simd && typeof(T) == typeof(float))
            {
                Vector.Widen(Vector.As<T, float>(x), out Vector<double> lo, out Vector<double> hi);
                return Vector.As<float, T>(Vector.Narrow(Sigmoid(lo), Sigmoid(hi)));
            }

            return PerLane(x, static v => Activations.Sigmoid(v));
        }

        /// <summary>log(1 + e^x) on every lane, x itself above the threshold.</summary>
        public static Vector<T> Softplus<T>(Vector<T> x, bool simd) where T : struct, IFloatingPointIeee754<T>
        {
            if (simd && typeof(T) == typeof(float))
            {
                Vector.Widen(Vector.As<T, float>(x), out Vector<double> lo, out Vector<double> hi);
                return Vector.As<float, T>(Vector.Narrow(Softplus(lo), Softplus(hi)));
            }

            return PerLane(x, static v => Activations.Softplus(v));
        }

        /// <summary>softplus'(x) on every lane: σ(x), and 1 above the threshold.</summary>
        public static Vector<T> SoftplusDerivative<T>(Vector<T> x, bool simd) where T : struct, IFloatingPointIeee754<T>
            => Vector.ConditionalSelect(Vector.GreaterThan(x, new Vector<T>(T.CreateTruncating(Activations.SoftplusThreshold))), Vector<T>.One, Sigmoid(x, simd));

        /// <summary>The scalar formula applied lane by lane (x is a copy, overwritten in place).</summary>
        private static Vector<T> PerLane<T>(Vector<T> x, Func<T, T> f) where T : struct, IFloatingPointIeee754<T>
        {
            Span<T> lanes = MemoryMarshal.CreateSpan(ref Unsafe.As<Vector<T>, T>(ref x), Vector<T>.Count);
            for (int i = 0; i < lanes.Length; i++)
            {
                lanes[i] = f(lanes[i]);
            }

            return x;
        }

        /// <summary>
        /// e^x for |x| ≤ 700 (callers clamp): x = n·ln2 + r with |r| ≤ ln2/2, e^r by its Taylor series to r^8
        /// (relative error below 3e-10, far under float's 6e-8), times 2^n built in the exponent bits.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector<double> Exp(Vector<double> x)
        {
            Vector<double> n = Vector.Floor(Simd.MulAdd(x, new Vector<double>(Log2E), new Vector<double>(0.5)));
            Vector<double> r = Simd.MulAdd(n, new Vector<double>(-Ln2Lo), Simd.MulAdd(n, new Vector<double>(-Ln2Hi), x));
            Vector<double> p = new Vector<double>(1.0 / 40320);
            p = Simd.MulAdd(p, r, new Vector<double>(1.0 / 5040));
            p = Simd.MulAdd(p, r, new Vector<double>(1.0 / 720));
            p = Simd.MulAdd(p, r, new Vector<double>(1.0 / 120));
            p = Simd.MulAdd(p, r, new Vector<double>(1.0 / 24));
            p = Simd.MulAdd(p, r, new Vector<double>(1.0 / 6));
            p = Simd.MulAdd(p, r, new Vector<double>(0.5));
            p = Simd.MulAdd(p, r, Vector<double>.One);
            p = Simd.MulAdd(p, r, Vector<double>.One);
            Vector<long> bits = Vector.ShiftLeft(Vector.ConvertToInt64(n) + new Vector<long>(1023), 52);
            return p * Vector.AsVectorDouble(bits);
        }

        /// <summary>
        /// tanh(|x|) = 1 − 2/(e^{2|x|} + 1) with the sign put back; below 1/16 the series x − x³/3 + 2x⁵/15 (error
        /// under 17x⁶/315 ≈ 4e-9 relative), since the exp form cancels there (at most 4 of double's bits lost).
        /// </summary>
        private static Vector<double> Tanh(Vector<double> x)
        {
            Vector<double> a = Vector.Min(Vector.Abs(x), new Vector<double>(20));
            Vector<double> t = Vector<double>.One - new Vector<double>(2) / (Exp(a + a) + Vector<double>.One);
            t = Vector.ConditionalSelect(Vector.LessThan(x, Vector<double>.Zero), -t, t);
            Vector<double> x2 = x * x;
            Vector<double> series = x * Simd.MulAdd(x2, Simd.MulAdd(x2, new Vector<double>(2.0 / 15), new Vector<double>(-1.0 / 3)), Vector<double>.One); // x·(…) keeps −0
            t = Vector.ConditionalSelect(Vector.LessThan(a, new Vector<double>(1.0 / 16)), series, t);
            return KeepNaN(x, t);
        }

        /// <summary>e = e^−|x|; σ = 1/(1 + e) for x ≥ 0 and e/(1 + e) below, as the scalar form.</summary>
        private static Vector<double> Sigmoid(Vector<double> x)
        {
            Vector<double> e = Exp(-Vector.Min(Vector.Abs(x), new Vector<double>(200)));
            Vector<double> s = Vector.ConditionalSelect(Vector.GreaterThanOrEqual(x, Vector<double>.Zero), Vector<double>.One, e)
                / (Vector<double>.One + e);
            return KeepNaN(x, s);
        }

        /// <summary>
        /// max(x, 0) + log1p(e^−|x|), the same value as log1p(e^x) without overflow; log1p(u) for u in (0, 1] as
        /// 2·atanh(s), s = u/(2 + u) ≤ 1/3, by its odd series to s^19 (relative error below 1e-10).
        /// </summary>
        private static Vector<double> Softplus(Vector<double> x)
        {
            Vector<double> u = Exp(-Vector.Min(Vector.Abs(x), new Vector<double>(200)));
            Vector<double> s = u / (new Vector<double>(2) + u);
            Vector<double> s2 = s * s;
            Vector<double> p = new Vector<double>(1.0 / 19);
            p = Simd.MulAdd(p, s2, new Vector<double>(1.0 / 17));
            p = Simd.MulAdd(p, s2, new Vector<double>(1.0 / 15));
            p = Simd.MulAdd(p, s2, new Vector<double>(1.0 / 13));
            p = Simd.MulAdd(p, s2, new Vector<double>(1.0 / 11));
            p = Simd.MulAdd(p, s2, new Vector<double>(1.0 / 9));
            p = Simd.MulAdd(p, s2, new Vector<double>(1.0 / 7));
            p = Simd.MulAdd(p, s2, new Vector<double>(1.0 / 5));
            p = Simd.MulAdd(p, s2, new Vector<double>(1.0 / 3));
            p = Simd.MulAdd(p, s2, Vector<double>.One);
            Vector<double> y = Simd.MulAdd(s + s, p, Vector.Max(x, Vector<double>.Zero));
            y = Vector.ConditionalSelect(Vector.GreaterThan(x, new Vector<double>(Activations.SoftplusThreshold)), x, y);
            return KeepNaN(x, y);
        }

        /// <summary>NaN lanes of x stay NaN (Min/Max and compares would otherwise drop them).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector<double> KeepNaN(Vector<double> x, Vector<double> y)
            => Vector.ConditionalSelect(Vector.Equals(x, x), y, x);
    }
}
