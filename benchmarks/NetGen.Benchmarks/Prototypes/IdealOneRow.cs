using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using BenchmarkDotNet.Attributes;
using NetGen.Runtime;

namespace NetGen.Benchmarks.Prototypes
{
    /// <summary>
    /// A hand-tuned one-row training step of 14→16 σ→3 σ, MSE, SGD on NetGen's parameter layout: every value stays in
    /// 256-bit registers, one reduction tree per layer, no calls. Needs AVX (HorizontalAdd); a bound for benchmarks only.
    /// </summary>
    public sealed class IdealOneRowNet
    {
        public readonly float[] P = new float[291];
        public readonly float[] G = new float[291];
        public float Lr = 1e-6f;

        private static readonly Vector256<float> HighSix = Vector256.Create(0f, 0f, 1f, 1f, 1f, 1f, 1f, 1f);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<float> Reduce8(Vector256<float> a0, Vector256<float> a1, Vector256<float> a2, Vector256<float> a3,
            Vector256<float> a4, Vector256<float> a5, Vector256<float> a6, Vector256<float> a7)
        {
            var h01 = Avx.HorizontalAdd(a0, a1);
            var h23 = Avx.HorizontalAdd(a2, a3);
            var h45 = Avx.HorizontalAdd(a4, a5);
            var h67 = Avx.HorizontalAdd(a6, a7);
            var q0 = Avx.HorizontalAdd(h01, h23); // lanes: [s0l s1l s2l s3l | s0h s1h s2h s3h]
            var q1 = Avx.HorizontalAdd(h45, h67);
            var lo = Avx.Permute2x128(q0, q1, 0x20);
            var hi = Avx.Permute2x128(q0, q1, 0x31);
            return lo + hi;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<float> Group(ref float w, Vector256<float> xa, Vector256<float> xb)
        {
            // Row i at 14i: [0..8) with xa, [6..14) with xb (lanes 0,1 zero).
            return Reduce8(
                Vector256.LoadUnsafe(ref w, 0) * xa + Vector256.LoadUnsafe(ref w, 6) * xb,
                Vector256.LoadUnsafe(ref w, 14) * xa + Vector256.LoadUnsafe(ref w, 20) * xb,
                Vector256.LoadUnsafe(ref w, 28) * xa + Vector256.LoadUnsafe(ref w, 34) * xb,
                Vector256.LoadUnsafe(ref w, 42) * xa + Vector256.LoadUnsafe(ref w, 48) * xb,
                Vector256.LoadUnsafe(ref w, 56) * xa + Vector256.LoadUnsafe(ref w, 62) * xb,
                Vector256.LoadUnsafe(ref w, 70) * xa + Vector256.LoadUnsafe(ref w, 76) * xb,
                Vector256.LoadUnsafe(ref w, 84) * xa + Vector256.LoadUnsafe(ref w, 90) * xb,
                Vector256.LoadUnsafe(ref w, 98) * xa + Vector256.LoadUnsafe(ref w, 104) * xb);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<float> Sigmoid(Vector256<float> z) => VectorActivations.Sigmoid(z.AsVector()).AsVector256();

        public float Step(ReadOnlySpan<float> x, ReadOnlySpan<float> t, bool checks)
        {
            if (x.Length != 14 || t.Length != 3)
            {
                throw new ArgumentException("shape");
            }

            ref float x0 = ref MemoryMarshal.GetReference(x);
            ref float p = ref MemoryMarshal.GetArrayDataReference(P);
            ref float g = ref MemoryMarshal.GetArrayDataReference(G);
            var xa = Vector256.LoadUnsafe(ref x0, 0);
            var xbFull = Vector256.LoadUnsafe(ref x0, 6);
            var xb = xbFull * HighSix;
            var tv = Vector128.Create(t[0], t[1], t[2], 0f).ToVector256();
            if (checks)
            {
                var c = (xa - xa) + (xbFull - xbFull) + (tv - tv);
                if (c != Vector256<float>.Zero)
                {
                    throw new ArgumentException("inputs");
                }
            }

            // Layer 1.
            var h0 = Sigmoid(Group(ref p, xa, xb) + Vector256.LoadUnsafe(ref p, 224));
            var h1 = Sigmoid(Group(ref Unsafe.Add(ref p, 112), xa, xb) + Vector256.LoadUnsafe(ref p, 232));

            // Layer 2: three dots of 16.
            var a0 = Vector256.LoadUnsafe(ref p, 240) * h0 + Vector256.LoadUnsafe(ref p, 248) * h1;
            var a1 = Vector256.LoadUnsafe(ref p, 256) * h0 + Vector256.LoadUnsafe(ref p, 264) * h1;
            var a2 = Vector256.LoadUnsafe(ref p, 272) * h0 + Vector256.LoadUnsafe(ref p, 280) * h1;
            var s01 = Avx.HorizontalAdd(a0, a1);
            var s2z = Avx.HorizontalAdd(a2, Vector256<float>.Zero);
            var q = Avx.HorizontalAdd(s01, s2z);
            var z2 = (q.GetLower() + q.GetUpper()).ToVector256();
            var b2 = Vector128.Create(P[288], P[289], P[290], 0f).ToVector256();
            var o = Sigmoid(z2 + b2);

            // MSE over 3 outputs; lane 3.. of o - t would be σ(0) - 0: mask.
            var mask3 = Vector256.Create(1f, 1f, 1f, 0f, 0f, 0f, 0f, 0f);
            var diff = (o - tv) * mask3;
            float loss = Vector256.Dot(diff, diff) * (1f / 3f);
            var dz2 = diff * Vector256.Create(2f / 3f) * o * (Vector256<float>.One - o);

            // Layer 2 backward.
            float d0 = dz2.GetElement(0), d1 = dz2.GetElement(1), d2 = dz2.GetElement(2);
            (h0 * d0).StoreUnsafe(ref g, 240);
            (h1 * d0).StoreUnsafe(ref g, 248);
            (h0 * d1).StoreUnsafe(ref g, 256);
            (h1 * d1).StoreUnsafe(ref g, 264);
            (h0 * d2).StoreUnsafe(ref g, 272);
            (h1 * d2).StoreUnsafe(ref g, 280);
            G[288] = d0;
            G[289] = d1;
            G[290] = d2;
            var dh0 = Vector256.LoadUnsafe(ref p, 240) * d0 + Vector256.LoadUnsafe(ref p, 256) * d1 + Vector256.LoadUnsafe(ref p, 272) * d2;
            var dh1 = Vector256.LoadUnsafe(ref p, 248) * d0 + Vector256.LoadUnsafe(ref p, 264) * d1 + Vector256.LoadUnsafe(ref p, 280) * d2;
            var dz10 = dh0 * h0 * (Vector256<float>.One - h0);
            var dz11 = dh1 * h1 * (Vector256<float>.One - h1);
            dz10.StoreUnsafe(ref g, 224);
            dz11.StoreUnsafe(ref g, 232);

            // Layer 1 weight gradient: row i = dz1_i * x.
            for (int i = 0; i < 8; i++)
            {
                var d = Vector256.Create(dz10.GetElement(i));
                (xa * d).StoreUnsafe(ref g, (nuint)(14 * i));
                (xbFull * d).StoreUnsafe(ref g, (nuint)(14 * i + 6));
            }

            for (int i = 0; i < 8; i++)
            {
                var d = Vector256.Create(dz11.GetElement(i));
                (xa * d).StoreUnsafe(ref g, (nuint)(14 * (i + 8)));
                (xbFull * d).StoreUnsafe(ref g, (nuint)(14 * (i + 8) + 6));
            }

            // SGD: p -= lr g, 291 = 36 vectors + 3. The check computes every new value first (nothing stored) and ORs
            // the bits of v − v (0 when finite): it covers the gradients too, as the library's checked update does.
            var lr = Vector256.Create(Lr);
            if (checks)
            {
                var c = Vector256<float>.Zero;
                for (nuint k = 0; k < 288; k += 8)
                {
                    var np = Vector256.LoadUnsafe(ref p, k) - lr * Vector256.LoadUnsafe(ref g, k);
                    c |= np - np;
                }

                var tail = Vector256.LoadUnsafe(ref p, 283) - lr * Vector256.LoadUnsafe(ref g, 283);
                c |= tail - tail;
                if (c != Vector256<float>.Zero)
                {
                    throw new ArgumentException("update");
                }
            }

            for (nuint k = 0; k < 288; k += 8)
            {
                (Vector256.LoadUnsafe(ref p, k) - lr * Vector256.LoadUnsafe(ref g, k)).StoreUnsafe(ref p, k);
            }

            P[288] -= Lr * G[288];
            P[289] -= Lr * G[289];
            P[290] -= Lr * G[290];
            return loss;
        }
    }

    /// <summary>
    /// Issue 14's item 2 against a bound: the generated one-row TrainStep (Batch1) and batch 8 (per row) next to
    /// <see cref="IdealOneRowNet"/>, a hand-tuned step of the same network with and without the finite checks. The
    /// setup checks that the hand-tuned step gives the generated step's loss and gradients.
    /// </summary>
    public class IdealOneRowStep
    {
        private const int Rows = 8;
        private readonly Incremental _net = new();
        private readonly IdealOneRowNet _ideal = new();
        private float[] _x = null!;
        private float[] _y = null!;

        [Params(false, true)]
        public bool Checks { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            (_x, _y) = OneRowData.Make<float>(Rows, 14, 3);
            var reference = new Incremental();
            reference.Parameters.CopyTo(_ideal.P);
            for (int r = 0; r < Rows; r++)
            {
                float expected = reference.ComputeGradients(_x.AsSpan(r * 14, 14), _y.AsSpan(r * 3, 3));
                _ideal.Lr = 0;
                float actual = _ideal.Step(_x.AsSpan(r * 14, 14), _y.AsSpan(r * 3, 3), checks: true);
                for (int i = 0; i < Incremental.ParameterCount; i++)
                {
                    if (Math.Abs(reference.Gradients[i] - _ideal.G[i]) > 1e-6f * (1 + Math.Abs(reference.Gradients[i])) || Math.Abs(expected - actual) > 1e-6f)
                    {
                        throw new InvalidOperationException($"The hand-tuned step disagrees at row {r}, gradient {i}.");
                    }
                }
            }

            _net.LearningRate = OneRowData.SteadyLearningRate;
            _ideal.Lr = (float)OneRowData.SteadyLearningRate;
        }

        [Benchmark(Baseline = true, OperationsPerInvoke = Rows)]
        public float Batch8() => _net.TrainStep(_x, _y);

        [Benchmark(OperationsPerInvoke = Rows)]
        public float Batch1()
        {
            float loss = 0;
            for (int r = 0; r < Rows; r++)
            {
                loss += _net.TrainStep(_x.AsSpan(r * 14, 14), _y.AsSpan(r * 3, 3));
            }

            return loss;
        }

        [Benchmark(OperationsPerInvoke = Rows)]
        public float HandTuned()
        {
            float loss = 0;
            for (int r = 0; r < Rows; r++)
            {
                loss += _ideal.Step(_x.AsSpan(r * 14, 14), _y.AsSpan(r * 3, 3), Checks);
            }

            return loss;
        }
    }
}
