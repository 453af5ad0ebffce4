using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NetGen.Runtime
{
    internal static partial class VectorMath
    {
        /// <summary>
        /// Float softmax on Vector&lt;float&gt;: the maximum, e^(x − max) by <see cref="Exp"/> on whole vectors and
        /// MathF.Exp on the tail, their sum, then one scale. Returns false, having written nothing, when a logit is NaN
        /// or infinite: the scalar form then gives PyTorch's NaN/∞ semantics. y may be x itself.
        /// </summary>
        public static bool TrySoftmax(ReadOnlySpan<float> x, Span<float> y)
        {
            int width = Vector<float>.Count;
            int vectorEnd = x.Length - x.Length % width;
            ref float x0 = ref MemoryMarshal.GetReference(x);
            ref float y0 = ref MemoryMarshal.GetReference(y);
            var vMax = new Vector<float>(float.NegativeInfinity);
            Vector<float> finite = Vector<float>.Zero; // x − x: 0 for finite x, NaN for NaN or ±∞
            for (int i = 0; i < vectorEnd; i += width)
            {
                Vector<float> v = Vector.LoadUnsafe(ref x0, (nuint)i);
                vMax = Vector.Max(vMax, v);
                finite += v - v;
            }

            float max = float.NegativeInfinity;
            for (int k = 0; k < width; k++)
            {
                max = MathF.Max(max, vMax[k]);
            }

            float tailCheck = 0;
            for (int i = vectorEnd; i < x.Length; i++)
            {
                float v = Unsafe.Add(ref x0, i);
                max = MathF.Max(max, v);
                tailCheck += v - v;
            }

            if (finite != Vector<float>.Zero || tailCheck != 0)
            {
                return false;
            }

            // x − max ≤ 0; below −104 e^(x − max) is 0 in float, where Exp's range ends.
            var vShift = new Vector<float>(max);
            var vFloor = new Vector<float>(-104f);
            Vector<float> vSum = Vector<float>.Zero;
            for (int i = 0; i < vectorEnd; i += width)
            {
                Vector<float> d = Vector.LoadUnsafe(ref x0, (nuint)i) - vShift;
                Vector<float> e = Vector.ConditionalSelect(Vector.LessThan(d, vFloor), Vector<float>.Zero, Exp(Vector.Max(d, vFloor)));
                e.StoreUnsafe(ref y0, (nuint)i);
                vSum += e;
            }

            float sum = Vector.Sum(vSum);
            for (int i = vectorEnd; i < x.Length; i++)
            {
                float e = MathF.Exp(Unsafe.Add(ref x0, i) - max);
                Unsafe.Add(ref y0, i) = e;
                sum += e;
            }

            var vInverse = new Vector<float>(1f / sum);
            for (int i = 0; i < vectorEnd; i += width)
            {
                (Vector.LoadUnsafe(ref y0, (nuint)i) * vInverse).StoreUnsafe(ref y0, (nuint)i);
            }

            for (int i = vectorEnd; i < x.Length; i++)
            {
                Unsafe.Add(ref y0, i) *= vInverse[0];
            }

            return true;
        }
    }
}
