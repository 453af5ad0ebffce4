using System;
using System.ComponentModel;
#if NET8_0_OR_GREATER
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
#endif

namespace NetGen.Runtime
{
    /// <summary>
    /// Arrays whose first element starts a cache line, for the buffers the batch-major kernels stream through: a
    /// vector load that straddles two lines costs two, and an in-place panel row of two vectors touches two lines
    /// instead of one. Measured on a Zen 4 host (benchmarks/README.md): 1→512→512→1 Adam at batch 32 trains 8–10%
    /// faster with AVX2 and 4% faster with AVX-512 when every buffer starts a line; 784→128→10 at batch 64, 7–11% and 6%.
    /// </summary>
    /// <remarks>
    /// .NET has no aligned array allocation, so on .NET 8 and later <see cref="Allocate{T}"/> places the array on the
    /// pinned object heap (it never moves, so an aligned start stays aligned) and steers the allocation with spacer
    /// arrays; when that does not land on a line (another thread allocating pinned memory at the same moment, say) it
    /// returns the array it has, unaligned. Alignment changes only speed: every kernel reads the same elements in the
    /// same order wherever its spans start. The portable build (netstandard) returns plain arrays.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class AlignedArrays
    {
        /// <summary>The alignment sought, in bytes: a cache line, and one 512-bit vector.</summary>
        public const int Alignment = 64;

        /// <summary>Arrays smaller than this many bytes are plain arrays: they span few lines, and pinned memory is not compacted.</summary>
        public const int MinimumBytes = 4096;

        /// <summary>
        /// Above this many bytes no spacer arrays are allocated (with their retries they would briefly hold five times the memory); the first
        /// attempt's array is kept, aligned or not.
        /// </summary>
        public const long SpacerLimitBytes = 16L << 20;

        // Rounds of spacer and array after a first miss. On a pinned heap churned by 3,000 allocations of 4 KB to
        // 8 MB left as garbage, two rounds aligned all 2,396 arrays under 120 KB and 589 of the 604 larger ones.
        private const int SpacerRounds = 2;

        /// <summary>A zeroed array of <paramref name="length"/> elements, starting a cache line where the runtime allows.</summary>
        public static T[] Allocate<T>(int length)
            where T : struct
        {
            if (length < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(length), length, "The length must not be negative.");
            }

#if NET8_0_OR_GREATER
            long bytes = (long)length * Unsafe.SizeOf<T>();
            if (bytes >= MinimumBytes && !RuntimeHelpers.IsReferenceOrContainsReferences<T>())
            {
                return AllocatePinnedAligned<T>(length, bytes);
            }
#endif
            return new T[length];
        }

        /// <summary>True when the first element starts a cache line (always false on the portable build).</summary>
        public static bool IsAligned<T>(ReadOnlySpan<T> values)
            where T : struct
        {
#if NET8_0_OR_GREATER
            return Address(in MemoryMarshal.GetReference(values)) % Alignment == 0;
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

        private static T[] AllocatePinnedAligned<T>(int length, long bytes)
            where T : struct
        {
            if (IntPtr.Size != 8)
            {
                return GC.AllocateArray<T>(length, pinned: true);
            }

            // First try: a zero-length probe shows where the pinned heap allocates next, and a spacer fills the gap
            // up to a line. This wastes at most 88 bytes and works whenever the array goes where the probe went.
            var probe = GC.AllocateUninitializedArray<byte>(0, pinned: true);
            long next = DataAddress(probe) + ObjectBytes(0, 1);
            AllocateSpacer(next);
            var array = GC.AllocateArray<T>(length, pinned: true);
            long address = DataAddress(array);
            if (address % Alignment == 0 || bytes > SpacerLimitBytes)
            {
                return array;
            }

            // The probe went into a free gap too small for the array. Arrays of this size go after the last one: a
            // spacer of nearly its size (so that it takes the same road) shifts the one after it onto a line. A
            // spacer can still land in a gap of its own, so this runs at most SpacerRounds times.
            int elementSize = Unsafe.SizeOf<T>();
            var last = array;
            for (int round = 0; round < SpacerRounds; round++)
            {
                int extra = SpacerExtraElements(DataAddress(last) + ObjectBytes(last.Length, elementSize), length, elementSize);
                if (extra < 0)
                {
                    break;
                }

                var spacer = GC.AllocateUninitializedArray<T>(length + extra, pinned: true);
                last = GC.AllocateArray<T>(length, pinned: true);
                GC.KeepAlive(spacer);
                if (DataAddress(last) % Alignment == 0)
                {
                    return last;
                }
            }

            return array;
        }

        // The elements to add to a spacer of the array's length, placed at `spacerData`, so that the array after
        // it starts a line; -1 when none does (not for element sizes that divide 8).
        private static int SpacerExtraElements(long spacerData, int length, int elementSize)
        {
            for (int extra = 0; extra * elementSize < 2 * Alignment; extra++)
            {
                if ((spacerData + ObjectBytes(length + extra, elementSize)) % Alignment == 0)
                {
                    return extra;
                }
            }

            return -1;
        }

        // Allocates a pinned byte array ending where the next object's elements start a line after `nextData`.
        private static void AllocateSpacer(long nextData)
        {
            long gap = (Alignment - (nextData % Alignment)) % Alignment;
            if (gap == 0)
            {
                return;
            }

            while (gap < ArrayHeaderBytes)
            {
                gap += Alignment;
            }

            GC.KeepAlive(GC.AllocateUninitializedArray<byte>((int)gap - ArrayHeaderBytes, pinned: true));
        }

        private static long ObjectBytes(long length, int elementSize)
        {
            long raw = ArrayHeaderBytes + length * elementSize;
            return (raw + ObjectAlignment - 1) / ObjectAlignment * ObjectAlignment;
        }

        private static long DataAddress<T>(T[] array)
            where T : struct => Address(in MemoryMarshal.GetArrayDataReference(array));

        private static unsafe long Address<T>(in T value)
            where T : struct => (long)Unsafe.AsPointer(ref Unsafe.AsRef(in value));
#endif
    }
}
