using System;
using System.ComponentModel;
#if NET8_0_OR_GREATER
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
#endif

namespace NetGen.Runtime
{
    /// <summary>
    /// Arrays whose first element starts a cache line, for the buffers the vector kernels stream through: a vector
    /// load that straddles two lines costs two, and an in-place panel row of two vectors touches two lines instead of
    /// one. Measured on a Zen 4 host (benchmarks/README.md, session 17), against buffers 16 or 24 bytes past a line:
    /// the batch-major 1→512→512→1 Adam step at batch 32 is 8–10% faster with AVX2 and 4% with AVX-512, 784→128→10 at
    /// batch 64 7–11% and 6%, and the row-vectorised 1→10→10→1 full-batch step (300 rows) 18% on both.
    /// </summary>
    /// <remarks>
    /// .NET has no aligned array allocation, so on .NET 8 and later <see cref="Allocate{T}"/> places the array on the
    /// pinned object heap (it never moves, so an aligned start stays aligned) and steers the allocation with spacer
    /// arrays; when that does not land on a line (the heap had a free gap that fit, or another thread allocated pinned
    /// memory at the same moment) it returns the array it has, unaligned. Alignment changes only speed: every kernel
    /// reads the same elements in the same order wherever its spans start. The portable build (netstandard) returns
    /// plain arrays.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class AlignedArrays
    {
        /// <summary>The alignment sought, in bytes: a cache line, and one 512-bit vector.</summary>
        public const int Alignment = 64;

        /// <summary>Arrays smaller than this many bytes are plain arrays: they span few lines, and pinned memory is not compacted.</summary>
        public const int MinimumBytes = 4096;

        /// <summary>
        /// Above this many bytes no spacer arrays are allocated (with their retries they would briefly hold five times
        /// the memory); the first attempt's array is kept, aligned or not.
        /// </summary>
        public const long SpacerLimitBytes = 16L << 20;

        // Rounds of spacer and array after a first miss. On a pinned heap churned by 3,000 allocations of 4 KB to
        // 8 MB left as garbage (a probe, not committed), 2,390–2,394 of the 2,396 arrays under 120 KB and 530–551
        // of the 604 larger ones started a line; in a process that has not churned the pinned heap the probe's first
        // try aligns them.
        private const int SpacerRounds = 2;

        /// <summary>A zeroed array of <paramref name="length"/> elements, starting a cache line where the runtime allows.</summary>
        /// <remarks>
        /// One generic method with non-generic helpers: each element type the generated code asks for costs the JIT
        /// this method and the runtime's GC.AllocateArray, no more (a network's first construction compiles them).
        /// </remarks>
        public static T[] Allocate<T>(int length)
            where T : struct
        {
            if (length < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(length), length, "The length must not be negative.");
            }

#if NET8_0_OR_GREATER
            int elementSize = Unsafe.SizeOf<T>();
            long bytes = (long)length * elementSize;
            if (bytes < MinimumBytes || RuntimeHelpers.IsReferenceOrContainsReferences<T>() || IntPtr.Size != 8)
            {
                return new T[length];
            }

            // First try: a zero-length probe shows where the pinned heap allocates next, and a spacer fills the gap
            // up to a line. This wastes at most 104 bytes and works whenever the array goes where the probe went.
            var probe = GC.AllocateUninitializedArray<byte>(0, pinned: true);
            AllocateSpacer(Address(ref MemoryMarshal.GetArrayDataReference(probe)) + ObjectBytes(0), 0);
            var array = GC.AllocateArray<T>(length, pinned: true);
            long address = Address(ref Unsafe.As<T, byte>(ref MemoryMarshal.GetArrayDataReference(array)));
            if (address % Alignment == 0 || bytes > SpacerLimitBytes)
            {
                return array;
            }

            // The probe went into a free gap too small for the array. Arrays of this size go after the last one: a
            // spacer of about its size (so that it takes the same road) shifts the one after it onto a line. A spacer
            // can still land in a gap of its own, so this runs at most SpacerRounds times.
            long last = address;
            for (int round = 0; round < SpacerRounds; round++)
            {
                AllocateSpacer(last + ObjectBytes(bytes), bytes);
                var candidate = GC.AllocateArray<T>(length, pinned: true);
                last = Address(ref Unsafe.As<T, byte>(ref MemoryMarshal.GetArrayDataReference(candidate)));
                if (last % Alignment == 0)
                {
                    return candidate;
                }
            }

            return array;
#else
            return new T[length];
#endif
        }

        /// <summary>True when the first element starts a cache line (always false on the portable build).</summary>
        public static bool IsAligned<T>(ReadOnlySpan<T> values)
            where T : struct
        {
#if NET8_0_OR_GREATER
            return Address(ref Unsafe.As<T, byte>(ref MemoryMarshal.GetReference(values))) % Alignment == 0;
#else
            return false;
#endif
        }

#if NET8_0_OR_GREATER
        // An array object is its header word, method table pointer and length word (24 bytes on 64-bit, where the
        // elements start 16 bytes after the object's reference), then its elements, rounded up to 8 bytes. Pinned
        // allocations that find no free gap are placed one after another, so the next array's elements start
        // ObjectBytes of this one after this one's.
        private const int ArrayHeaderBytes = 24;
        private const int ObjectAlignment = 8;

        // Allocates a pinned byte array of at least `leastBytes` elements whose elements start at `spacerData`,
        // sized so that the next object's elements start a line.
        private static void AllocateSpacer(long spacerData, long leastBytes)
        {
            long length = (leastBytes + ObjectAlignment - 1) / ObjectAlignment * ObjectAlignment;
            while ((spacerData + ObjectBytes(length)) % Alignment != 0)
            {
                length += ObjectAlignment;
            }

            GC.KeepAlive(GC.AllocateUninitializedArray<byte>((int)length, pinned: true));
        }

        // The bytes an array object of `elementBytes` bytes of elements takes, header included.
        private static long ObjectBytes(long elementBytes) => (ArrayHeaderBytes + elementBytes + ObjectAlignment - 1) / ObjectAlignment * ObjectAlignment;

        private static unsafe long Address(ref byte value) => (long)Unsafe.AsPointer(ref value);
#endif
    }
}
