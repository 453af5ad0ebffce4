using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NetGen.Runtime
{
    /// <summary>
    /// The exp-based activations on 512-bit lanes, through the Vector&lt;T&gt; kernels above applied to each half
    /// (or to the whole vector when Vector&lt;T&gt; is itself 512-bit), so every polynomial is written once.
    /// </summary>
    internal static partial class VectorMath
    {
        /// <summary>tanh on every 512-bit lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<T> Tanh<T>(Vector512<T> x, bool simd) where T : struct, IFloatingPointIeee754<T>
            => Wide<TanhFunction, T>(x, simd);

        /// <summary>1 / (1 + e^−x) on every 512-bit lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<T> Sigmoid<T>(Vector512<T> x, bool simd) where T : struct, IFloatingPointIeee754<T>
            => Wide<SigmoidFunction, T>(x, simd);

        /// <summary>log(1 + e^x) on every 512-bit lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<T> Softplus<T>(Vector512<T> x, bool simd) where T : struct, IFloatingPointIeee754<T>
            => Wide<SoftplusFunction, T>(x, simd);

        /// <summary>softplus'(x) on every 512-bit lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<T> SoftplusDerivative<T>(Vector512<T> x, bool simd) where T : struct, IFloatingPointIeee754<T>
            => Wide<SoftplusDerivativeFunction, T>(x, simd);

        /// <summary>softplus and softplus' on every 512-bit lane, from one e^−|x| per half.</summary>
        public static Vector512<T> SoftplusWithDerivative<T>(Vector512<T> x, bool simd, out Vector512<T> derivative) where T : struct, IFloatingPointIeee754<T>
        {
            if (Vector<T>.Count == Vector256<T>.Count)
            {
                Vector256<T> lower = SoftplusWithDerivative(x.GetLower().AsVector(), simd, out Vector<T> lowerDerivative).AsVector256();
                Vector256<T> upper = SoftplusWithDerivative(x.GetUpper().AsVector(), simd, out Vector<T> upperDerivative).AsVector256();
                derivative = Vector512.Create(lowerDerivative.AsVector256(), upperDerivative.AsVector256());
                return Vector512.Create(lower, upper);
            }

            if (Vector<T>.Count == Vector512<T>.Count)
            {
                Vector<T> y = SoftplusWithDerivative(x.AsVector(), simd, out Vector<T> d);
                derivative = d.AsVector512();
                return y.AsVector512();
            }

            derivative = SoftplusDerivative(x, simd);
            return Softplus(x, simd);
        }

        /// <summary>
        /// f on a 512-bit vector: on its two 256-bit halves when Vector&lt;T&gt; is 256-bit (the usual AVX-512 case),
        /// on the whole vector when Vector&lt;T&gt; is 512-bit, else lane by lane through the scalar formula. The
        /// sizes are JIT-time constants, so only one branch survives.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector512<T> Wide<TFunction, T>(Vector512<T> x, bool simd)
            where TFunction : struct, ILaneFunction
            where T : struct, IFloatingPointIeee754<T>
        {
            if (Vector<T>.Count == Vector256<T>.Count)
            {
                Vector256<T> lower = default(TFunction).Apply(x.GetLower().AsVector(), simd).AsVector256();
                Vector256<T> upper = default(TFunction).Apply(x.GetUpper().AsVector(), simd).AsVector256();
                return Vector512.Create(lower, upper);
            }

            if (Vector<T>.Count == Vector512<T>.Count)
            {
                return default(TFunction).Apply(x.AsVector(), simd).AsVector512();
            }

            for (int i = 0; i < Vector512<T>.Count; i++)
            {
                x = x.WithElement(i, default(TFunction).Apply(x.GetElement(i)));
            }

            return x;
        }

        /// <summary>One activation in its vector and scalar forms; implemented by empty structs so calls inline.</summary>
        private interface ILaneFunction
        {
            Vector<T> Apply<T>(Vector<T> x, bool simd) where T : struct, IFloatingPointIeee754<T>;

            T Apply<T>(T x) where T : struct, IFloatingPointIeee754<T>;
        }

        private readonly struct TanhFunction : ILaneFunction
        {
            public Vector<T> Apply<T>(Vector<T> x, bool simd) where T : struct, IFloatingPointIeee754<T> => Tanh(x, simd);

            public T Apply<T>(T x) where T : struct, IFloatingPointIeee754<T> => Activations.Tanh(x);
        }

        private readonly struct SigmoidFunction : ILaneFunction
        {
            public Vector<T> Apply<T>(Vector<T> x, bool simd) where T : struct, IFloatingPointIeee754<T> => Sigmoid(x, simd);

            public T Apply<T>(T x) where T : struct, IFloatingPointIeee754<T> => Activations.Sigmoid(x);
        }

        private readonly struct SoftplusFunction : ILaneFunction
        {
            public Vector<T> Apply<T>(Vector<T> x, bool simd) where T : struct, IFloatingPointIeee754<T> => Softplus(x, simd);

            public T Apply<T>(T x) where T : struct, IFloatingPointIeee754<T> => Activations.Softplus(x);
        }

        private readonly struct SoftplusDerivativeFunction : ILaneFunction
        {
            public Vector<T> Apply<T>(Vector<T> x, bool simd) where T : struct, IFloatingPointIeee754<T> => SoftplusDerivative(x, simd);

            public T Apply<T>(T x) where T : struct, IFloatingPointIeee754<T> => Activations.SoftplusDerivative(x);
        }
    }
}
