using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NetGen.Runtime
{
    /// <summary>
    /// Whether the run-time kernels take their SIMD paths, and the fused multiply-add they share.
    /// Set the environment variable <c>NETGEN_DISABLE_SIMD=1</c> (or the AppContext switch
    /// <c>NetGen.DisableSimd</c>) before start-up to force the scalar paths everywhere; the tests also call
    /// each kernel's internal overload with both settings.
    /// </summary>
    internal static partial class Simd
    {
        /// <summary>Read once: the JIT folds it, so the untaken path costs nothing.</summary>
        public static readonly bool Enabled = Vector.IsHardwareAccelerated && !DisabledByUser("NetGen.DisableSimd", "NETGEN_DISABLE_SIMD");

        /// <summary>
        /// 512-bit lanes pay: the hardware runs them natively and SIMD is on. <c>NETGEN_DISABLE_VECTOR512=1</c> (or
        /// the AppContext switch <c>NetGen.DisableVector512</c>) keeps the generated code on Vector&lt;T&gt; lanes.
        /// </summary>
        public static bool Vector512Enabled
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => Wide.Enabled;
        }

        private static bool DisabledByUser(string appContextSwitch, string environmentVariable)
            => (AppContext.TryGetSwitch(appContextSwitch, out bool disabled) && disabled)
               || Environment.GetEnvironmentVariable(environmentVariable) == "1";

        /// <summary>
        /// Its own class, initialised at its first read: <see cref="Simd"/>'s initialiser runs at NetGen's first call,
        /// and loading Vector512 there costs code that never reads it (most networks) a type load at start-up.
        /// </summary>
        private static class Wide
        {
            public static readonly bool Enabled = Simd.Enabled && Vector512.IsHardwareAccelerated
                && !DisabledByUser("NetGen.DisableVector512", "NETGEN_DISABLE_VECTOR512");
        }

        /// <summary>a·b + c, as one fused instruction where the hardware has it (one rounding instead of two).</summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<T> MulAdd<T>(Vector<T> a, Vector<T> b, Vector<T> c) where T : struct
        {
            if (Fma.IsSupported && Vector<T>.Count * Unsafe.SizeOf<T>() == 32)
            {
                if (typeof(T) == typeof(float))
                {
                    return Fma.MultiplyAdd(a.AsVector256().AsSingle(), b.AsVector256().AsSingle(), c.AsVector256().AsSingle()).As<float, T>().AsVector();
                }

                if (typeof(T) == typeof(double))
                {
                    return Fma.MultiplyAdd(a.AsVector256().AsDouble(), b.AsVector256().AsDouble(), c.AsVector256().AsDouble()).As<double, T>().AsVector();
                }
            }

            return a * b + c;
        }

        /// <summary>a·b + c on 512-bit vectors, one fused instruction on AVX-512 (net8.0 has no Vector512.FusedMultiplyAdd).</summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<T> MulAdd<T>(Vector512<T> a, Vector512<T> b, Vector512<T> c) where T : struct
        {
            if (Avx512F.IsSupported)
            {
                if (typeof(T) == typeof(float))
                {
                    return Avx512F.FusedMultiplyAdd(a.AsSingle(), b.AsSingle(), c.AsSingle()).As<float, T>();
                }

                if (typeof(T) == typeof(double))
                {
                    return Avx512F.FusedMultiplyAdd(a.AsDouble(), b.AsDouble(), c.AsDouble()).As<double, T>();
                }
            }

            return a * b + c;
        }
    }
}
