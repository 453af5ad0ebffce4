using System;

namespace NetGen
{
    /// <summary>
    /// A small, portable pseudo-random generator (xoshiro256** seeded by SplitMix64). The same seed gives
    /// the same sequence on every platform and .NET version, which <see cref="System.Random"/> does not promise.
    /// </summary>
    public sealed class DeterministicRandom
    {
        private State _state;

        /// <summary>Creates a generator from a seed.</summary>
        /// <param name="seed">Any value; equal seeds give equal sequences.</param>
        public DeterministicRandom(long seed)
        {
            ulong x = unchecked((ulong)seed);
            _state.S0 = SplitMix(ref x);
            _state.S1 = SplitMix(ref x);
            _state.S2 = SplitMix(ref x);
            _state.S3 = SplitMix(ref x);
        }

        /// <summary>The next 64 random bits.</summary>
        public ulong NextUInt64() => _state.Next();

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

            return (int)_state.NextBelow((ulong)maxExclusive);
        }

        /// <summary>Shuffles <paramref name="values"/> in place (Fisher–Yates).</summary>
        public void Shuffle(Span<int> values)
        {
            // The generator's state in a local for the loop: the JIT keeps it in registers (Fit shuffles every epoch).
            State state = _state;
            for (int i = values.Length - 1; i > 0; i--)
            {
                int j = (int)state.NextBelow((ulong)(i + 1));
                (values[i], values[j]) = (values[j], values[i]);
            }

            _state = state;
        }

        /// <summary>xoshiro256** state and its two draws; a struct so that a loop can keep a copy in registers.</summary>
        private struct State
        {
            public ulong S0, S1, S2, S3;

            public ulong Next()
            {
                ulong result = RotateLeft(S1 * 5, 7) * 9;
                ulong t = S1 << 17;
                S2 ^= S0;
                S3 ^= S1;
                S1 ^= S2;
                S0 ^= S3;
                S2 ^= t;
                S3 = RotateLeft(S3, 45);
                return result;
            }

            /// <summary>
            /// Uniform in [0, bound), bound ≥ 1. Lemire's multiply-and-shift: the high word of r·bound is uniform once
            /// the rare low words below 2^64 mod bound are rejected; no division on the common path.
            /// </summary>
            public ulong NextBelow(ulong bound)
            {
                ulong high = Math.BigMul(Next(), bound, out ulong low);
                if (low < bound)
                {
                    ulong threshold = (0UL - bound) % bound;
                    while (low < threshold)
                    {
                        high = Math.BigMul(Next(), bound, out low);
                    }
                }

                return high;
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
