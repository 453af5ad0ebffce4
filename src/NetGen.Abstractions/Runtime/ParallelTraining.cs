using System;
using System.ComponentModel;

namespace NetGen.Runtime
{
    /// <summary>A network whose training steps may use several threads (Fit sets the degree from its options).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public interface IParallelTraining
    {
        /// <summary>Threads a training step may use: -1 all cores when the batch is large enough, else at least 1.</summary>
        /// <exception cref="ArgumentOutOfRangeException">0 or below -1.</exception>
        int MaxDegreeOfParallelism { get; set; }
    }

    /// <summary>
    /// How a batch is cut into shards and how many threads run them. The cut depends on the batch's rows and the
    /// network's size only, and the shards' gradients are summed in shard order, so every thread count gives the same
    /// bits; one thread runs the same shards one after another.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class ParallelTraining
    {
        /// <summary>MaxDegreeOfParallelism's default: all cores when a step's work reaches <see cref="MinimumParallelWork"/>, else one.</summary>
        public const int Automatic = -1;

        /// <summary>
        /// Rows × parameters (about the multiply-adds of one forward pass) from which the automatic setting uses every
        /// core. Measured on 2 cores (benchmarks/results/issue-14-parallel.md, steps back to back, so the workers are
        /// still spinning): two threads pay from the smallest batch that splits, 1.33× at 0.16 M (20→32→16→4, 128 rows)
        /// and 1.5× at 0.32 M (256 rows). The line sits at 2¹⁸, above the smallest case, because a lone step pays a full
        /// wake-up of a parked worker (tens of µs), which a step of 70 µs would not recover.
        /// </summary>
        public const long MinimumParallelWork = 1L << 18;

        /// <summary>Rows a shard holds at least: each shard adds one pass over the gradients to the step.</summary>
        public const int MinimumShardRows = 64;

        /// <summary>Most shards per batch (and so most threads per step); a larger batch gets longer shards.</summary>
        public const int MaxShards = 16;

        /// <summary>Most gradient values all shards of one network hold together (64 MiB of float); a larger network gets fewer shards.</summary>
        public const long MaxShardValues = 1L << 24;

        /// <summary>
        /// Most rows one block of a unit-split gradient pass holds (IUnitSplitTraining): a larger batch runs in blocks of
        /// this many, whose gradients add up in order. Bounds the scratch, which holds every row of a block in each layer.
        /// </summary>
        public const int UnitSplitBlockRows = 512;

        /// <summary>
        /// Most rows a batch has for a network that splits its units (IUnitSplitTraining) to split them; a larger batch
        /// is cut into row shards instead. Each part's tasks read the whole block of inputs, which at a few thousand rows
        /// no longer stays in cache. Measured on 784→128→10 (benchmarks --split-paired, one process each, split ÷ shards
        /// time): 1,536 rows 0.93× on one thread and 0.95× on two; 2,048 rows 0.96× and 1.05×; 2,560 rows 1.06× and 1.11×.
        /// </summary>
        public const int UnitSplitMostRows = 1536;

        /// <summary>
        /// Makes the calling thread's gradient passes cut batches into shards even for networks that split their units
        /// (IUnitSplitTraining): for tests and benchmarks that compare the two paths on one network.
        /// </summary>
        internal static bool ForceShards
        {
            get => _forceShards;
            set => _forceShards = value;
        }

        [ThreadStatic]
        private static bool _forceShards;

        /// <summary>The threads the calling thread's last sharded step chose (tests read it to see which path ran).</summary>
        [ThreadStatic]
        internal static int LastDegree;

        /// <summary>
        /// Fewest values per task of the gradient sum and of the optimizer update (a multiple of every vector width):
        /// large enough that a task's cost dwarfs taking it.
        /// </summary>
        internal const int SliceValues = 4096;

        /// <summary>
        /// Tasks per thread of a phase over every parameter (the sum, the checks, the update): enough for a slower core to
        /// take fewer, few enough that taking them costs little. Each take is an atomic operation on a line the other core
        /// wrote, about 0.5 µs on this project's machine. 4096-value slices made 25 tasks of 101,770 parameters: the
        /// two-thread check and update phases of 784→128→10 took 22–26 µs each, and 19 µs each with 8 slices (one
        /// instrumented process each; the host's spells move such figures by as much).
        /// </summary>
        internal const int SlicesPerThread = 4;

        /// <summary>Values per slice of a phase over <paramref name="length"/> values on <paramref name="degree"/> threads: about <see cref="SlicesPerThread"/> slices each, a multiple of 64 values, at least <see cref="SliceValues"/>.</summary>
        internal static int SliceValuesFor(int length, int degree)
        {
            long slices = (long)SlicesPerThread * Math.Max(1, degree);
            long values = ((length + slices - 1) / slices + 63) / 64 * 64;
            return (int)Math.Max(SliceValues, values);
        }

        /// <summary>
        /// Refuses a MaxDegreeOfParallelism that is neither -1 nor at least 1, with how to fix it; returns it otherwise.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">0 or below -1.</exception>
        public static int Validate(int maxDegreeOfParallelism, string parameterName)
        {
            if (maxDegreeOfParallelism == 0 || maxDegreeOfParallelism < Automatic)
            {
                throw new ArgumentOutOfRangeException(parameterName, maxDegreeOfParallelism,
                    "MaxDegreeOfParallelism must be -1 (all cores when the batch is large enough) or at least 1 (1: one thread).");
            }

            return maxDegreeOfParallelism;
        }

        /// <summary>
        /// Rows per shard for a batch of <paramref name="rows"/>: whole chunks of <paramref name="chunkRows"/>, at least
        /// <see cref="MinimumShardRows"/>, few enough for <see cref="MaxShards"/> and <see cref="MaxShardValues"/>.
        /// Depends on the batch and the network only, never on the threads. At least <paramref name="rows"/>: one shard.
        /// </summary>
        public static int ShardRows(int rows, int chunkRows, int parameterCount)
        {
            int chunks = (int)(((long)rows + chunkRows - 1) / chunkRows);
            int minimumChunks = (MinimumShardRows + chunkRows - 1) / chunkRows;
            long bySize = MaxShardValues / Math.Max(1, parameterCount);
            int most = (int)Math.Max(1, Math.Min(MaxShards, bySize));
            int shards = Math.Max(1, Math.Min(most, chunks / Math.Max(1, minimumChunks)));
            int chunksPerShard = (chunks + shards - 1) / shards;
            return (int)Math.Min(int.MaxValue, (long)chunksPerShard * chunkRows);
        }

        /// <summary>
        /// The threads one step uses: <paramref name="maxDegree"/> (all cores when -1 and <paramref name="work"/> reaches
        /// <see cref="MinimumParallelWork"/>, else one), never more than <paramref name="shards"/>.
        /// </summary>
        public static int Degree(int maxDegree, int shards, long work)
        {
            int degree = maxDegree == Automatic
                ? (work >= MinimumParallelWork ? Environment.ProcessorCount : 1)
                : maxDegree;
            return Math.Max(1, Math.Min(degree, shards));
        }
    }
}
