using System;

namespace NetGen
{
    /// <summary>
    /// A small, portable pseudo-random generator (xoshiro256** seeded by SplitMix64). The same seed gives
    /// the same sequence on every platform and .NET version, which <see cref="System.Random"/> does not promise.
    /// </summary>
    public sealed class DeterministicRandom
    {
        private ulong _s0, _s1, _s2, _s3;

        /// <summary>Creates a generator from a seed.</summary>
        /// <param name="seed">Any value; equal seeds give equal sequences.</param>
        public DeterministicRandom(long seed)
        {
            ulong x = unchecked((ulong)seed);
            _s0 = SplitMix(ref x);
            _s1 = SplitMix(ref x);
            _s2 = SplitMix(ref x);
            _s3 = SplitMix(ref x);
        }

        /// <summary>The next 64 random bits.</summary>
        public ulong NextUInt64()
        {
            ulong result = RotateLeft(_s1 * 5, 7) * 9;
            ulong t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = RotateLeft(_s3, 45);
            return result;
        }

        /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
        public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

        /// <summary>A uniform double in [low, high).</summary>
        public double NextUniform(double low, double high) => low + (high - low) * NextDouble();

        /// <summary>A standard normal sample (Box–Muller).</summary>
        public double NextNormal()
        {
            double u1 = 1.0 - NextDouble(); // (0, 1]: log never sees 0
            double u2 = NextDouble();
            return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        }

        /// <summary>A normal sample with the given mean and standard deviation.</summary>
        public double NextNormal(double mean, double standardDeviation) => mean + standardDeviation * NextNormal();

        /// <summary>A uniform integer in [0, maxExclusive), without modulo bias.</summary>
        public int NextInt(int maxExclusive)
        {
            if (maxExclusive <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(maxExclusive), maxExclusive, "Must be positive.");
            }

            // Lemire's multiply-and-shift: the high word of r·bound is uniform in [0, bound) once the rare low words
            // below 2^64 mod bound are rejected. No division on the common path (Fit shuffles every epoch).
            ulong bound = (ulong)maxExclusive;
            ulong high = Math.BigMul(NextUInt64(), bound, out ulong low);
            if (low < bound)
            {
                ulong threshold = (0UL - bound) % bound;
                while (low < threshold)
                {
                    high = Math.BigMul(NextUInt64(), bound, out low);
                }
            }

            return (int)high;
        }

        /// <summary>Shuffles <paramref name="values"/> in place (Fisher–Yates).</summary>
        public void Shuffle(Span<int> values)
        {
            for (int i = values.Length - 1; i > 0; i--)
            {
                int j = NextInt(i + 1);
                (values[i], values[j]) = (values[j], values[i]);
            }
        }

        private static ulong SplitMix(ref ulong x)
        {
            ulong z = x += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
    }
}
