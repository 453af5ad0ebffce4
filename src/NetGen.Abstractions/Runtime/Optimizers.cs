using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NetGen.Runtime
{
    /// <summary>
    /// torch.optim's update rules over one contiguous parameter buffer. The generated <c>TrainStep</c> calls
    /// these, so each rule is written once, here.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static partial class Optimizers
    {
        /// <summary>
        /// One torch.optim.Adam step (or AdamW with <paramref name="decoupledWeightDecay"/>).
        /// </summary>
        /// <param name="parameters">The parameters, updated in place.</param>
        /// <param name="gradients">The gradients, laid out like the parameters.</param>
        /// <param name="firstMoment">The running mean of the gradients (exp_avg).</param>
        /// <param name="secondMoment">The running mean of the squared gradients (exp_avg_sq).</param>
        /// <param name="step">The 1-based step number, used for bias correction.</param>
        /// <param name="learningRate">lr.</param>
        /// <param name="beta1">β1.</param>
        /// <param name="beta2">β2.</param>
        /// <param name="epsilon">ε.</param>
        /// <param name="weightDecay">Adam: L2 added to the gradient. AdamW: decoupled decay.</param>
        /// <param name="decoupledWeightDecay">True for AdamW.</param>
        /// <param name="checkFinite">
        /// Compute the whole update first and write it only if every new parameter and moment is finite; otherwise
        /// throw <see cref="NonFiniteValueException"/> with every buffer untouched.
        /// </param>
        /// <param name="checkGradients">
        /// With <paramref name="checkFinite"/>: a NaN or infinite gradient throws the gradient's own message
        /// (<see cref="FiniteGuard.EnsureFiniteGradients{T}"/>) rather than the update's, nothing written; for a caller
        /// that leaves the gradients' check to the update (TrainStep). Costs no pass of its own.
        /// </param>
        /// <exception cref="NonFiniteValueException">With <paramref name="checkFinite"/>: the update is not finite; nothing was written.</exception>
        [FloatCopy]
        public static void Adam<T>(
            Span<T> parameters, ReadOnlySpan<T> gradients, Span<T> firstMoment, Span<T> secondMoment, long step,
            double learningRate, double beta1, double beta2, double epsilon, double weightDecay, bool decoupledWeightDecay,
            bool checkFinite = false, bool checkGradients = false)
            where T : struct, IFloatingPointIeee754<T>
            => AdamCore(parameters, gradients, firstMoment, secondMoment, step, learningRate, beta1, beta2, epsilon, weightDecay, decoupledWeightDecay, checkFinite, Simd.Enabled, checkGradients);

        /// <summary>
        /// <see cref="Adam{T}"/> with <c>checkFinite: true</c>, for a caller that keeps <paramref name="momentBounds"/> beside
        /// the moments: while they are known, the check reads only the parameters and the gradients, and the step carries
        /// the bounds forward; when not, the step checks from all four buffers and measures the moments it wrote. The
        /// caller resets them to <c>default</c> whenever anything else writes the moments.
        /// </summary>
        /// <exception cref="NonFiniteValueException">The update is not finite; nothing was written.</exception>
        [FloatCopy]
        public static void AdamWithMomentBounds<T>(
            Span<T> parameters, ReadOnlySpan<T> gradients, Span<T> firstMoment, Span<T> secondMoment, long step,
            double learningRate, double beta1, double beta2, double epsilon, double weightDecay, bool decoupledWeightDecay,
            ref AdamMomentBounds momentBounds, bool checkGradients = false)
            where T : struct, IFloatingPointIeee754<T>
            => AdamCore(parameters, gradients, firstMoment, secondMoment, step, learningRate, beta1, beta2, epsilon, weightDecay, decoupledWeightDecay,
                checkFinite: true, Simd.Enabled, checkGradients, keepBounds: true, ref momentBounds);

        [FloatCopy]
        internal static void AdamCore<T>(
            Span<T> parameters, ReadOnlySpan<T> gradients, Span<T> firstMoment, Span<T> secondMoment, long step,
            double learningRate, double beta1, double beta2, double epsilon, double weightDecay, bool decoupledWeightDecay,
            bool checkFinite, bool simd, bool checkGradients = false)
            where T : struct, IFloatingPointIeee754<T>
        {
            AdamMomentBounds none = default;
            AdamCore(parameters, gradients, firstMoment, secondMoment, step, learningRate, beta1, beta2, epsilon, weightDecay, decoupledWeightDecay, checkFinite, simd, checkGradients, keepBounds: false, ref none);
        }

        /// <summary><paramref name="keepBounds"/>: <see cref="AdamWithMomentBounds{T}"/>'s <paramref name="momentBounds"/> are kept.</summary>
        [FloatCopy]
        internal static void AdamCore<T>(
            Span<T> parameters, ReadOnlySpan<T> gradients, Span<T> firstMoment, Span<T> secondMoment, long step,
            double learningRate, double beta1, double beta2, double epsilon, double weightDecay, bool decoupledWeightDecay,
            bool checkFinite, bool simd, bool checkGradients, bool keepBounds, ref AdamMomentBounds momentBounds)
            where T : struct, IFloatingPointIeee754<T>
        {
            var rule = AdamRuleFor(parameters, gradients, firstMoment, secondMoment, step, learningRate, beta1, beta2, epsilon, weightDecay, decoupledWeightDecay);

            // Checked before anything is stored, so a failure leaves every buffer as it was: from the bounds of the stored
            // moments when known (two buffers read), else from all four.
            AdamMomentBounds carried = default;
            bool proven = checkFinite && keepBounds && AdamBoundFromMoments(rule, parameters, gradients, momentBounds, simd, out carried);
            if (checkFinite && !proven && !AdamUpdateIsFinite(rule, parameters, gradients, firstMoment, secondMoment, simd))
            {
                // Every check of the update (bound, exact pass, scalar rule) computes the new first moment
                // m·β1 + (1 − β1)·g (g + decay·p with L2): a NaN or infinite g makes it NaN or infinite (a finite factor
                // times ±∞ or NaN, or any sum with one, is never finite; the subnormal flush keeps it), so a
                // non-finite gradient always lands here, and the gradients' message comes first.
                if (checkGradients)
                {
                    FiniteGuard.EnsureFiniteGradients(gradients);
                }

                for (int i = 0; i < parameters.Length; i++)
                {
                    rule.Update(parameters[i], gradients[i], firstMoment[i], secondMoment[i], out T p, out T m, out T v);
                    ThrowIfNotFinite("Adam", i, p, m, v, "exp_avg", "exp_avg_sq");
                }
            }

            // Unknown while the moments change (an exception here leaves nothing stale behind).
            momentBounds = default;
            AdamPass(rule, parameters, gradients, firstMoment, secondMoment, simd, write: true);
            if (checkFinite && keepBounds)
            {
                momentBounds = proven ? carried : MeasureMoments(firstMoment, secondMoment, simd);
            }
        }

        /// <summary>The Adam rule for these arguments, once the buffers' lengths and the step are checked.</summary>
        [FloatCopy]
        private static AdamRule<T> AdamRuleFor<T>(
            Span<T> parameters, ReadOnlySpan<T> gradients, Span<T> firstMoment, Span<T> secondMoment, long step,
            double learningRate, double beta1, double beta2, double epsilon, double weightDecay, bool decoupledWeightDecay)
            where T : struct, IFloatingPointIeee754<T>
        {
            RequireSameLength(parameters, gradients, firstMoment, secondMoment);
            RequireStep(step);
            return new AdamRule<T>(step, learningRate, beta1, beta2, epsilon, weightDecay, decoupledWeightDecay);
        }

        /// <summary>
        /// Whether the update stores only finite values, stores nothing: first a cheap bound (the moments and the
        /// extremes that bound every new parameter; the few tail elements exactly), and only when it cannot prove the
        /// update finite, the update itself computed without storing it.
        /// </summary>
        [FloatCopy]
        private static bool AdamUpdateIsFinite<T>(AdamRule<T> rule, Span<T> parameters, ReadOnlySpan<T> gradients, Span<T> firstMoment, Span<T> secondMoment, bool simd)
            where T : struct, IFloatingPointIeee754<T>
            => AdamBoundIsFinite(rule, parameters, gradients, firstMoment, secondMoment, simd)
               || AdamPass(rule, parameters, gradients, firstMoment, secondMoment, simd, write: false);

        private static void RequireStep(long step)
        {
            if (step < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(step), step, "The step count starts at 1.");
            }
        }

        /// <summary>
        /// One pass of the Adam update: stores it when <paramref name="write"/>, and returns whether every new parameter
        /// and moment is finite (x − x is 0 for finite x, NaN otherwise, and NaN survives a sum).
        /// </summary>
        [FloatCopy]
        private static bool AdamPass<T>(
            AdamRule<T> rule, Span<T> parameters, ReadOnlySpan<T> gradients, Span<T> firstMoment, Span<T> secondMoment, bool simd, bool write)
            where T : struct, IFloatingPointIeee754<T>
        {
            ref T p0 = ref MemoryMarshal.GetReference(parameters);
            ref T g0 = ref MemoryMarshal.GetReference(gradients);
            ref T m0 = ref MemoryMarshal.GetReference(firstMoment);
            ref T v0 = ref MemoryMarshal.GetReference(secondMoment);
            int i = 0;
#if NET8_0_OR_GREATER
            // The length first: a small network never initialises Simd.Wide (a type load and, in a ReadyToRun image,
            // the one NetGen method of the tutorial's first Fit left to the JIT).
            if (simd && parameters.Length >= WideAdamMinimum && Simd.Vector512Enabled
                && !AdamPass512(rule, ref p0, ref g0, ref m0, ref v0, parameters.Length, write, out i))
            {
                return false;
            }

            if (simd && Vector.IsHardwareAccelerated)
            {
                // The same operations in the same order as AdamRule.Update, so both give identical results.
                var vB1 = new Vector<T>(rule.B1);
                var vB2 = new Vector<T>(rule.B2);
                var vOneMinusB1 = new Vector<T>(rule.OneMinusB1);
                var vOneMinusB2 = new Vector<T>(rule.OneMinusB2);
                var vStepSize = new Vector<T>(rule.StepSize);
                var vInverse = new Vector<T>(rule.InverseCorrection2Sqrt);
                var vEps = new Vector<T>(rule.Eps);
                var vDecay = new Vector<T>(rule.Decay);
                var vShrink = new Vector<T>(rule.Shrink);
                var vSmallestNormal = new Vector<T>(rule.SmallestNormal);
                Vector<T> check = Vector<T>.Zero;
                for (; i + Vector<T>.Count <= parameters.Length; i += Vector<T>.Count)
                {
                    nuint at = (nuint)i;
                    Vector<T> p = Vector.LoadUnsafe(ref p0, at);
                    Vector<T> g = Vector.LoadUnsafe(ref g0, at);
                    if (rule.Coupled)
                    {
                        g += vDecay * p;
                    }

                    if (rule.Decoupled)
                    {
                        p *= vShrink;
                    }

                    Vector<T> m = FlushSubnormal(Vector.LoadUnsafe(ref m0, at) * vB1 + vOneMinusB1 * g, vSmallestNormal);
                    Vector<T> v = FlushSubnormal(Vector.LoadUnsafe(ref v0, at) * vB2 + vOneMinusB2 * g * g, vSmallestNormal);
                    p -= vStepSize * m / (Vector.SquareRoot(v) * vInverse + vEps);
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

                // The operator, not Vector.EqualsAll: a call with Vector<float> arguments into CoreLib makes crossgen2
                // refuse the whole method (ReadyToRun), and tier 0 compiles it as one more method.
                if (!write && check != Vector<T>.Zero)
                {
                    return false;
                }
            }
#endif

            T sum = T.Zero;
            for (; i < parameters.Length; i++)
            {
                rule.Update(Unsafe.Add(ref p0, i), Unsafe.Add(ref g0, i), Unsafe.Add(ref m0, i), Unsafe.Add(ref v0, i), out T p, out T m, out T v);
                if (write)
                {
                    Unsafe.Add(ref m0, i) = m;
                    Unsafe.Add(ref v0, i) = v;
                    Unsafe.Add(ref p0, i) = p;
                }
                else
                {
                    sum += (p - p) + (m - m) + (v - v);
                }
            }

            return sum == T.Zero;
        }

        /// <summary>
        /// True when the update is surely finite, proven from the parameters, the gradients and the bounds of the stored
        /// moments (<paramref name="stored"/>; unknown: false). With M ≥ |m|, V ≥ v ≥ 0 and G = max|g| (g + decay·p with
        /// L2): |m'| ≤ β1·M + (1 − β1)·G, 0 ≤ v' ≤ β2·V + (1 − β2)·G², so the denominator √v'·c + ε is at least ε and
        /// |p'| ≤ max|p| + s·|m'| / ε. Each bound stays below a quarter of the largest T, far above what the rounding of
        /// the few operations per element can add. <paramref name="carried"/>: the bounds of the moments this update
        /// stores, widened by <see cref="AdamMomentBounds.RoundingAllowance"/>. Two buffers read where
        /// <see cref="AdamBoundIsFinite{T}"/> reads four; false means "not proven".
        /// </summary>
        [FloatCopy]
        private static bool AdamBoundFromMoments<T>(AdamRule<T> rule, ReadOnlySpan<T> parameters, ReadOnlySpan<T> gradients, in AdamMomentBounds stored, bool simd,
            out AdamMomentBounds carried)
            where T : struct, IFloatingPointIeee754<T>
        {
            carried = default;
            double epsilon = double.CreateTruncating(rule.Eps);
            if (!stored.Known || !(epsilon > 0) || !(stored.SmallestSecond >= 0)
                || !(rule.B1 >= T.Zero) || !(rule.OneMinusB1 >= T.Zero) || !(rule.B2 >= T.Zero) || !(rule.OneMinusB2 >= T.Zero)
                || !(rule.InverseCorrection2Sqrt >= T.Zero && T.IsFinite(rule.InverseCorrection2Sqrt)))
            {
                // ε ≤ 0, a negative second moment or factor, or an infinite correction (β2 = 1: 0·∞ is NaN): the
                // denominator may be smaller than ε, or not a number.
                return false;
            }

            ref T p0 = ref MemoryMarshal.GetReference(parameters);
            ref T g0 = ref MemoryMarshal.GetReference(gradients);
            T largestParameter = T.Zero;
            T largestGradient = T.Zero;
            T check = T.Zero;
            // From the top down, as AdamBoundIsFinite: the write pass that follows goes up and finds the first elements of
            // both buffers still in cache. 512-bit vectors below wideEnd, Vector<T> up to vectorEnd, scalars above.
            int length = parameters.Length;
            int vectorEnd = 0;
#if NET8_0_OR_GREATER
            int wideEnd = 0;
            if (simd && length >= WideAdamMinimum && Simd.Vector512Enabled)
            {
                wideEnd = WholeVectors512<T>(length);
            }

            vectorEnd = simd && Vector.IsHardwareAccelerated ? length - (length - wideEnd) % Vector<T>.Count : wideEnd;
#endif
            for (int i = length - 1; i >= vectorEnd; i--)
            {
                T p = Unsafe.Add(ref p0, i);
                T g = Unsafe.Add(ref g0, i);
                if (rule.Coupled)
                {
                    g += rule.Decay * p;
                }

                check += (p - p) + (g - g);
                largestParameter = T.Abs(p) > largestParameter ? T.Abs(p) : largestParameter;
                largestGradient = T.Abs(g) > largestGradient ? T.Abs(g) : largestGradient;
            }

#if NET8_0_OR_GREATER
            if (vectorEnd > wideEnd)
            {
                LargestMagnitudesVector(rule, ref p0, ref g0, wideEnd, vectorEnd, ref largestParameter, ref largestGradient, ref check);
            }

            if (wideEnd > 0)
            {
                LargestMagnitudes512(rule, ref p0, ref g0, wideEnd, ref largestParameter, ref largestGradient, ref check);
            }
#endif

            if (check != T.Zero)
            {
                return false;
            }

            // In double: exact for float's values, and the allowance covers double's rounding.
            double limit = double.CreateTruncating(T.BitDecrement(T.PositiveInfinity)) / 4;
            double gradient = double.CreateTruncating(largestGradient);
            double parameter = double.CreateTruncating(largestParameter) * (rule.Decoupled ? Math.Abs(double.CreateTruncating(rule.Shrink)) : 1);
            double first = (double.CreateTruncating(rule.B1) * stored.LargestFirst + double.CreateTruncating(rule.OneMinusB1) * gradient) * AdamMomentBounds.RoundingAllowance;
            double second = (double.CreateTruncating(rule.B2) * stored.LargestSecond + double.CreateTruncating(rule.OneMinusB2) * gradient * gradient) * AdamMomentBounds.RoundingAllowance;
            double move = Math.Abs(double.CreateTruncating(rule.StepSize)) * first;
            if (!(first <= limit && second <= limit && parameter <= limit && move <= limit && parameter + move / epsilon <= limit))
            {
                return false;
            }

            carried = new AdamMomentBounds(first, 0, second);
            return true;
        }

#if NET8_0_OR_GREATER
        /// <summary>
        /// <see cref="AdamBoundFromMoments{T}"/>'s extremes over [<paramref name="from"/>, <paramref name="to"/>), whole
        /// vectors of Vector&lt;T&gt;, from the top down, as <see cref="LargestMagnitudes512{T}"/> over its range. The
        /// gradient is the one the update sees (with L2 decay, g + decay·p, the same operations); the sum of the
        /// magnitudes is finite only if every value is (a sum that overflows only fails the proof). A method of its own,
        /// never inlined: inside its caller (or inlined further up) the JIT kept the running maxima on the stack, a store
        /// and a reload on every vector's dependency chain, and the AVX2 OptimizerStep of 264,193 parameters took 240–295 µs
        /// against 135–165 µs with AVX-512 (Zen 4, same FMA rate).
        /// </summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void LargestMagnitudesVector<T>(AdamRule<T> rule, ref T p0, ref T g0, int from, int to, ref T largestParameter, ref T largestGradient, ref T check)
            where T : struct, IFloatingPointIeee754<T>
        {
            // Two vectors a round, each into its own extremes: a compare-and-select chain waits a few cycles a round.
            int width = Vector<T>.Count;
            var vDecay = new Vector<T>(rule.Decay);
            Vector<T> vSum = Vector<T>.Zero;
            Vector<T> vLargestParameter = Vector<T>.Zero, vLargestParameter2 = Vector<T>.Zero;
            Vector<T> vLargestGradient = Vector<T>.Zero, vLargestGradient2 = Vector<T>.Zero;
            int i = to - width;
            for (; i >= from + width; i -= 2 * width)
            {
                nuint at = (nuint)i;
                nuint below = (nuint)(i - width);
                Vector<T> p = Vector.LoadUnsafe(ref p0, at);
                Vector<T> g = Vector.LoadUnsafe(ref g0, at);
                Vector<T> p2 = Vector.LoadUnsafe(ref p0, below);
                Vector<T> g2 = Vector.LoadUnsafe(ref g0, below);
                if (rule.Coupled)
                {
                    g += vDecay * p;
                    g2 += vDecay * p2;
                }

                Vector<T> absP = Vector.Abs(p);
                Vector<T> absG = Vector.Abs(g);
                Vector<T> absP2 = Vector.Abs(p2);
                Vector<T> absG2 = Vector.Abs(g2);
                vSum += (absP + absG) + (absP2 + absG2);
                vLargestParameter = Vector.ConditionalSelect(Vector.GreaterThan(absP, vLargestParameter), absP, vLargestParameter);
                vLargestGradient = Vector.ConditionalSelect(Vector.GreaterThan(absG, vLargestGradient), absG, vLargestGradient);
                vLargestParameter2 = Vector.ConditionalSelect(Vector.GreaterThan(absP2, vLargestParameter2), absP2, vLargestParameter2);
                vLargestGradient2 = Vector.ConditionalSelect(Vector.GreaterThan(absG2, vLargestGradient2), absG2, vLargestGradient2);
            }

            if (i >= from)
            {
                // The odd vector left at the bottom.
                Vector<T> p = Vector.LoadUnsafe(ref p0, (nuint)i);
                Vector<T> g = Vector.LoadUnsafe(ref g0, (nuint)i);
                if (rule.Coupled)
                {
                    g += vDecay * p;
                }

                Vector<T> absP = Vector.Abs(p);
                Vector<T> absG = Vector.Abs(g);
                vSum += absP + absG;
                vLargestParameter = Vector.ConditionalSelect(Vector.GreaterThan(absP, vLargestParameter), absP, vLargestParameter);
                vLargestGradient = Vector.ConditionalSelect(Vector.GreaterThan(absG, vLargestGradient), absG, vLargestGradient);
            }

            vLargestParameter = Vector.ConditionalSelect(Vector.GreaterThan(vLargestParameter2, vLargestParameter), vLargestParameter2, vLargestParameter);
            vLargestGradient = Vector.ConditionalSelect(Vector.GreaterThan(vLargestGradient2, vLargestGradient), vLargestGradient2, vLargestGradient);

            // Copies by reference: lanes read through a ref after the loop.
            Vector<T> lanes = vSum - vSum;
            check += SumOf(ref Unsafe.As<Vector<T>, T>(ref lanes), width);
            lanes = vLargestParameter;
            largestParameter = T.Max(largestParameter, LargestOf(ref Unsafe.As<Vector<T>, T>(ref lanes), width));
            lanes = vLargestGradient;
            largestGradient = T.Max(largestGradient, LargestOf(ref Unsafe.As<Vector<T>, T>(ref lanes), width));
        }
#endif

        /// <summary>
        /// The bounds of the stored moments, measured: after an update checked from all four buffers (the first, or the
        /// first after the moments were loaded or cleared), so the next ones can start from them.
        /// </summary>
        [FloatCopy]
        private static AdamMomentBounds MeasureMoments<T>(ReadOnlySpan<T> firstMoment, ReadOnlySpan<T> secondMoment, bool simd)
            where T : struct, IFloatingPointIeee754<T>
        {
            ref T m0 = ref MemoryMarshal.GetReference(firstMoment);
            ref T v0 = ref MemoryMarshal.GetReference(secondMoment);
            T largestFirst = T.Zero;
            T smallestSecond = T.PositiveInfinity;
            T largestSecond = T.Zero;
            T check = T.Zero;
            int i = 0;
#if NET8_0_OR_GREATER
            if (simd && Vector.IsHardwareAccelerated && firstMoment.Length >= Vector<T>.Count)
            {
                Vector<T> vCheck = Vector<T>.Zero;
                Vector<T> vLargestFirst = Vector<T>.Zero;
                Vector<T> vNegatedSmallestSecond = new Vector<T>(T.NegativeInfinity);
                Vector<T> vLargestSecond = Vector<T>.Zero;
                for (; i + Vector<T>.Count <= firstMoment.Length; i += Vector<T>.Count)
                {
                    Vector<T> m = Vector.Abs(Vector.LoadUnsafe(ref m0, (nuint)i));
                    Vector<T> v = Vector.LoadUnsafe(ref v0, (nuint)i);
                    Vector<T> negatedV = -v;
                    vCheck += (m - m) + (v - v);
                    vLargestFirst = Vector.ConditionalSelect(Vector.GreaterThan(m, vLargestFirst), m, vLargestFirst);
                    vNegatedSmallestSecond = Vector.ConditionalSelect(Vector.GreaterThan(negatedV, vNegatedSmallestSecond), negatedV, vNegatedSmallestSecond);
                    vLargestSecond = Vector.ConditionalSelect(Vector.GreaterThan(v, vLargestSecond), v, vLargestSecond);
                }

                if (vCheck != Vector<T>.Zero)
                {
                    return default;
                }

                // Copies by reference, so the loop's accumulators stay in registers.
                Vector<T> lanes = vLargestFirst;
                largestFirst = LargestOf(ref Unsafe.As<Vector<T>, T>(ref lanes), Vector<T>.Count);
                lanes = vNegatedSmallestSecond;
                smallestSecond = -LargestOf(ref Unsafe.As<Vector<T>, T>(ref lanes), Vector<T>.Count);
                lanes = vLargestSecond;
                largestSecond = LargestOf(ref Unsafe.As<Vector<T>, T>(ref lanes), Vector<T>.Count);
            }
#endif

            for (; i < firstMoment.Length; i++)
            {
                T m = T.Abs(Unsafe.Add(ref m0, i));
                T v = Unsafe.Add(ref v0, i);
                check += (m - m) + (v - v);
                largestFirst = m > largestFirst ? m : largestFirst;
                smallestSecond = v < smallestSecond ? v : smallestSecond;
                largestSecond = v > largestSecond ? v : largestSecond;
            }

            // Never unknown for a finite buffer; a NaN anywhere (impossible after a checked update) leaves them unknown.
            return check == T.Zero
                ? new AdamMomentBounds(double.CreateTruncating(largestFirst), double.CreateTruncating(smallestSecond), double.CreateTruncating(largestSecond))
                : default;
        }

        /// <summary>
        /// True when the update is surely finite: the new moments are finite and, per lane, |p − s·m / (√v·c + ε)| ≤
        /// max|p| + s·max|m| / (√(min v)·c + ε) (and s·max|m| itself) stays below a quarter of the largest T, far enough
        /// that the rounding of the few operations per element cannot cross MaxValue. False means "not proven": then
        /// the exact check runs. One read of the buffers with no square root or division (the update has both).
        /// </summary>
        [FloatCopy]
        private static bool AdamBoundIsFinite<T>(
            AdamRule<T> rule, ReadOnlySpan<T> parameters, ReadOnlySpan<T> gradients, ReadOnlySpan<T> firstMoment, ReadOnlySpan<T> secondMoment, bool simd)
            where T : struct, IFloatingPointIeee754<T>
        {
            ref T p0 = ref MemoryMarshal.GetReference(parameters);
            ref T g0 = ref MemoryMarshal.GetReference(gradients);
            ref T m0 = ref MemoryMarshal.GetReference(firstMoment);
            ref T v0 = ref MemoryMarshal.GetReference(secondMoment);
            T limit = T.BitDecrement(T.PositiveInfinity) / T.CreateTruncating(4);
            if (!(rule.Eps >= T.Zero))
            {
                // A negative ε could make the denominator smaller than the bound assumes.
                return false;
            }

            int i = 0;
#if NET8_0_OR_GREATER
            if (simd && parameters.Length >= WideAdamMinimum && Simd.Vector512Enabled
                && !AdamBound512(rule, ref p0, ref g0, ref m0, ref v0, parameters.Length, limit, out i))
            {
                return false;
            }

            if (simd && Vector.IsHardwareAccelerated && parameters.Length - i >= Vector<T>.Count)
            {
                // The same operations as AdamRule.Update up to the moments. NaN anywhere reaches vCheck (the compare-
                // and-select extremes skip NaN, which vCheck has caught).
                var vB1 = new Vector<T>(rule.B1);
                var vB2 = new Vector<T>(rule.B2);
                var vOneMinusB1 = new Vector<T>(rule.OneMinusB1);
                var vOneMinusB2 = new Vector<T>(rule.OneMinusB2);
                var vDecay = new Vector<T>(rule.Decay);
                var vShrink = new Vector<T>(rule.Shrink);
                var vSmallestNormal = new Vector<T>(rule.SmallestNormal);
                Vector<T> vCheck = Vector<T>.Zero;
                Vector<T> vMaxP = Vector<T>.Zero;
                Vector<T> vMaxM = Vector<T>.Zero;
                Vector<T> vMinV = new Vector<T>(T.PositiveInfinity);
                int first = i;
                i = parameters.Length - (parameters.Length - first) % Vector<T>.Count;

                // From the top down (the extremes do not depend on the order): the write pass that follows goes up and
                // finds its first elements of all four buffers still in cache.
                for (int at0 = i - Vector<T>.Count; at0 >= first; at0 -= Vector<T>.Count)
                {
                    nuint at = (nuint)at0;
                    Vector<T> p = Vector.LoadUnsafe(ref p0, at);
                    Vector<T> g = Vector.LoadUnsafe(ref g0, at);
                    if (rule.Coupled)
                    {
                        g += vDecay * p;
                    }

                    if (rule.Decoupled)
                    {
                        p *= vShrink;
                    }

                    Vector<T> m = FlushSubnormal(Vector.LoadUnsafe(ref m0, at) * vB1 + vOneMinusB1 * g, vSmallestNormal);
                    Vector<T> v = FlushSubnormal(Vector.LoadUnsafe(ref v0, at) * vB2 + vOneMinusB2 * g * g, vSmallestNormal);
                    vCheck += (p - p) + (m - m) + (v - v);
                    Vector<T> absP = Vector.Abs(p);
                    Vector<T> absM = Vector.Abs(m);
                    vMaxP = Vector.ConditionalSelect(Vector.GreaterThan(absP, vMaxP), absP, vMaxP);
                    vMaxM = Vector.ConditionalSelect(Vector.GreaterThan(absM, vMaxM), absM, vMaxM);
                    vMinV = Vector.ConditionalSelect(Vector.LessThan(v, vMinV), v, vMinV);
                }

                // Each lane's extremes bound that lane's elements; an overflow in the bound itself fails the compare.
                Vector<T> vStepTimesM = new Vector<T>(T.Abs(rule.StepSize)) * vMaxM;
                Vector<T> vBound = vMaxP + vStepTimesM / (Vector.SquareRoot(vMinV) * new Vector<T>(rule.InverseCorrection2Sqrt) + new Vector<T>(rule.Eps));
                var vLimit = new Vector<T>(limit);
                if (vCheck != Vector<T>.Zero
                    || !Vector.LessThanOrEqualAll(vStepTimesM, vLimit)
                    || !Vector.LessThanOrEqualAll(vBound, vLimit))
                {
                    return false;
                }
            }
#endif

            for (; i < parameters.Length; i++)
            {
                rule.Update(Unsafe.Add(ref p0, i), Unsafe.Add(ref g0, i), Unsafe.Add(ref m0, i), Unsafe.Add(ref v0, i), out T p, out T m, out T v);
                if (!T.IsFinite(p) || !T.IsFinite(m) || !T.IsFinite(v))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The smallest positive normal value of T (2⁻¹²⁶ for float, 2⁻¹⁰²² for double): ε (the smallest subnormal)
        /// divided by the spacing of the values just above 1, both powers of two, so the quotient is exact.
        /// </summary>
        [FloatCopy]
        private static T SmallestNormalValue<T>() where T : struct, IFloatingPointIeee754<T>
            => T.Epsilon / (T.BitIncrement(T.One) - T.One);

        /// <summary>
        /// A moment (Adam's two, SGD's momentum buffer) below the smallest normal value stored as zero, as
        /// torch.set_flush_denormal(True) does. A unit whose gradient stays 0 (a dead ReLU) has its moments decay to
        /// the smallest subnormal, where rounding keeps them for good, and arithmetic on subnormals is slow: Adam over 264,193 parameters, half of them subnormal,
        /// took 673 µs against 144 µs on AVX2 (results/issue-14-peak.md). The update moves a parameter by at most
        /// lr·2⁻¹²⁶/ε from such a moment, below the parameter's last bit for any usual parameter, so parameters keep
        /// their bits. NaN stays NaN (the compare is false) for the finite checks.
        /// </summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static T FlushSubnormal<T>(T moment, T smallestNormal) where T : struct, IFloatingPointIeee754<T>
            => T.Abs(moment) < smallestNormal ? T.Zero : moment;

#if NET8_0_OR_GREATER
        /// <summary>
        /// The largest of <paramref name="count"/> values from <paramref name="first"/> on (of non-NaN values): a vector's
        /// lanes, read through a reference to it. A call that takes a Vector&lt;T&gt; by value (the indexer too) makes
        /// crossgen2 refuse the caller, which the tutorial's first Fit would then JIT-compile (ReadyToRun).
        /// </summary>
        [FloatCopy]
        private static T LargestOf<T>(ref T first, int count) where T : struct, IFloatingPointIeee754<T>
        {
            T largest = first;
            for (int i = 1; i < count; i++)
            {
                T value = Unsafe.Add(ref first, i);
                largest = value > largest ? value : largest;
            }

            return largest;
        }

        /// <summary>The sum of <paramref name="count"/> values from <paramref name="first"/> on, in order (as <see cref="LargestOf{T}"/>).</summary>
        [FloatCopy]
        private static T SumOf<T>(ref T first, int count) where T : struct, IFloatingPointIeee754<T>
        {
            T sum = first;
            for (int i = 1; i < count; i++)
            {
                sum += Unsafe.Add(ref first, i);
            }

            return sum;
        }

        /// <summary><see cref="FlushSubnormal{T}(T, T)"/> on every lane.</summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector<T> FlushSubnormal<T>(Vector<T> moment, Vector<T> smallestNormal) where T : struct, IFloatingPointIeee754<T>
            => Vector.AndNot(moment, Vector.LessThan(Vector.Abs(moment), smallestNormal));
#endif

        /// <summary>Adam's per-step constants and its per-element rule, written once for the scalar loop and the rescan.</summary>
        [FloatCopy]
        private readonly struct AdamRule<T> where T : struct, IFloatingPointIeee754<T>
        {
            public readonly T StepSize, InverseCorrection2Sqrt, B1, B2, OneMinusB1, OneMinusB2, Eps, Decay, Shrink, SmallestNormal;
            public readonly bool Coupled, Decoupled;

            public AdamRule(long step, double learningRate, double beta1, double beta2, double epsilon, double weightDecay, bool decoupledWeightDecay)
            {
                // Bias corrections are scalars: compute them in double, as PyTorch does on the host.
                double biasCorrection1 = 1 - Math.Pow(beta1, step);
                double biasCorrection2Sqrt = Math.Sqrt(1 - Math.Pow(beta2, step));
                StepSize = T.CreateTruncating(learningRate / biasCorrection1);
                InverseCorrection2Sqrt = T.CreateTruncating(1 / biasCorrection2Sqrt);
                B1 = T.CreateTruncating(beta1);
                B2 = T.CreateTruncating(beta2);
                OneMinusB1 = T.CreateTruncating(1 - beta1);
                OneMinusB2 = T.CreateTruncating(1 - beta2);
                Eps = T.CreateTruncating(epsilon);
                Decay = T.CreateTruncating(weightDecay);
                Shrink = T.CreateTruncating(1 - learningRate * weightDecay);
                Coupled = weightDecay != 0 && !decoupledWeightDecay;
                Decoupled = weightDecay != 0 && decoupledWeightDecay;
                SmallestNormal = SmallestNormalValue<T>();
            }

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public void Update(T p, T g, T m, T v, out T newP, out T newM, out T newV)
            {
                if (Coupled)
                {
                    g += Decay * p;
                }

                if (Decoupled)
                {
                    p *= Shrink;
                }

                newM = FlushSubnormal(m * B1 + OneMinusB1 * g, SmallestNormal);
                newV = FlushSubnormal(v * B2 + OneMinusB2 * g * g, SmallestNormal);
                newP = p - StepSize * newM / (T.Sqrt(newV) * InverseCorrection2Sqrt + Eps);
            }
        }

        /// <summary>One torch.optim.SGD step with optional momentum, dampening, Nesterov and L2 weight decay.</summary>
        /// <param name="parameters">The parameters, updated in place.</param>
        /// <param name="gradients">The gradients, laid out like the parameters.</param>
        /// <param name="momentumBuffer">The momentum buffer; unused when momentum is 0.</param>
        /// <param name="step">The 1-based step number: on step 1 the buffer is set to the gradient, as PyTorch.</param>
        /// <param name="learningRate">lr.</param>
        /// <param name="momentum">Momentum factor.</param>
        /// <param name="dampening">Dampening for momentum.</param>
        /// <param name="nesterov">Nesterov momentum.</param>
        /// <param name="weightDecay">L2 added to the gradient.</param>
        /// <param name="checkFinite">
        /// Compute the whole update first and write it only if every new parameter and momentum value is finite;
        /// otherwise throw <see cref="NonFiniteValueException"/> with every buffer untouched.
        /// </param>
        /// <param name="checkGradients">As <see cref="Adam{T}"/>'s: costs no pass of its own.</param>
        /// <exception cref="NonFiniteValueException">With <paramref name="checkFinite"/>: the update is not finite; nothing was written.</exception>
        [FloatCopy]
        public static void Sgd<T>(
            Span<T> parameters, ReadOnlySpan<T> gradients, Span<T> momentumBuffer, long step,
            double learningRate, double momentum, double dampening, bool nesterov, double weightDecay, bool checkFinite = false,
            bool checkGradients = false)
            where T : struct, IFloatingPointIeee754<T>
            => SgdCore(parameters, gradients, momentumBuffer, step, learningRate, momentum, dampening, nesterov, weightDecay, checkFinite, Simd.Enabled, checkGradients);

        [FloatCopy]
        internal static void SgdCore<T>(
            Span<T> parameters, ReadOnlySpan<T> gradients, Span<T> momentumBuffer, long step,
            double learningRate, double momentum, double dampening, bool nesterov, double weightDecay, bool checkFinite, bool simd,
            bool checkGradients = false)
            where T : struct, IFloatingPointIeee754<T>
        {
            var rule = SgdRuleFor(parameters, gradients, momentumBuffer, step, learningRate, momentum, dampening, nesterov, weightDecay);

            // The check pass computes the update without storing it, so a failure leaves every buffer as it was.
            if (checkFinite && !SgdPass(rule, parameters, gradients, momentumBuffer, simd, write: false))
            {
                // A NaN or infinite g always lands here: the direction d = g (+ decay·p) is not finite, and so is every
                // value made from it (lr·d, even at lr = 0, and the momentum buffer, even at dampening 1), so the
                // gradients' own message comes first. A one-row step of 291 floats: 30 ns less than a pass of its own.
                if (checkGradients)
                {
                    FiniteGuard.EnsureFiniteGradients(gradients);
                }

                for (int i = 0; i < parameters.Length; i++)
                {
                    rule.Update(parameters[i], gradients[i], rule.UseMomentum ? momentumBuffer[i] : T.Zero, out T p, out T buffer);
                    ThrowIfNotFinite("SGD", i, p, buffer, T.Zero, "momentum_buffer", "");
                }
            }

            SgdPass(rule, parameters, gradients, momentumBuffer, simd, write: true);
        }

        /// <summary>The SGD rule for these arguments, once the buffers' lengths are checked (the momentum buffer only with momentum).</summary>
        private static SgdRule<T> SgdRuleFor<T>(
            Span<T> parameters, ReadOnlySpan<T> gradients, Span<T> momentumBuffer, long step,
            double learningRate, double momentum, double dampening, bool nesterov, double weightDecay)
            where T : struct, IFloatingPointIeee754<T>
        {
            var rule = new SgdRule<T>(step, learningRate, momentum, dampening, nesterov, weightDecay);
            if (rule.UseMomentum)
            {
                RequireSameLength(parameters, gradients, momentumBuffer, momentumBuffer);
            }
            else
            {
                RequireSameLength(parameters, gradients, parameters, parameters);
            }

            return rule;
        }

        /// <summary>One pass of the SGD update, as <see cref="AdamPass{T}"/>.</summary>
        [FloatCopy]
        private static bool SgdPass<T>(SgdRule<T> rule, Span<T> parameters, ReadOnlySpan<T> gradients, Span<T> momentumBuffer, bool simd, bool write)
            where T : struct, IFloatingPointIeee754<T>
        {
            ref T p0 = ref MemoryMarshal.GetReference(parameters);
            ref T g0 = ref MemoryMarshal.GetReference(gradients);
            ref T b0 = ref MemoryMarshal.GetReference(momentumBuffer);
            bool useMomentum = rule.UseMomentum;
            int i = 0;
#if NET8_0_OR_GREATER
            if (simd && Vector.IsHardwareAccelerated)
            {
                // The same operations in the same order as SgdRule.Update, so both give identical results.
                var vLr = new Vector<T>(rule.Lr);
                if (!useMomentum && !rule.HasDecay)
                {
                    // Plain SGD (p -= lr·g) apart: the general loop's per-element flag tests cost more than its math.
                    Vector<T> plainCheck = Vector<T>.Zero;
                    for (; i + Vector<T>.Count <= parameters.Length; i += Vector<T>.Count)
                    {
                        nuint at = (nuint)i;
                        Vector<T> p = Vector.LoadUnsafe(ref p0, at) - vLr * Vector.LoadUnsafe(ref g0, at);
                        if (write)
                        {
                            p.StoreUnsafe(ref p0, at);
                        }
                        else
                        {
                            // An OR of the bits, not a sum: an OR waits one cycle per vector, an add four
                            // (a one-row SGD step of 291 floats: 146 → 119 ns in a probe).
                            plainCheck |= p - p;
                        }
                    }

                    if (!write && plainCheck != Vector<T>.Zero)
                    {
                        return false;
                    }
                }

                var vMu = new Vector<T>(rule.Mu);
                var vSmallestNormal = new Vector<T>(rule.SmallestNormal);
                var vOneMinusDampening = new Vector<T>(rule.OneMinusDampening);
                var vDecay = new Vector<T>(rule.Decay);
                Vector<T> check = Vector<T>.Zero;
                for (; i + Vector<T>.Count <= parameters.Length; i += Vector<T>.Count)
                {
                    nuint at = (nuint)i;
                    Vector<T> p = Vector.LoadUnsafe(ref p0, at);
                    Vector<T> d = Vector.LoadUnsafe(ref g0, at);
                    if (rule.HasDecay)
                    {
                        d += vDecay * p;
                    }

                    Vector<T> buffer = Vector<T>.Zero;
                    if (useMomentum)
                    {
                        buffer = FlushSubnormal(rule.FirstStep ? d : Vector.LoadUnsafe(ref b0, at) * vMu + vOneMinusDampening * d, vSmallestNormal);
                        d = rule.Nesterov ? d + vMu * buffer : buffer;
                    }

                    p -= vLr * d;
                    if (write)
                    {
                        if (useMomentum)
                        {
                            buffer.StoreUnsafe(ref b0, at);
                        }

                        p.StoreUnsafe(ref p0, at);
                    }
                    else
                    {
                        check += (p - p) + (buffer - buffer);
                    }
                }

                if (!write && check != Vector<T>.Zero)
                {
                    return false;
                }
            }
#endif

            T sum = T.Zero;
            for (; i < parameters.Length; i++)
            {
                rule.Update(Unsafe.Add(ref p0, i), Unsafe.Add(ref g0, i), useMomentum ? Unsafe.Add(ref b0, i) : T.Zero, out T p, out T buffer);
                if (write)
                {
                    if (useMomentum)
                    {
                        Unsafe.Add(ref b0, i) = buffer;
                    }

                    Unsafe.Add(ref p0, i) = p;
                }
                else
                {
                    sum += (p - p) + (buffer - buffer);
                }
            }

            return sum == T.Zero;
        }

        /// <summary>SGD's per-step constants and its per-element rule, written once for the scalar loop and the rescan.</summary>
        [FloatCopy]
        private readonly struct SgdRule<T> where T : struct, IFloatingPointIeee754<T>
        {
            public readonly T Lr, Mu, OneMinusDampening, Decay, SmallestNormal;
            public readonly bool UseMomentum, HasDecay, Nesterov, FirstStep;

            public SgdRule(long step, double learningRate, double momentum, double dampening, bool nesterov, double weightDecay)
            {
                Lr = T.CreateTruncating(learningRate);
                Mu = T.CreateTruncating(momentum);
                OneMinusDampening = T.CreateTruncating(1 - dampening);
                Decay = T.CreateTruncating(weightDecay);
                UseMomentum = momentum != 0;
                HasDecay = weightDecay != 0;
                Nesterov = nesterov;
                FirstStep = step <= 1;
                SmallestNormal = SmallestNormalValue<T>();
            }

            /// <summary>The new parameter, and the new momentum buffer (0 without momentum).</summary>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public void Update(T p, T g, T buffer, out T newP, out T newBuffer)
            {
                T d = g;
                if (HasDecay)
                {
                    d += Decay * p;
                }

                newBuffer = T.Zero;
                if (UseMomentum)
                {
                    newBuffer = FlushSubnormal(FirstStep ? d : buffer * Mu + OneMinusDampening * d, SmallestNormal);
                    d = Nesterov ? d + Mu * newBuffer : newBuffer;
                }

                newP = p - Lr * d;
            }
        }

        /// <summary>
        /// One torch.optim.Rprop step: per parameter, the step size is multiplied by <paramref name="etaPlus"/> when the
        /// gradient has the previous gradient's sign, by <paramref name="etaMinus"/> when the sign flipped (the gradient
        /// then counts as 0: no move, and no sign change next step), and clamped to [min, max]; the parameter moves by
        /// its step size against the gradient's sign.
        /// </summary>
        /// <param name="parameters">The parameters, updated in place.</param>
        /// <param name="gradients">The gradients, laid out like the parameters.</param>
        /// <param name="previousGradients">torch's <c>prev</c>: the gradient of the last step (0 where it flipped).</param>
        /// <param name="stepSizes">torch's <c>step_size</c>: the per-parameter step sizes.</param>
        /// <param name="step">
        /// The 1-based step number. On step 1 the buffers' contents are ignored: the previous gradients count as 0 and
        /// every step size starts at <paramref name="learningRate"/>, as torch initialises its state.
        /// </param>
        /// <param name="learningRate">lr: the initial step size, read on step 1 only (as torch).</param>
        /// <param name="etaMinus">etas[0], in (0, 1).</param>
        /// <param name="etaPlus">etas[1], greater than 1.</param>
        /// <param name="stepSizeMin">step_sizes[0].</param>
        /// <param name="stepSizeMax">step_sizes[1].</param>
        /// <param name="checkFinite">
        /// Compute the whole update first and write it only if every new parameter, previous gradient and step size is
        /// finite; otherwise throw <see cref="NonFiniteValueException"/> with every buffer untouched.
        /// </param>
        /// <param name="checkGradients">
        /// As <see cref="Adam{T}"/>'s, here a pass of its own: Rprop's update reads only the gradient's sign, so an
        /// infinite gradient can give a finite update.
        /// </param>
        /// <exception cref="NonFiniteValueException">With <paramref name="checkFinite"/>: the update is not finite; nothing was written.</exception>
        [FloatCopy]
        public static void Rprop<T>(
            Span<T> parameters, ReadOnlySpan<T> gradients, Span<T> previousGradients, Span<T> stepSizes, long step,
            double learningRate, double etaMinus, double etaPlus, double stepSizeMin, double stepSizeMax, bool checkFinite = false,
            bool checkGradients = false)
            where T : struct, IFloatingPointIeee754<T>
            => RpropCore(parameters, gradients, previousGradients, stepSizes, step, learningRate, etaMinus, etaPlus, stepSizeMin, stepSizeMax, checkFinite, Simd.Enabled, checkGradients);

        [FloatCopy]
        internal static void RpropCore<T>(
            Span<T> parameters, ReadOnlySpan<T> gradients, Span<T> previousGradients, Span<T> stepSizes, long step,
            double learningRate, double etaMinus, double etaPlus, double stepSizeMin, double stepSizeMax, bool checkFinite, bool simd,
            bool checkGradients = false)
            where T : struct, IFloatingPointIeee754<T>
        {
            var rule = RpropRuleFor(parameters, gradients, previousGradients, stepSizes, step, learningRate, etaMinus, etaPlus, stepSizeMin, stepSizeMax);
            if (checkFinite && checkGradients)
            {
                FiniteGuard.EnsureFiniteGradients(gradients);
            }

            // The check pass computes the update without storing it, so a failure leaves every buffer as it was.
            if (checkFinite && !RpropPass(rule, parameters, gradients, previousGradients, stepSizes, simd, write: false))
            {
                for (int i = 0; i < parameters.Length; i++)
                {
                    rule.Update(parameters[i], gradients[i], previousGradients[i], stepSizes[i], out T p, out T prev, out T stepSize);
                    ThrowIfNotFinite("Rprop", i, p, prev, stepSize, "prev", "step_size");
                }
            }

            RpropPass(rule, parameters, gradients, previousGradients, stepSizes, simd, write: true);
        }

        /// <summary>The Rprop rule for these arguments, once the buffers' lengths and the step are checked.</summary>
        private static RpropRule<T> RpropRuleFor<T>(
            Span<T> parameters, ReadOnlySpan<T> gradients, Span<T> previousGradients, Span<T> stepSizes, long step,
            double learningRate, double etaMinus, double etaPlus, double stepSizeMin, double stepSizeMax)
            where T : struct, IFloatingPointIeee754<T>
        {
            RequireSameLength(parameters, gradients, previousGradients, stepSizes);
            RequireStep(step);
            return new RpropRule<T>(step, learningRate, etaMinus, etaPlus, stepSizeMin, stepSizeMax);
        }

        /// <summary>One pass of the Rprop update, as <see cref="AdamPass{T}"/>.</summary>
        [FloatCopy]
        private static bool RpropPass<T>(
            RpropRule<T> rule, Span<T> parameters, ReadOnlySpan<T> gradients, Span<T> previousGradients, Span<T> stepSizes, bool simd, bool write)
            where T : struct, IFloatingPointIeee754<T>
        {
            ref T p0 = ref MemoryMarshal.GetReference(parameters);
            ref T g0 = ref MemoryMarshal.GetReference(gradients);
            ref T r0 = ref MemoryMarshal.GetReference(previousGradients);
            ref T s0 = ref MemoryMarshal.GetReference(stepSizes);
            int i = 0;
#if NET8_0_OR_GREATER
            if (simd && Vector.IsHardwareAccelerated)
            {
                // RpropRule.Update with selects in place of branches, NaN taking the same path, so both give identical results.
                var vEtaMinus = new Vector<T>(rule.EtaMinus);
                var vEtaPlus = new Vector<T>(rule.EtaPlus);
                var vMin = new Vector<T>(rule.Min);
                var vMax = new Vector<T>(rule.Max);
                var vInitial = new Vector<T>(rule.InitialStepSize);
                Vector<T> check = Vector<T>.Zero;
                for (; i + Vector<T>.Count <= parameters.Length; i += Vector<T>.Count)
                {
                    nuint at = (nuint)i;
                    Vector<T> p = Vector.LoadUnsafe(ref p0, at);
                    Vector<T> g = Vector.LoadUnsafe(ref g0, at);
                    Vector<T> prev = rule.FirstStep ? Vector<T>.Zero : Vector.LoadUnsafe(ref r0, at);
                    Vector<T> stepSize = rule.FirstStep ? vInitial : Vector.LoadUnsafe(ref s0, at);
                    Vector<T> product = g * prev;
                    Vector<T> flipped = Vector.LessThan(product, Vector<T>.Zero);
                    Vector<T> factor = Vector.ConditionalSelect(Vector.Equals(product, Vector<T>.Zero), Vector<T>.One, product);
                    factor = Vector.ConditionalSelect(flipped, vEtaMinus, factor);
                    factor = Vector.ConditionalSelect(Vector.GreaterThan(product, Vector<T>.Zero), vEtaPlus, factor);
                    Vector<T> scaled = stepSize * factor;
                    Vector<T> newStepSize = Vector.ConditionalSelect(Vector.LessThan(scaled, vMin), vMin, Vector.ConditionalSelect(Vector.GreaterThan(scaled, vMax), vMax, scaled));
                    Vector<T> newPrev = Vector.ConditionalSelect(flipped, Vector<T>.Zero, g);
                    Vector<T> newP = Vector.ConditionalSelect(Vector.Equals(newPrev, Vector<T>.Zero), p, newPrev);
                    newP = Vector.ConditionalSelect(Vector.LessThan(newPrev, Vector<T>.Zero), p + newStepSize, newP);
                    newP = Vector.ConditionalSelect(Vector.GreaterThan(newPrev, Vector<T>.Zero), p - newStepSize, newP);
                    if (write)
                    {
                        newPrev.StoreUnsafe(ref r0, at);
                        newStepSize.StoreUnsafe(ref s0, at);
                        newP.StoreUnsafe(ref p0, at);
                    }
                    else
                    {
                        check += (newP - newP) + (newPrev - newPrev) + (newStepSize - newStepSize);
                    }
                }

                if (!write && check != Vector<T>.Zero)
                {
                    return false;
                }
            }
#endif

            T sum = T.Zero;
            for (; i < parameters.Length; i++)
            {
                rule.Update(Unsafe.Add(ref p0, i), Unsafe.Add(ref g0, i), Unsafe.Add(ref r0, i), Unsafe.Add(ref s0, i), out T p, out T prev, out T stepSize);
                if (write)
                {
                    Unsafe.Add(ref r0, i) = prev;
                    Unsafe.Add(ref s0, i) = stepSize;
                    Unsafe.Add(ref p0, i) = p;
                }
                else
                {
                    sum += (p - p) + (prev - prev) + (stepSize - stepSize);
                }
            }

            return sum == T.Zero;
        }

        /// <summary>Rprop's per-step constants and its per-element rule, written once for the pass and the rescan.</summary>
        [FloatCopy]
        private readonly struct RpropRule<T> where T : struct, IFloatingPointIeee754<T>
        {
            public readonly T InitialStepSize, EtaMinus, EtaPlus, Min, Max;
            public readonly bool FirstStep;

            public RpropRule(long step, double learningRate, double etaMinus, double etaPlus, double stepSizeMin, double stepSizeMax)
            {
                // torch holds the hyper-parameters as Python floats and applies them to tensors of the element type.
                InitialStepSize = T.CreateTruncating(learningRate);
                EtaMinus = T.CreateTruncating(etaMinus);
                EtaPlus = T.CreateTruncating(etaPlus);
                Min = T.CreateTruncating(stepSizeMin);
                Max = T.CreateTruncating(stepSizeMax);
                FirstStep = step <= 1;
            }

            /// <summary>
            /// torch's rule: sign = sign(g·prev) mapped to etaplus / etaminus / 1; step_size = clamp(step_size·sign);
            /// g = 0 where the sign flipped; p −= sign(g)·step_size; prev = g. NaN stays NaN (no branch takes it).
            /// </summary>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public void Update(T p, T g, T prev, T stepSize, out T newP, out T newPrev, out T newStepSize)
            {
                if (FirstStep)
                {
                    prev = T.Zero;
                    stepSize = InitialStepSize;
                }

                T product = g * prev;
                T factor = product > T.Zero ? EtaPlus : product < T.Zero ? EtaMinus : product == T.Zero ? T.One : product;
                T scaled = stepSize * factor;
                newStepSize = scaled < Min ? Min : scaled > Max ? Max : scaled;
                newPrev = product < T.Zero ? T.Zero : g;
                newP = newPrev > T.Zero ? p - newStepSize : newPrev < T.Zero ? p + newStepSize : newPrev == T.Zero ? p : newPrev;
            }
        }

        /// <summary>Names the first non-finite value of an update (the rescan after a failed check pass).</summary>
        [FloatCopy]
        private static void ThrowIfNotFinite<T>(string optimizer, int index, T parameter, T first, T second, string firstName, string secondName)
            where T : IFloatingPointIeee754<T>
        {
            string? what = !T.IsFinite(parameter) ? $"the parameter {parameter}"
                : !T.IsFinite(first) ? $"{firstName} {first}"
                : !T.IsFinite(second) ? $"{secondName} {second}"
                : null;
            if (what is not null)
            {
                throw new NonFiniteValueException(
                    $"The {optimizer} update of parameter {index} gives {what}; nothing was updated. Lower the learning rate, weight decay or data scale.");
            }
        }

        [FloatCopy]
        private static void RequireSameLength<T>(Span<T> parameters, ReadOnlySpan<T> gradients, Span<T> first, Span<T> second)
        {
            if (gradients.Length != parameters.Length || first.Length != parameters.Length || second.Length != parameters.Length)
            {
                throw new ArgumentException($"Every buffer must hold {parameters.Length} values, one per parameter.");
            }
        }
    }
}
