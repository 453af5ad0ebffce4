using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NetGen.Runtime
{
    /// <summary>
    /// Kernels for the tutorials' function fitter: one input, one hidden layer of H units, one linear output
    /// (1→H→1). Parameters are laid out as nn.Linear's: W1 [H, 1], b1 [H], W2 [1, H], b2, so W1, b1 and W2 are each
    /// H contiguous values and the work vectorises over the hidden units. Blocks of four vectors of units are kept in
    /// registers while the rows stream past, which leaves four independent accumulator chains per value.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static partial class ShallowNet
    {
        /// <summary>Rows per block of training: the block's partial sums and deltas live on the stack.</summary>
        private const int BlockRows = 32;

        /// <summary>The network's output for input <paramref name="x"/>.</summary>
        /// <param name="p">The 3·hidden + 1 parameters.</param>
        /// <param name="hidden">H, the hidden units.</param>
        /// <param name="x">The input.</param>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Predict<T, TActivation>(ReadOnlySpan<T> p, int hidden, T x)
            where T : struct, IFloatingPointIeee754<T>
            where TActivation : ILaneActivation<T>
            => Predict<T, TActivation>(p, hidden, x, Simd.Enabled);

        // Never inlined: callers get the same compiled kernel whatever their own size (inlined into small callers, the
        // JIT's code for it measured 3–6× slower).
        [FloatCopy]
        [MethodImpl(MethodImplOptions.NoInlining)]
        internal static T Predict<T, TActivation>(ReadOnlySpan<T> p, int hidden, T x, bool simd)
            where T : struct, IFloatingPointIeee754<T>
            where TActivation : ILaneActivation<T>
        {
            RequireParameters(p.Length, hidden);
            ref T w1 = ref MemoryMarshal.GetReference(p);
            ref T b1 = ref Unsafe.Add(ref w1, hidden);
            ref T w2 = ref Unsafe.Add(ref w1, 2 * hidden);
            int c = Vector<T>.Count;
            int vectorEnd = simd ? hidden - hidden % c : 0;
            var vx = new Vector<T>(x);
            Vector<T> sum0 = Vector<T>.Zero, sum1 = Vector<T>.Zero, sum2 = Vector<T>.Zero, sum3 = Vector<T>.Zero;
            int j = 0;
            for (; j + 4 * c <= vectorEnd; j += 4 * c)
            {
                sum0 = Simd.MulAdd(Vector.LoadUnsafe(ref w2, (nuint)j), Hidden<T, TActivation>(ref w1, ref b1, j, vx), sum0);
                sum1 = Simd.MulAdd(Vector.LoadUnsafe(ref w2, (nuint)(j + c)), Hidden<T, TActivation>(ref w1, ref b1, j + c, vx), sum1);
                sum2 = Simd.MulAdd(Vector.LoadUnsafe(ref w2, (nuint)(j + 2 * c)), Hidden<T, TActivation>(ref w1, ref b1, j + 2 * c, vx), sum2);
                sum3 = Simd.MulAdd(Vector.LoadUnsafe(ref w2, (nuint)(j + 3 * c)), Hidden<T, TActivation>(ref w1, ref b1, j + 3 * c, vx), sum3);
            }

            // Leftover vectors and units in methods of their own, called only when the shape has any (as in Block).
            if (j < vectorEnd)
            {
                PredictVectors<T, TActivation>(ref w1, ref b1, ref w2, j, vectorEnd, x, ref sum0);
            }

            T y = Unsafe.Add(ref w1, 3 * hidden) + Vector.Sum((sum0 + sum1) + (sum2 + sum3));
            if (vectorEnd < hidden)
            {
                y = ForwardUnits<T, TActivation>(ref w1, ref b1, ref w2, vectorEnd, hidden, x, y);
            }

            return y;
        }

        /// <summary>
        /// Adds w2·f(w1·x + b1) to sum for the vectors of units from j to vectorEnd, one at a time. No vector passed or
        /// returned by value: ReadyToRun code cannot make such a call (crossgen2 would refuse Predict).
        /// </summary>
        [FloatCopy]
        private static void PredictVectors<T, TActivation>(ref T w1, ref T b1, ref T w2, int j, int vectorEnd, T x, ref Vector<T> sum)
            where T : struct, IFloatingPointIeee754<T>
            where TActivation : ILaneActivation<T>
        {
            var vx = new Vector<T>(x);
            for (; j < vectorEnd; j += Vector<T>.Count)
            {
                sum = Simd.MulAdd(Vector.LoadUnsafe(ref w2, (nuint)j), Hidden<T, TActivation>(ref w1, ref b1, j, vx), sum);
            }
        }

        /// <summary>
        /// Writes the gradient of scale · Σ (y − t)² into <paramref name="gradients"/> (overwriting it) and returns
        /// Σ (y − t)². With scale = 1/rows this is PyTorch's MSELoss(reduction='mean').backward().
        /// </summary>
        /// <param name="p">The 3·hidden + 1 parameters.</param>
        /// <param name="hidden">H, the hidden units.</param>
        /// <param name="inputs">One input per row.</param>
        /// <param name="targets">One target per row.</param>
        /// <param name="scale">The loss's weight on each row's squared error.</param>
        /// <param name="gradients">Receives the 3·hidden + 1 gradients, laid out as <paramref name="p"/>.</param>
        [FloatCopy]
        public static T SquaredErrorGradients<T, TActivation>(ReadOnlySpan<T> p, int hidden, ReadOnlySpan<T> inputs, ReadOnlySpan<T> targets, T scale, Span<T> gradients)
            where T : struct, IFloatingPointIeee754<T>
            where TActivation : ILaneActivation<T>
            => SquaredErrorGradients<T, TActivation>(p, hidden, inputs, targets, scale, gradients, Simd.Enabled);

        [FloatCopy]
        internal static T SquaredErrorGradients<T, TActivation>(ReadOnlySpan<T> p, int hidden, ReadOnlySpan<T> inputs, ReadOnlySpan<T> targets, T scale, Span<T> gradients, bool simd)
            where T : struct, IFloatingPointIeee754<T>
            where TActivation : ILaneActivation<T>
        {
            RequireParameters(p.Length, hidden);
            RequireParameters(gradients.Length, hidden);
            RequireTargets(inputs.Length, targets.Length);

            gradients.Slice(0, 3 * hidden + 1).Clear();
            // Per block: one vector of partial sums per row, then the rows' deltas. A struct local, not stackalloc: a
            // method with stackalloc cannot start in tier 0 (no on-stack replacement), so the runtime would compile
            // this one fully optimised at its first call, the costliest compilation of a first training step. Refs,
            // not spans of vectors: each Span<Vector<T>> member is one more method to compile at the first call.
            var scratch = new BlockScratch<T>();
            ref Vector<T> partial = ref Unsafe.As<BlockScratch<T>, Vector<T>>(ref scratch);
            ref T delta = ref Unsafe.As<Vector<T>, T>(ref Unsafe.Add(ref partial, BlockRows));
            T lossSum = T.Zero;
            for (int start = 0; start < inputs.Length; start += BlockRows)
            {
                int n = Math.Min(BlockRows, inputs.Length - start);
                lossSum += Block<T, TActivation>(p, hidden, inputs.Slice(start, n), targets.Slice(start, n), scale, gradients, ref partial, ref delta, simd);
            }

            return lossSum;
        }

        /// <summary>
        /// Forward, loss and backward for up to <see cref="BlockRows"/> rows; gradients are added to g. The scratch
        /// comes as refs (x.Length vectors at partial0, x.Length values at delta0), not spans: fewer instantiations to
        /// compile at the first call.
        /// </summary>
        [FloatCopy]
        private static T Block<T, TActivation>(ReadOnlySpan<T> p, int hidden, ReadOnlySpan<T> x, ReadOnlySpan<T> t, T scale, Span<T> g, ref Vector<T> partial0, ref T delta0, bool simd)
            where T : struct, IFloatingPointIeee754<T>
            where TActivation : ILaneActivation<T>
        {
            int n = x.Length;
            int c = Vector<T>.Count;
            int vectorEnd = simd ? hidden - hidden % c : 0;
            ref T w1 = ref MemoryMarshal.GetReference(p);
            ref T b1 = ref Unsafe.Add(ref w1, hidden);
            ref T w2 = ref Unsafe.Add(ref w1, 2 * hidden);
            ref T x0 = ref MemoryMarshal.GetReference(x);

            // Forward: each row's w2·f(w1·x + b1), summed per lane over the vectors of units.
            for (int r = 0; r < n; r++)
            {
                Unsafe.Add(ref partial0, r) = Vector<T>.Zero;
            }

            int j = 0;
            for (; j + 4 * c <= vectorEnd; j += 4 * c)
            {
                Vector<T> w1a = Vector.LoadUnsafe(ref w1, (nuint)j), w1b = Vector.LoadUnsafe(ref w1, (nuint)(j + c)), w1c = Vector.LoadUnsafe(ref w1, (nuint)(j + 2 * c)), w1d = Vector.LoadUnsafe(ref w1, (nuint)(j + 3 * c));
                Vector<T> b1a = Vector.LoadUnsafe(ref b1, (nuint)j), b1b = Vector.LoadUnsafe(ref b1, (nuint)(j + c)), b1c = Vector.LoadUnsafe(ref b1, (nuint)(j + 2 * c)), b1d = Vector.LoadUnsafe(ref b1, (nuint)(j + 3 * c));
                Vector<T> w2a = Vector.LoadUnsafe(ref w2, (nuint)j), w2b = Vector.LoadUnsafe(ref w2, (nuint)(j + c)), w2c = Vector.LoadUnsafe(ref w2, (nuint)(j + 2 * c)), w2d = Vector.LoadUnsafe(ref w2, (nuint)(j + 3 * c));
                for (int r = 0; r < n; r++)
                {
                    var xr = new Vector<T>(Unsafe.Add(ref x0, r));
                    Vector<T> ab = Simd.MulAdd(w2a, TActivation.Apply(Simd.MulAdd(w1a, xr, b1a)), w2b * TActivation.Apply(Simd.MulAdd(w1b, xr, b1b)));
                    Vector<T> cd = Simd.MulAdd(w2c, TActivation.Apply(Simd.MulAdd(w1c, xr, b1c)), w2d * TActivation.Apply(Simd.MulAdd(w1d, xr, b1d)));
                    Unsafe.Add(ref partial0, r) += ab + cd;
                }
            }

            // The loops over leftover vectors and units are methods of their own, called only when there are any: a
            // first call (at tier 0, which compiles every line of a method) compiles just the code the shape runs.
            if (j < vectorEnd)
            {
                ForwardVectors<T, TActivation>(ref w1, ref b1, ref w2, ref x0, n, j, vectorEnd, ref partial0);
            }

            // The loss and each row's delta ∂L/∂y = 2·scale·(y − t); the units past the vectors are added here. The
            // rows' lane sums go into the delta buffer, each then replaced by its row's delta.
            LinearAlgebra.SumLanes(ref partial0, n, ref delta0, simd);
            T b2 = Unsafe.Add(ref w1, 3 * hidden);
            T twiceScale = scale + scale;
            T lossSum = T.Zero;
            T biasGradient = T.Zero;
            for (int r = 0; r < n; r++)
            {
                T xr = x[r];
                T yr = Unsafe.Add(ref delta0, r) + b2;
                if (vectorEnd < hidden)
                {
                    yr = ForwardUnits<T, TActivation>(ref w1, ref b1, ref w2, vectorEnd, hidden, xr, yr);
                }

                T error = yr - t[r];
                lossSum += error * error;
                Unsafe.Add(ref delta0, r) = twiceScale * error;
                biasGradient += Unsafe.Add(ref delta0, r);
            }

            // Backward: per vector of units, ∂L/∂W2 = Σ d·h, ∂L/∂b1 = Σ d·w2·f'(z), ∂L/∂W1 = Σ d·w2·f'(z)·x.
            ref T g0 = ref MemoryMarshal.GetReference(g);
            j = 0;
            for (; j + 4 * c <= vectorEnd; j += 4 * c)
            {
                var a = new UnitGradients<T>(ref w1, ref b1, ref w2, j);
                var b = new UnitGradients<T>(ref w1, ref b1, ref w2, j + c);
                var cc = new UnitGradients<T>(ref w1, ref b1, ref w2, j + 2 * c);
                var d = new UnitGradients<T>(ref w1, ref b1, ref w2, j + 3 * c);
                for (int r = 0; r < n; r++)
                {
                    var xr = new Vector<T>(Unsafe.Add(ref x0, r));
                    var dr = new Vector<T>(Unsafe.Add(ref delta0, r));
                    a.Add<TActivation>(xr, dr);
                    b.Add<TActivation>(xr, dr);
                    cc.Add<TActivation>(xr, dr);
                    d.Add<TActivation>(xr, dr);
                }

                a.AddTo(ref g0, hidden, j);
                b.AddTo(ref g0, hidden, j + c);
                cc.AddTo(ref g0, hidden, j + 2 * c);
                d.AddTo(ref g0, hidden, j + 3 * c);
            }

            if (j < vectorEnd)
            {
                BackwardVectors<T, TActivation>(ref w1, ref b1, ref w2, ref x0, ref delta0, n, hidden, j, vectorEnd, ref g0);
            }

            if (vectorEnd < hidden)
            {
                BackwardUnits<T, TActivation>(ref w1, ref b1, ref w2, ref x0, ref delta0, n, hidden, vectorEnd, ref g0);
            }

            Unsafe.Add(ref g0, 3 * hidden) += biasGradient;
            return lossSum;
        }

        /// <summary>Forward over the vectors of units from j to vectorEnd one at a time (the block's leftover after the groups of four).</summary>
        [FloatCopy]
        private static void ForwardVectors<T, TActivation>(ref T w1, ref T b1, ref T w2, ref T x0, int n, int j, int vectorEnd, ref Vector<T> partial0)
            where T : struct, IFloatingPointIeee754<T>
            where TActivation : ILaneActivation<T>
        {
            for (; j < vectorEnd; j += Vector<T>.Count)
            {
                Vector<T> w1a = Vector.LoadUnsafe(ref w1, (nuint)j), b1a = Vector.LoadUnsafe(ref b1, (nuint)j), w2a = Vector.LoadUnsafe(ref w2, (nuint)j);
                for (int r = 0; r < n; r++)
                {
                    var xr = new Vector<T>(Unsafe.Add(ref x0, r));
                    Unsafe.Add(ref partial0, r) = Simd.MulAdd(w2a, TActivation.Apply(Simd.MulAdd(w1a, xr, b1a)), Unsafe.Add(ref partial0, r));
                }
            }
        }

        /// <summary>y plus the units from first to hidden, one at a time, for input x (those past the vectors).</summary>
        [FloatCopy]
        private static T ForwardUnits<T, TActivation>(ref T w1, ref T b1, ref T w2, int first, int hidden, T x, T y)
            where T : struct, IFloatingPointIeee754<T>
            where TActivation : ILaneActivation<T>
        {
            for (int k = first; k < hidden; k++)
            {
                y += Unsafe.Add(ref w2, k) * TActivation.Apply(Unsafe.Add(ref w1, k) * x + Unsafe.Add(ref b1, k));
            }

            return y;
        }

        /// <summary>Backward over the vectors of units from j to vectorEnd one at a time; gradients are added at g0.</summary>
        [FloatCopy]
        private static void BackwardVectors<T, TActivation>(ref T w1, ref T b1, ref T w2, ref T x0, ref T delta0, int n, int hidden, int j, int vectorEnd, ref T g0)
            where T : struct, IFloatingPointIeee754<T>
            where TActivation : ILaneActivation<T>
        {
            for (; j < vectorEnd; j += Vector<T>.Count)
            {
                var a = new UnitGradients<T>(ref w1, ref b1, ref w2, j);
                for (int r = 0; r < n; r++)
                {
                    a.Add<TActivation>(new Vector<T>(Unsafe.Add(ref x0, r)), new Vector<T>(Unsafe.Add(ref delta0, r)));
                }

                a.AddTo(ref g0, hidden, j);
            }
        }

        /// <summary>Backward over the units from first to hidden one at a time (those past the vectors); gradients are added at g0.</summary>
        [FloatCopy]
        private static void BackwardUnits<T, TActivation>(ref T w1, ref T b1, ref T w2, ref T x0, ref T delta0, int n, int hidden, int first, ref T g0)
            where T : struct, IFloatingPointIeee754<T>
            where TActivation : ILaneActivation<T>
        {
            for (int k = first; k < hidden; k++)
            {
                T w1k = Unsafe.Add(ref w1, k), b1k = Unsafe.Add(ref b1, k), w2k = Unsafe.Add(ref w2, k);
                T gw1 = T.Zero, gb1 = T.Zero, gw2 = T.Zero;
                for (int r = 0; r < n; r++)
                {
                    T xr = Unsafe.Add(ref x0, r);
                    T z = w1k * xr + b1k;
                    T h = TActivation.Apply(z);
                    gw2 += Unsafe.Add(ref delta0, r) * h;
                    T dz = Unsafe.Add(ref delta0, r) * w2k * TActivation.Derivative(z, h);
                    gb1 += dz;
                    gw1 += dz * xr;
                }

                Unsafe.Add(ref g0, k) += gw1;
                Unsafe.Add(ref g0, hidden + k) += gb1;
                Unsafe.Add(ref g0, 2 * hidden + k) += gw2;
            }
        }

        /// <summary>A block's scratch on the stack: <see cref="BlockRows"/> vectors of partial sums, then the rows' deltas.</summary>
        [FloatCopy]
        [InlineArray(2 * BlockRows)]
        private struct BlockScratch<T> where T : struct
        {
            private Vector<T> first;
        }

        /// <summary>One vector of hidden units: their parameters and the gradients summed over the block's rows.</summary>
        [FloatCopy]
        private struct UnitGradients<T> where T : struct, IFloatingPointIeee754<T>
        {
            private readonly Vector<T> w1, b1, w2;
            private Vector<T> gw1, gb1, gw2;

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public UnitGradients(ref T w1, ref T b1, ref T w2, int j)
            {
                this.w1 = Vector.LoadUnsafe(ref w1, (nuint)j);
                this.b1 = Vector.LoadUnsafe(ref b1, (nuint)j);
                this.w2 = Vector.LoadUnsafe(ref w2, (nuint)j);
                gw1 = gb1 = gw2 = Vector<T>.Zero;
            }

            /// <summary>Adds one row with input x and output delta d (both broadcast).</summary>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public void Add<TActivation>(Vector<T> x, Vector<T> d) where TActivation : ILaneActivation<T>
            {
                Vector<T> z = Simd.MulAdd(w1, x, b1);
                Vector<T> h = TActivation.Apply(z);
                gw2 = Simd.MulAdd(d, h, gw2);
                Vector<T> dz = d * w2 * TActivation.Derivative(z, h);
                gb1 += dz;
                gw1 = Simd.MulAdd(dz, x, gw1);
            }

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public readonly void AddTo(ref T g, int hidden, int j)
            {
                ref T gw1At = ref Unsafe.Add(ref g, j), gb1At = ref Unsafe.Add(ref g, hidden + j), gw2At = ref Unsafe.Add(ref g, 2 * hidden + j);
                (Vector.LoadUnsafe(ref gw1At) + gw1).StoreUnsafe(ref gw1At);
                (Vector.LoadUnsafe(ref gb1At) + gb1).StoreUnsafe(ref gb1At);
                (Vector.LoadUnsafe(ref gw2At) + gw2).StoreUnsafe(ref gw2At);
            }
        }

        /// <summary>f(w1·x + b1) for the vector of units at j.</summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector<T> Hidden<T, TActivation>(ref T w1, ref T b1, int j, Vector<T> x)
            where T : struct, IFloatingPointIeee754<T>
            where TActivation : ILaneActivation<T>
            => TActivation.Apply(Simd.MulAdd(Vector.LoadUnsafe(ref w1, (nuint)j), x, Vector.LoadUnsafe(ref b1, (nuint)j)));

        // The checks' messages are built in methods of their own: a first call compiles only what runs.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void RequireTargets(int inputs, int targets)
        {
            if (targets != inputs)
            {
                ThrowTargets(inputs, targets);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void RequireParameters(int length, int hidden)
        {
            if (hidden < 1 || length < 3L * hidden + 1)
            {
                ThrowParameters(length, hidden);
            }
        }

        private static void ThrowTargets(int inputs, int targets)
            => throw new ArgumentException($"Expected {inputs} targets, one per input, but got {targets}.", nameof(targets));

        private static void ThrowParameters(int length, int hidden)
            => throw new ArgumentException($"A 1→{hidden}→1 network has {3L * hidden + 1} parameters, but the span holds {length}.");
    }
}
