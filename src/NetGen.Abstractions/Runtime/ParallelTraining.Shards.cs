using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace NetGen.Runtime
{
    /// <summary>
    /// A batch-major network whose gradient pass splits a batch into shards that threads share. Generated networks
    /// implement it explicitly when every module of theirs treats rows independently (no BatchNorm, no Dropout).
    /// </summary>
    /// <typeparam name="T">float or double.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public interface IShardedTraining<T> : IParallelTraining where T : struct, IFloatingPointIeee754<T>
    {

        /// <summary>
        /// Adds the gradients of the rows <paramref name="inputs"/> holds to <paramref name="gradients"/>, in chunks of
        /// the network's batch rows, with <paramref name="state"/> and <paramref name="delta"/> as scratch; returns the
        /// unscaled loss sum of those rows. Reads the parameters only, so shards may run on several threads at once.
        /// </summary>
        T GradientShard(ReadOnlySpan<T> inputs, ReadOnlySpan<T> targets, Span<T> gradients, Span<T> state, Span<T> delta, T scale);
    }

    /// <summary>
    /// The sharded gradient pass of one network: cuts the batch (<see cref="ParallelTraining.ShardRows"/>), runs the
    /// shards on the shared workers, then sums their gradients in shard order, sliced over the workers. Buffers grow to
    /// the largest batch and shard count seen, then a step allocates nothing.
    /// </summary>
    /// <typeparam name="T">float or double.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class GradientShards<T> : TrainingWorkers.ITasks where T : struct, IFloatingPointIeee754<T>
    {
        private readonly IShardedTraining<T> _network;
        private readonly int _inputSize;
        private readonly int _outputSize;
        private readonly int _chunkRows;
        private readonly T[] _state;
        private readonly T[] _delta;
        private readonly T[] _losses = new T[ParallelTraining.MaxShards];

        // Shard k ≥ 1's gradients and scratch; shard 0 uses the network's own.
        private T[][] _shardGradients = Array.Empty<T[]>();
        private T[][] _shardStates = Array.Empty<T[]>();
        private T[][] _shardDeltas = Array.Empty<T[]>();

        // The batch, copied for the workers (a span cannot be handed to another thread).
        private T[] _inputs = Array.Empty<T>();
        private T[] _targets = Array.Empty<T>();

        // The step in progress.
        private T[] _gradients = Array.Empty<T>();
        private int _rows;
        private int _shardRows;
        private int _shards;
        private T _scale;
        private bool _reducing;

        /// <summary>Shards for <paramref name="network"/>; <paramref name="state"/> and <paramref name="delta"/> are its one-chunk scratch.</summary>
        public GradientShards(IShardedTraining<T> network, int inputSize, int outputSize, int chunkRows, T[] state, T[] delta)
        {
            _network = network ?? throw new ArgumentNullException(nameof(network));
            _inputSize = inputSize;
            _outputSize = outputSize;
            _chunkRows = chunkRows;
            _state = state;
            _delta = delta;
        }

        /// <summary>
        /// Sets <paramref name="gradients"/> to the batch's gradients (scaled by the network) and returns the unscaled
        /// loss sum. The data is checked by the caller before; shards only compute.
        /// </summary>
        public T Run(ReadOnlySpan<T> inputs, ReadOnlySpan<T> targets, T[] gradients, T scale, int maxDegreeOfParallelism)
        {
            int rows = inputs.Length / _inputSize;
            Array.Clear(gradients, 0, gradients.Length);
            int shardRows = ParallelTraining.ShardRows(rows, _chunkRows, gradients.Length);
            if (shardRows >= rows)
            {
                ParallelTraining.LastDegree = 1;
                return _network.GradientShard(inputs, targets, gradients, _state, _delta, scale);
            }

            int shards = (rows + shardRows - 1) / shardRows;
            int degree = ParallelTraining.Degree(maxDegreeOfParallelism, shards, (long)rows * gradients.Length);
            ParallelTraining.LastDegree = degree;
            EnsureShards(degree == 1 ? 2 : shards, gradients.Length);
            if (degree == 1)
            {
                // The same shards and sums as on many threads, one after another through one scratch buffer.
                T loss = T.Zero;
                T[] scratch = _shardGradients[1];
                for (int k = 0; k < shards; k++)
                {
                    int first = k * shardRows;
                    int count = Math.Min(shardRows, rows - first);
                    T[] into = k == 0 ? gradients : scratch;
                    if (k > 0)
                    {
                        Array.Clear(scratch, 0, scratch.Length);
                    }

                    T shardLoss = _network.GradientShard(
                        inputs.Slice(first * _inputSize, count * _inputSize), targets.Slice(first * _outputSize, count * _outputSize),
                        into, _state, _delta, scale);
                    loss = k == 0 ? shardLoss : loss + shardLoss;
                    if (k > 0)
                    {
                        LinearAlgebra.Axpy(T.One, scratch, gradients);
                    }
                }

                return loss;
            }

            if (_inputs.Length < inputs.Length)
            {
                _inputs = new T[inputs.Length];
                _targets = new T[targets.Length];
            }

            inputs.CopyTo(_inputs);
            targets.CopyTo(_targets);
            _gradients = gradients;
            _rows = rows;
            _shardRows = shardRows;
            _shards = shards;
            _scale = scale;
            try
            {
                _reducing = false;
                TrainingWorkers.Run(this, shards, degree);
                _reducing = true;
                TrainingWorkers.Run(this, (gradients.Length + ParallelTraining.ReductionSlice - 1) / ParallelTraining.ReductionSlice, degree);
            }
            finally
            {
                _gradients = Array.Empty<T>();
            }

            T total = _losses[0];
            for (int k = 1; k < shards; k++)
            {
                total += _losses[k];
            }

            return total;
        }

        /// <summary>Shard <paramref name="task"/>'s gradients, or one slice of the sum in shard order.</summary>
        void TrainingWorkers.ITasks.Run(int task)
        {
            if (_reducing)
            {
                int start = task * ParallelTraining.ReductionSlice;
                int length = Math.Min(ParallelTraining.ReductionSlice, _gradients.Length - start);
                Span<T> sum = _gradients.AsSpan(start, length);
                for (int k = 1; k < _shards; k++)
                {
                    LinearAlgebra.Axpy(T.One, _shardGradients[k].AsSpan(start, length), sum);
                }

                return;
            }

            int first = task * _shardRows;
            int count = Math.Min(_shardRows, _rows - first);
            T[] into = task == 0 ? _gradients : _shardGradients[task];
            if (task > 0)
            {
                Array.Clear(into, 0, into.Length);
            }

            _losses[task] = _network.GradientShard(
                _inputs.AsSpan(first * _inputSize, count * _inputSize), _targets.AsSpan(first * _outputSize, count * _outputSize),
                into, task == 0 ? _state : _shardStates[task], task == 0 ? _delta : _shardDeltas[task], _scale);
        }

        private void EnsureShards(int shards, int gradientLength)
        {
            int had = _shardGradients.Length;
            if (had >= shards)
            {
                return;
            }

            Array.Resize(ref _shardGradients, shards);
            Array.Resize(ref _shardStates, shards);
            Array.Resize(ref _shardDeltas, shards);
            for (int k = Math.Max(1, had); k < shards; k++)
            {
                _shardGradients[k] = new T[gradientLength];
                _shardStates[k] = new T[_state.Length];
                _shardDeltas[k] = new T[_delta.Length];
            }
        }
    }

    /// <summary>
    /// Worker threads shared by every network of the process, started on first need (at most
    /// <see cref="ParallelTraining.MaxShards"/> − 1) and parked between steps: a step hands them its tasks without
    /// allocating. One step uses them at a time; a step that finds them busy runs its tasks on its own thread, which
    /// gives the same bits.
    /// </summary>
    internal static class TrainingWorkers
    {
        /// <summary>Tasks numbered from 0 that may run on any thread in any order.</summary>
        internal interface ITasks
        {
            /// <summary>Runs task <paramref name="task"/>.</summary>
            void Run(int task);
        }

        private static readonly object Gate = new object();
        private static readonly SemaphoreSlim Wake = new SemaphoreSlim(0);
        private static readonly ManualResetEventSlim Done = new ManualResetEventSlim(false);
        private static int _threads;
        private static ITasks? _job;
        private static int _taskCount;
        private static int _nextTask;
        private static int _helpersActive;
        private static Exception? _failure;
        private static long _allocatedBytes;

        /// <summary>Bytes the workers allocated, waits included (for tests: a step must allocate nothing on any thread).</summary>
        internal static long AllocatedBytes => Interlocked.Read(ref _allocatedBytes);

        /// <summary>Worker threads started so far (for tests).</summary>
        internal static int Threads => Volatile.Read(ref _threads);

        /// <summary>Runs tasks 0 … <paramref name="tasks"/> − 1 on up to <paramref name="degree"/> threads, this one included; rethrows a task's exception once all are done.</summary>
        internal static void Run(ITasks work, int tasks, int degree)
        {
            int helpers = Math.Min(Math.Min(degree, tasks), ParallelTraining.MaxShards) - 1;
            if (helpers <= 0 || !Monitor.TryEnter(Gate))
            {
                for (int task = 0; task < tasks; task++)
                {
                    work.Run(task);
                }

                return;
            }

            try
            {
                while (_threads < helpers)
                {
                    new Thread(Work) { IsBackground = true, Name = "NetGen training worker" }.Start();
                    _threads++;
                }

                _job = work;
                _taskCount = tasks;
                _nextTask = 0;
                _failure = null;
                _helpersActive = helpers;
                Done.Reset();
                Wake.Release(helpers);
                RunTasks();

                // Helpers not woken yet (busy cores) would only delay the return: take their wake-ups back.
                int reclaimed = 0;
                while (reclaimed < helpers && Wake.Wait(0))
                {
                    reclaimed++;
                }

                if (reclaimed > 0 && Interlocked.Add(ref _helpersActive, -reclaimed) == 0)
                {
                    Done.Set();
                }

                Done.Wait();
                _job = null;
                if (_failure is Exception failure)
                {
                    _failure = null;
                    ExceptionDispatchInfo.Capture(failure).Throw();
                }
            }
            finally
            {
                Monitor.Exit(Gate);
            }
        }

        private static void Work()
        {
            long mark = AllocatedOnThisThread();
            while (true)
            {
                Wake.Wait();
                RunTasks();
                long now = AllocatedOnThisThread();
                Interlocked.Add(ref _allocatedBytes, now - mark);
                mark = now;
                if (Interlocked.Decrement(ref _helpersActive) == 0)
                {
                    Done.Set();
                }
            }
        }

#if NET8_0_OR_GREATER
        private static long AllocatedOnThisThread() => GC.GetAllocatedBytesForCurrentThread();
#else
        private static long AllocatedOnThisThread() => 0; // not measurable before .NET Core 3.0
#endif

        private static void RunTasks()
        {
            ITasks? work = Volatile.Read(ref _job);
            int count = _taskCount;
            while (work is not null)
            {
                int task = Interlocked.Increment(ref _nextTask) - 1;
                if (task >= count)
                {
                    return;
                }

                try
                {
                    work.Run(task);
                }
                catch (Exception e)
                {
                    // Kept for the caller; the other tasks still run, so the workers finish together.
                    Interlocked.CompareExchange(ref _failure, e, null);
                }
            }
        }
    }
}
