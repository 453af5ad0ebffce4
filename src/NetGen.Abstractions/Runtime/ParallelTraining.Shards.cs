using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Numerics;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
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
        /// Sets <paramref name="gradients"/> to the gradients of the rows <paramref name="inputs"/> holds (whatever it
        /// held before: the network overwrites on its first chunk, or clears it first), in chunks of
        /// the network's batch rows, with <paramref name="state"/> and <paramref name="delta"/> as scratch; returns the
        /// unscaled loss sum of those rows. Reads the parameters only, so shards may run on several threads at once.
        /// </summary>
        T GradientShard(ReadOnlySpan<T> inputs, ReadOnlySpan<T> targets, Span<T> gradients, Span<T> state, Span<T> delta, T scale);

        /// <summary>
        /// The optimizer's update of parameters <paramref name="start"/> … <paramref name="start"/> + <paramref name="length"/> − 1
        /// (elementwise, so slices on several threads give the bits of one whole update). With <paramref name="write"/> it
        /// stores the update unchecked and returns true; without, it stores nothing and returns whether the update is finite.
        /// </summary>
        bool OptimizerSlice(int start, int length, bool write);
    }

    /// <summary>
    /// A sharded network of Dense layers whose gradient pass can split each layer's units over the threads instead of
    /// the batch's rows (GradientShards uses it for every batch that would otherwise be cut into shards, up to
    /// <see cref="ParallelTraining.UnitSplitMostRows"/> rows). Part k of a
    /// layer owns a fixed range of its units: their rows of the weights, their biases, their gradients; a part's values
    /// are computed the same way on any thread, so the bits do not depend on the thread count. Only activations and
    /// deltas cross between the threads, not the gradients, which shards must sum.
    /// </summary>
    /// <typeparam name="T">float or double.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public interface IUnitSplitTraining<T> : IShardedTraining<T> where T : struct, IFloatingPointIeee754<T>
    {
        /// <summary>
        /// Dense layers, at least two: one forward phase each, first to last (a task per part and shard of rows); then one
        /// backward phase for each but the output layer, last to first (a task per part: a part's gradients sum over every
        /// row). The parts of the layer below the output layer take the output layer's gradients too.
        /// </summary>
        int UnitSplitLayers { get; }

        /// <summary>The parts of layer <paramref name="layer"/> (0-based): its phases' tasks. Fixed by the network, never by the threads.</summary>
        int UnitSplitParts(int layer);

        /// <summary>
        /// Before each block's phases, on the calling thread: grows the scratch for <paramref name="rows"/> rows (allocates
        /// only for a block larger than every earlier one) and packs what every part reads.
        /// </summary>
        void UnitSplitPrepare(int rows);

        /// <summary>
        /// Part <paramref name="part"/> of layer <paramref name="layer"/> forward over rows <paramref name="first"/> …
        /// <paramref name="first"/> + <paramref name="count"/> − 1 of the block's <paramref name="rows"/>
        /// (<paramref name="inputs"/> and <paramref name="targets"/> are the block's). For the output layer (one part) also
        /// those rows' loss and ∂L/∂z, scaled by <paramref name="scale"/>; returns their unscaled loss sum (0 for other layers).
        /// </summary>
        T UnitSplitForward(int layer, int part, ReadOnlySpan<T> inputs, ReadOnlySpan<T> targets, int rows, int first, int count, T scale);

        /// <summary>
        /// Part <paramref name="part"/> of layer <paramref name="layer"/> (not the output layer) backward: its units' ∂L/∂z,
        /// then their weight and bias gradients over the block's rows, set when not <paramref name="accumulate"/>, else added.
        /// </summary>
        void UnitSplitBackward(int layer, int part, ReadOnlySpan<T> inputs, int rows, bool accumulate);
    }

    /// <summary>
    /// The sharded gradient pass of one network: cuts the batch (<see cref="ParallelTraining.ShardRows"/>), runs the
    /// shards on the shared workers, then sums their gradients in shard order, sliced over the workers; then the
    /// optimizer's update, sliced over the same workers (<see cref="Update"/>). Buffers grow to the largest shard count
    /// seen, then a step allocates nothing.
    /// </summary>
    /// <typeparam name="T">float or double.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [FloatCopy]
    public sealed class GradientShards<T> : TrainingWorkers.ITasks where T : struct, IFloatingPointIeee754<T>
    {
        private readonly IShardedTraining<T> _network;
        private readonly int _inputSize;
        private readonly int _outputSize;
        private readonly int _chunkRows;
        private readonly T[] _state;
        private readonly T[] _delta;
        private readonly T[] _losses = new T[ParallelTraining.MaxShards];
        // Per pair of shards (2p, 2p + 1): how many of the two are done; the second to finish folds the pair.
        private readonly int[] _pairsDone = new int[(ParallelTraining.MaxShards + 1) / 2];

        // Shard k's gradients (the network's own buffer is written only by the sum, once every shard's rows proved
        // finite) and scratch (shard 0 uses the network's).
        private T[][] _shardGradients = Array.Empty<T[]>();
        private T[][] _shardStates = Array.Empty<T[]>();
        private T[][] _shardDeltas = Array.Empty<T[]>();

        // The caller's batch, pinned for the step (the caller is blocked in Run until every shard is done): the
        // workers read it in place, neither copied nor checked on the calling thread.
        private IntPtr _inputsAddress;
        private IntPtr _targetsAddress;
        private int _inputsLength;
        private int _targetsLength;

        // The step in progress.
        private Phase _phase;
        private T[] _gradients = Array.Empty<T>();
        private int _rows;
        private int _shardRows;
        private int _shards;
        private T _scale;
        private bool _checkGradients;
        private int _inputsNotFinite;
        private int _gradientsNotFinite;
        private int _updateNotFinite;
        private int _updateLength;

        // Parameters whose update the last Run checked in its sum phase (0: none); the next Update reads it once.
        private int _updateCheckedLength;

        // Threads of the last gradient pass: the update that follows uses as many.
        private int _degree = 1;

        // Values per task of the sliced phases in progress (see Slices).
        private int _sliceValues = ParallelTraining.SliceValues;

        // The unit split's block, layer and row shards in progress (see RunUnitSplit).
        private int _layer;
        private int _blockStart;
        private int _blockRows;
        private int _rowShardRows;
        private int _rowShards;

        private enum Phase
        {
            Shards,
            Sum,
            CheckRows,
            Forward,
            Backward,
            Check,
            CheckUpdate,
            WriteUpdate,
        }

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

        /// <summary>Whether every gradient of the last <see cref="Run"/> is finite (checked as they were summed); true when it was not asked to check.</summary>
        public bool GradientsFinite { get; private set; } = true;

        /// <summary>
        /// Sets <paramref name="gradients"/> to the batch's gradients (scaled by the network) and returns the unscaled
        /// loss sum; with <paramref name="checkFinite"/>, first checks <paramref name="inputs"/> (on several threads each
        /// shard its own rows; <paramref name="gradients"/> is written only once all are finite, else this throws
        /// FiniteGuard.EnsureFinite's message for the first bad value) and sets <see cref="GradientsFinite"/>. The targets
        /// are the caller's to check. <paramref name="updateLength"/> &gt; 0 (TrainStep: the update follows
        /// with these gradients): with <paramref name="checkFinite"/>, the sum phase also checks the optimizer's update of
        /// the first <paramref name="updateLength"/> parameters slice by slice while the gradients are in cache, so the
        /// <see cref="Update"/> that follows (with <c>checkedInRun</c>) writes without a check pass of its own; on one
        /// thread with updateLength &gt; 0 the gradients are left to the update's check (GradientsFinite stays true).
        /// </summary>
        public T Run(ReadOnlySpan<T> inputs, ReadOnlySpan<T> targets, T[] gradients, T scale, int maxDegreeOfParallelism, bool checkFinite, int updateLength)
        {
            int rows = inputs.Length / _inputSize;
            _degree = 1;
            _updateCheckedLength = 0;
            GradientsFinite = true;
            int shardRows = ParallelTraining.ShardRows(rows, _chunkRows, gradients.Length);
            if (shardRows >= rows)
            {
                EnsureFiniteInputs(inputs, checkFinite);
                ParallelTraining.LastDegree = 1;
                T lossSum = _network.GradientShard(inputs, targets, gradients, _state, _delta, scale);
                // TrainStep (updateLength > 0): the optimizer's checked update that follows checks the gradients
                // (checkGradients: checkedInRun), in Adam's bound pass at no extra read.
                GradientsFinite = !checkFinite || updateLength > 0 || FiniteGuard.AllFinite<T>(gradients, Simd.Enabled);
                return lossSum;
            }

            int shards = (rows + shardRows - 1) / shardRows;
            if (_network is IUnitSplitTraining<T> split && rows <= ParallelTraining.UnitSplitMostRows && !ParallelTraining.ForceShards)
            {
                return RunUnitSplit(split, inputs, targets, gradients, scale, maxDegreeOfParallelism, checkFinite, updateLength, rows, shardRows);
            }

            int degree = ParallelTraining.Degree(maxDegreeOfParallelism, shards, (long)rows * gradients.Length);
            ParallelTraining.LastDegree = degree;
            EnsureShards(degree == 1 ? (shards > 2 ? 2 : 1) : shards, gradients.Length);
            if (degree == 1)
            {
                // The same shards and sums as on many threads, one after another: each pair (2p, 2p + 1) folded
                // into its first buffer, then the pairs added in order (see SumSlice).
                EnsureFiniteInputs(inputs, checkFinite);
                T loss = T.Zero;
                T[] second = _shardGradients[0];
                T[] pairSum = shards > 2 ? _shardGradients[1] : second;
                for (int k = 0; k < shards; k++)
                {
                    int first = k * shardRows;
                    int count = Math.Min(shardRows, rows - first);
                    T[] into = k == 0 ? gradients : k % 2 == 1 ? second : pairSum;
                    T shardLoss = _network.GradientShard(
                        inputs.Slice(first * _inputSize, count * _inputSize), targets.Slice(first * _outputSize, count * _outputSize),
                        into, _state, _delta, scale);
                    loss = k == 0 ? shardLoss : loss + shardLoss;
                    if (k % 2 == 1)
                    {
                        LinearAlgebra.Axpy(T.One, second, k == 1 ? gradients : pairSum);
                    }

                    if (k >= 2 && (k % 2 == 1 || k == shards - 1))
                    {
                        LinearAlgebra.Axpy(T.One, pairSum, gradients);
                    }
                }

                // TrainStep (updateLength > 0): the optimizer's checked update that follows checks the gradients
                // (checkGradients: checkedInRun), in Adam's bound pass at no extra read.
                GradientsFinite = !checkFinite || updateLength > 0 || FiniteGuard.AllFinite<T>(gradients, Simd.Enabled);
                return loss;
            }

            _gradients = gradients;
            _rows = rows;
            _shardRows = shardRows;
            _shards = shards;
            _scale = scale;
            _checkGradients = checkFinite;
            _inputsNotFinite = 0;
            _gradientsNotFinite = 0;
            _updateLength = checkFinite ? Math.Min(Math.Max(0, updateLength), gradients.Length) : 0;
            _updateNotFinite = 0;
            Array.Clear(_pairsDone, 0, _pairsDone.Length);
            try
            {
                RunShards(inputs, targets, degree);
                if (Volatile.Read(ref _inputsNotFinite) != 0)
                {
                    // Nothing written yet: the rescan finds the first bad value and throws the one-thread message.
                    FiniteGuard.EnsureFinite(inputs, _inputSize, "inputs");
                }

                _phase = Phase.Sum;
                TrainingWorkers.Run(this, Slices(gradients.Length, degree), degree);
            }
            finally
            {
                _gradients = Array.Empty<T>();
            }

            _degree = degree;
            _updateCheckedLength = _updateLength;
            GradientsFinite = Volatile.Read(ref _gradientsNotFinite) == 0;
            T total = _losses[0];
            for (int k = 1; k < shards; k++)
            {
                total += _losses[k];
            }

            return total;
        }

        /// <summary>
        /// The gradient pass of a network that splits its layers' units (<see cref="IUnitSplitTraining{T}"/>), for a
        /// batch that shards would cut. Per block of at most <see cref="ParallelTraining.UnitSplitBlockRows"/> rows: each
        /// layer's forward phase, a task per part and shard of rows (the output layer's tasks also take their rows' loss;
        /// with <paramref name="checkFinite"/>, the first layer's part 0 checks its rows when the batch is one block, else a
        /// phase of its own checks every row first); then, once every row proved finite, each layer's backward phase, a
        /// task per part. On several threads the gradients (and the update that
        /// follows, as the sum phase does) are then checked slice by slice. The same tasks for every thread count.
        /// </summary>
        private unsafe T RunUnitSplit(IUnitSplitTraining<T> split, ReadOnlySpan<T> inputs, ReadOnlySpan<T> targets, T[] gradients, T scale,
            int maxDegreeOfParallelism, bool checkFinite, int updateLength, int rows, int shardRows)
        {
            int layers = split.UnitSplitLayers;
            int blockRows = Math.Min(rows, ParallelTraining.UnitSplitBlockRows);
            _rowShardRows = Math.Min(shardRows, blockRows);
            int mostTasks = 1;
            for (int layer = 0; layer < layers; layer++)
            {
                mostTasks = Math.Max(mostTasks, split.UnitSplitParts(layer) * ((blockRows + _rowShardRows - 1) / _rowShardRows));
            }

            int degree = ParallelTraining.Degree(maxDegreeOfParallelism, mostTasks, (long)rows * gradients.Length);
            ParallelTraining.LastDegree = degree;
            _gradients = gradients;
            _rows = rows;
            _scale = scale;
            _checkGradients = checkFinite;
            _inputsNotFinite = 0;
            _gradientsNotFinite = 0;
            _updateLength = checkFinite ? Math.Min(Math.Max(0, updateLength), gradients.Length) : 0;
            _updateNotFinite = 0;
            T loss = T.Zero;
            fixed (byte* inputsAddress = MemoryMarshal.AsBytes(inputs))
            fixed (byte* targetsAddress = MemoryMarshal.AsBytes(targets))
            {
                _inputsAddress = (IntPtr)inputsAddress;
                _targetsAddress = (IntPtr)targetsAddress;
                _inputsLength = inputs.Length;
                _targetsLength = targets.Length;
                try
                {
                    if (checkFinite && rows > ParallelTraining.UnitSplitBlockRows)
                    {
                        // Several blocks: every row proved finite before the first block's gradients are written.
                        _shardRows = shardRows;
                        _phase = Phase.CheckRows;
                        TrainingWorkers.Run(this, (rows + shardRows - 1) / shardRows, degree);
                        if (Volatile.Read(ref _inputsNotFinite) != 0)
                        {
                            FiniteGuard.EnsureFinite(inputs, _inputSize, "inputs");
                        }
                    }

                    for (int start = 0; start < rows; start += ParallelTraining.UnitSplitBlockRows)
                    {
                        int count = Math.Min(ParallelTraining.UnitSplitBlockRows, rows - start);
                        split.UnitSplitPrepare(count);
                        _blockStart = start;
                        _blockRows = count;
                        _rowShards = (count + _rowShardRows - 1) / _rowShardRows;
                        _phase = Phase.Forward;
                        for (_layer = 0; _layer < layers; _layer++)
                        {
                            TrainingWorkers.Run(this, split.UnitSplitParts(_layer) * _rowShards, degree);
                        }

                        if (Volatile.Read(ref _inputsNotFinite) != 0)
                        {
                            // Nothing written yet (the forward phases write scratch only): the rescan finds the first bad
                            // value and throws the one-thread message.
                            FiniteGuard.EnsureFinite(inputs, _inputSize, "inputs");
                        }

                        // The row shards' losses in order, as on one thread.
                        for (int k = 0; k < _rowShards; k++)
                        {
                            loss = start == 0 && k == 0 ? _losses[k] : loss + _losses[k];
                        }

                        _phase = Phase.Backward;
                        for (_layer = layers - 2; _layer >= 0; _layer--)
                        {
                            TrainingWorkers.Run(this, split.UnitSplitParts(_layer), degree);
                        }
                    }

                    // On one thread the update that follows runs the network's own checked update, which checks
                    // the gradients too (TrainStep); a check here would be a second pass over them.
                    if (checkFinite && degree > 1)
                    {
                        _phase = Phase.Check;
                        TrainingWorkers.Run(this, Slices(gradients.Length, degree), degree);
                    }
                }
                finally
                {
                    _inputsAddress = IntPtr.Zero;
                    _targetsAddress = IntPtr.Zero;
                    _inputsLength = 0;
                    _targetsLength = 0;
                    _gradients = Array.Empty<T>();
                }
            }

            _degree = degree;
            if (degree == 1)
            {
                // As the one-thread shard path: TrainStep leaves the gradients to the update's check.
                GradientsFinite = !checkFinite || updateLength > 0 || FiniteGuard.AllFinite<T>(gradients, Simd.Enabled);
                return loss;
            }

            _updateCheckedLength = _updateLength;
            GradientsFinite = Volatile.Read(ref _gradientsNotFinite) == 0;
            return loss;
        }

        /// <summary>Throws FiniteGuard.EnsureFinite's message when <paramref name="checkFinite"/> and a value is not finite.</summary>
        private void EnsureFiniteInputs(ReadOnlySpan<T> inputs, bool checkFinite)
        {
            if (checkFinite)
            {
                FiniteGuard.EnsureFinite(inputs, _inputSize, "inputs");
            }
        }

        /// <summary>
        /// The shard phase: every shard on the threads, each reading (and with CheckFinite first checking) its own rows
        /// of the caller's batch, pinned until all are done.
        /// </summary>
        private unsafe void RunShards(ReadOnlySpan<T> inputs, ReadOnlySpan<T> targets, int degree)
        {
            fixed (byte* inputsAddress = MemoryMarshal.AsBytes(inputs))
            fixed (byte* targetsAddress = MemoryMarshal.AsBytes(targets))
            {
                _inputsAddress = (IntPtr)inputsAddress;
                _targetsAddress = (IntPtr)targetsAddress;
                _inputsLength = inputs.Length;
                _targetsLength = targets.Length;
                try
                {
                    _phase = Phase.Shards;
                    TrainingWorkers.Run(this, _shards, degree);
                }
                finally
                {
                    // No pointer outlives the pin.
                    _inputsAddress = IntPtr.Zero;
                    _targetsAddress = IntPtr.Zero;
                    _inputsLength = 0;
                    _targetsLength = 0;
                }
            }
        }

        /// <summary>
        /// The optimizer's update of the first <paramref name="parameterCount"/> parameters in slices on the threads the
        /// last <see cref="Run"/> used (no more than <paramref name="maxDegreeOfParallelism"/>); with
        /// <paramref name="checkFinite"/>, every slice is checked before any is written. Returns false, having stored
        /// nothing, when that is one thread or the update is not finite: the caller then runs the whole update itself
        /// (its own check names the culprit). <paramref name="checkedInRun"/>: the caller comes straight from a
        /// <see cref="Run"/> with its updateLength (TrainStep), whose sum phase checked this update if it ran on several
        /// threads; any other caller (OptimizerStep after ComputeGradients, the gradients perhaps changed) passes false.
        /// </summary>
        public bool Update(int parameterCount, int maxDegreeOfParallelism, bool checkFinite, bool checkedInRun)
        {
            // Read once: a later Update (OptimizerStep) must never reuse a check made for other gradients.
            bool alreadyChecked = checkedInRun && _updateCheckedLength == parameterCount;
            _updateCheckedLength = 0;
            int degree = Math.Min(_degree, maxDegreeOfParallelism == ParallelTraining.Automatic ? int.MaxValue : maxDegreeOfParallelism);
            int slices = Slices(parameterCount, degree);
            degree = Math.Min(degree, slices);
            TrainingWorkers.LastUpdateDegree = Math.Max(1, degree);
            if (degree <= 1)
            {
                return false;
            }

            if (checkFinite && alreadyChecked)
            {
                if (Volatile.Read(ref _updateNotFinite) != 0)
                {
                    return false;
                }
            }
            else if (checkFinite)
            {
                _updateLength = parameterCount;
                _updateNotFinite = 0;
                _phase = Phase.CheckUpdate;
                TrainingWorkers.Run(this, slices, degree);
                if (Volatile.Read(ref _updateNotFinite) != 0)
                {
                    return false;
                }
            }

            _updateLength = parameterCount;
            _phase = Phase.WriteUpdate;
            TrainingWorkers.Run(this, slices, degree);
            return true;
        }

        /// <summary>Shard <paramref name="task"/>'s gradients, one slice of their sum in shard order, or one slice of the update.</summary>
        void TrainingWorkers.ITasks.Run(int task)
        {
            switch (_phase)
            {
                case Phase.Shards:
                    RunShard(task);
                    break;
                case Phase.Sum:
                    SumSlice(task);
                    break;
                case Phase.CheckRows:
                    CheckRows(task);
                    break;
                case Phase.Forward:
                    RunForwardTask(task);
                    break;
                case Phase.Backward:
                    ((IUnitSplitTraining<T>)_network).UnitSplitBackward(_layer, task, BlockInputs(), _blockRows, accumulate: _blockStart > 0);
                    break;
                case Phase.Check:
                    CheckSlice(task);
                    break;
                case Phase.CheckUpdate:
                    if (!_network.OptimizerSlice(task * _sliceValues, SliceLength(task, _updateLength), write: false))
                    {
                        Volatile.Write(ref _updateNotFinite, 1);
                    }

                    break;
                case Phase.WriteUpdate:
                    _network.OptimizerSlice(task * _sliceValues, SliceLength(task, _updateLength), write: true);
                    break;
                default:
                    throw new InvalidOperationException($"Unknown phase {_phase}.");
            }
        }

        /// <summary>Slices of <paramref name="length"/> values for a phase on <paramref name="degree"/> threads; sets the slice length the tasks use.</summary>
        private int Slices(int length, int degree)
        {
            _sliceValues = ParallelTraining.SliceValuesFor(length, degree);
            return (length + _sliceValues - 1) / _sliceValues;
        }

        private int SliceLength(int slice, int length) => Math.Min(_sliceValues, length - slice * _sliceValues);

        private unsafe void RunShard(int task)
        {
            int first = task * _shardRows;
            int count = Math.Min(_shardRows, _rows - first);
            var inputs = new ReadOnlySpan<T>((void*)_inputsAddress, _inputsLength).Slice(first * _inputSize, count * _inputSize);
            var targets = new ReadOnlySpan<T>((void*)_targetsAddress, _targetsLength).Slice(first * _outputSize, count * _outputSize);
            if (_checkGradients && !FiniteGuard.AllFinite(inputs, Simd.Enabled))
            {
                // Run rescans on the calling thread for the message; this shard's gradients are never summed.
                Volatile.Write(ref _inputsNotFinite, 1);
                return;
            }

            T[] into = _shardGradients[task];
            _losses[task] = _network.GradientShard(inputs, targets, into, task == 0 ? _state : _shardStates[task], task == 0 ? _delta : _shardDeltas[task], _scale);
            FoldPair(task);
        }

        /// <summary>
        /// The second shard of a pair (2p, 2p + 1) to finish, on whichever thread, adds the pair into shard 2p's buffer
        /// while its own buffer is in cache: the sum phase then reads half the buffers. x + y = y + x, so the bits do not
        /// depend on which of the two finished last (nor on the threads).
        /// </summary>
        private void FoldPair(int task)
        {
            int pair = task / 2;
            if (2 * pair + 1 >= _shards || Interlocked.Increment(ref _pairsDone[pair]) != 2 || Volatile.Read(ref _inputsNotFinite) != 0)
            {
                return;
            }

            LinearAlgebra.Axpy(T.One, _shardGradients[2 * pair + 1], _shardGradients[2 * pair]);
        }

        private void SumSlice(int task)
        {
            int start = task * _sliceValues;
            Span<T> sum = _gradients.AsSpan(start, SliceLength(task, _gradients.Length));
            // The pairs' sums (shard 2p's buffers, see FoldPair) in order: ((p₀ + p₁) + p₂) + …, as on one thread.
            _shardGradients[0].AsSpan(start, sum.Length).CopyTo(sum);
            for (int k = 2; k < _shards; k += 2)
            {
                LinearAlgebra.Axpy(T.One, _shardGradients[k].AsSpan(start, sum.Length), sum);
            }

            // Checked while the slice is in cache: the gradient check costs no pass of its own.
            CheckSlice(task);
        }

        /// <summary>
        /// Slice <paramref name="task"/> of the network's gradients: whether they are finite, then (TrainStep) whether the
        /// optimizer's update of the slice is, on the thread that writes this slice next (front/back order).
        /// </summary>
        private void CheckSlice(int task)
        {
            int start = task * _sliceValues;
            Span<T> slice = _gradients.AsSpan(start, SliceLength(task, _gradients.Length));
            if (_checkGradients && !FiniteGuard.AllFinite<T>(slice, Simd.Enabled))
            {
                Volatile.Write(ref _gradientsNotFinite, 1);
            }
            else if (start < _updateLength
                && !_network.OptimizerSlice(start, Math.Min(slice.Length, _updateLength - start), write: false))
            {
                Volatile.Write(ref _updateNotFinite, 1);
            }
        }

        /// <summary>
        /// Forward task <paramref name="task"/> of the unit split's current layer: part task / row shards, row shard
        /// task % row shards (so a thread taking tasks in order keeps one part's weights in cache). The first layer's part
        /// 0 first checks its rows (with CheckFinite); the output layer's tasks keep their rows' loss.
        /// </summary>
        private unsafe void RunForwardTask(int task)
        {
            int part = task / _rowShards;
            int shard = task % _rowShards;
            int first = shard * _rowShardRows;
            int count = Math.Min(_rowShardRows, _blockRows - first);
            ReadOnlySpan<T> inputs = BlockInputs();
            if (_layer == 0 && part == 0 && _checkGradients && _rows <= ParallelTraining.UnitSplitBlockRows && !FiniteGuard.AllFinite(inputs.Slice(first * _inputSize, count * _inputSize), Simd.Enabled))
            {
                Volatile.Write(ref _inputsNotFinite, 1);
            }

            var targets = new ReadOnlySpan<T>((void*)_targetsAddress, _targetsLength).Slice(_blockStart * _outputSize, _blockRows * _outputSize);
            var split = (IUnitSplitTraining<T>)_network;
            T loss = split.UnitSplitForward(_layer, part, inputs, targets, _blockRows, first, count, _scale);
            if (_layer == split.UnitSplitLayers - 1)
            {
                _losses[shard] = loss;
            }
        }

        /// <summary>Shard <paramref name="task"/>'s rows of the pinned batch: flags a value that is not finite (the caller rescans for the message).</summary>
        private unsafe void CheckRows(int task)
        {
            int first = task * _shardRows;
            int count = Math.Min(_shardRows, _rows - first);
            if (!FiniteGuard.AllFinite(new ReadOnlySpan<T>((void*)_inputsAddress, _inputsLength).Slice(first * _inputSize, count * _inputSize), Simd.Enabled))
            {
                Volatile.Write(ref _inputsNotFinite, 1);
            }
        }

        /// <summary>The unit split's current block of the pinned batch.</summary>
        private unsafe ReadOnlySpan<T> BlockInputs()
            => new ReadOnlySpan<T>((void*)_inputsAddress, _inputsLength).Slice(_blockStart * _inputSize, _blockRows * _inputSize);

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
            for (int k = had; k < shards; k++)
            {
                _shardGradients[k] = AlignedArrays.Allocate<T>(gradientLength);
                if (k > 0)
                {
                    _shardStates[k] = AlignedArrays.Allocate<T>(_state.Length);
                    _shardDeltas[k] = AlignedArrays.Allocate<T>(_delta.Length);
                }
            }
        }
    }

    /// <summary>
    /// Worker threads shared by every network of the process, started on first need (at most
    /// <see cref="ParallelTraining.MaxShards"/> − 1): a step hands them its tasks without allocating. Between tasks they
    /// spin for <see cref="SpinMicroseconds"/> before parking, so the phases of one step (shards, sum, update) and the next
    /// step in a loop find them awake. One step uses them at a time; a step that finds them busy runs its tasks on its
    /// own thread, which gives the same bits.
    /// </summary>
    internal static class TrainingWorkers
    {
        /// <summary>
        /// How long an idle worker, and the caller waiting for the workers, spin before they block: a wake-up from a
        /// block costs tens of µs, a step's phases follow one another within a few µs. Bounded, so a worker burns at
        /// most this much of a core after the last step.
        /// </summary>
        internal const int SpinMicroseconds = 50;

        /// <summary>Tasks numbered from 0 that may run on any thread in any order.</summary>
        internal interface ITasks
        {
            /// <summary>Runs task <paramref name="task"/>.</summary>
            void Run(int task);
        }

        private static readonly long SpinTicks = Math.Max(1, Stopwatch.Frequency * SpinMicroseconds / 1_000_000);
        private static readonly object Gate = new object();
        private static readonly SemaphoreSlim Wake = new SemaphoreSlim(0);
        private static readonly ManualResetEventSlim Done = new ManualResetEventSlim(false);
        private static int _threads;
        private static ITasks? _job;
        // The tasks not taken yet, first << 32 | end: the caller takes from the front, the workers from the back, so a
        // thread tends to get the same slices in the sum and in the update that follows (they stay in its cache).
        private static long _pending;
        private static int _helpers;
        private static int _helpersActive;
        private static Exception? _failure;
        private static long _allocatedBytes;
        private static long _parks;
        private static long _callerBlocks;

        /// <summary>The threads the calling thread's last sliced optimizer update used (1: the network's own serial update ran).</summary>
        [ThreadStatic]
        internal static int LastUpdateDegree;

        /// <summary>Bytes the workers allocated, waits included (for tests: a step must allocate nothing on any thread).</summary>
        internal static long AllocatedBytes => Interlocked.Read(ref _allocatedBytes);

        /// <summary>Times a worker found no task within its spin and blocked (for measurements: each costs a wake-up later).</summary>
        internal static long Parks => Interlocked.Read(ref _parks);

        /// <summary>Times the caller's spin ended with a worker still busy, so it blocked (for measurements).</summary>
        internal static long CallerBlocks => Interlocked.Read(ref _callerBlocks);

        /// <summary>Worker threads started so far (for tests).</summary>
        internal static int Threads => Volatile.Read(ref _threads);

        /// <summary>Runs tasks 0 … <paramref name="tasks"/> − 1 on up to <paramref name="degree"/> threads, this one included; rethrows a task's exception once all are done.</summary>
        internal static void Run(ITasks work, int tasks, int degree)
        {
            bool shared = Begin(work, tasks, degree);
            Join(shared, work, tasks);
        }

        /// <summary>
        /// Hands tasks 0 … <paramref name="tasks"/> − 1 to up to <paramref name="degree"/> − 1 workers (the caller takes
        /// its share in <see cref="Join"/>). False when no worker takes part (one thread, or another step holds them):
        /// Join then runs every task here.
        /// </summary>
        private static bool Begin(ITasks work, int tasks, int degree)
        {
            int helpers = Math.Min(Math.Min(degree, tasks), ParallelTraining.MaxShards) - 1;
            if (helpers <= 0 || !Monitor.TryEnter(Gate))
            {
                return false;
            }

            try
            {
                while (_threads < helpers)
                {
                    new Thread(Work) { IsBackground = true, Name = "NetGen training worker" }.Start();
                    _threads++;
                }
            }
            catch
            {
                Monitor.Exit(Gate);
                throw;
            }

            _job = work;
            Volatile.Write(ref _pending, (uint)tasks);
            _failure = null;
            _helpers = helpers;
            _helpersActive = helpers;
            Done.Reset();
            Wake.Release(helpers);
            return true;
        }

        /// <summary>Runs what is left of the tasks Begin handed out, waits for the workers, and rethrows a task's exception.</summary>
        private static void Join(bool shared, ITasks work, int tasks)
        {
            if (!shared)
            {
                for (int task = 0; task < tasks; task++)
                {
                    work.Run(task);
                }

                return;
            }

            try
            {
                RunTasks(fromBack: false);

                // Helpers not woken yet (busy cores) would only delay the return: take their wake-ups back.
                int reclaimed = 0;
                while (reclaimed < _helpers && Wake.Wait(0))
                {
                    reclaimed++;
                }

                if (reclaimed > 0 && Interlocked.Add(ref _helpersActive, -reclaimed) == 0)
                {
                    Done.Set();
                }

                long until = Stopwatch.GetTimestamp() + SpinTicks;
                while (Volatile.Read(ref _helpersActive) != 0 && Stopwatch.GetTimestamp() < until)
                {
                    Thread.SpinWait(SpinIterations);
                }

                if (Volatile.Read(ref _helpersActive) != 0)
                {
                    Interlocked.Increment(ref _callerBlocks);
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

        // Pause instructions between two looks at a shared counter (well under a µs).
        private const int SpinIterations = 20;

        private static void Work()
        {
            long mark = AllocatedOnThisThread();
            while (true)
            {
                if (!SpinForWake())
                {
                    Interlocked.Increment(ref _parks);
                    Wake.Wait();
                }

                RunTasks(fromBack: true);
                long now = AllocatedOnThisThread();
                Interlocked.Add(ref _allocatedBytes, now - mark);
                mark = now;
                if (Interlocked.Decrement(ref _helpersActive) == 0)
                {
                    Done.Set();
                }
            }
        }

        /// <summary>Takes a wake-up if one comes within <see cref="SpinMicroseconds"/>; false: none came, block.</summary>
        private static bool SpinForWake()
        {
            long until = Stopwatch.GetTimestamp() + SpinTicks;
            do
            {
                if (Wake.CurrentCount > 0 && Wake.Wait(0))
                {
                    return true;
                }

                Thread.SpinWait(SpinIterations);
            }
            while (Stopwatch.GetTimestamp() < until);
            return false;
        }

#if NET8_0_OR_GREATER
        private static long AllocatedOnThisThread() => GC.GetAllocatedBytesForCurrentThread();
#else
        private static long AllocatedOnThisThread() => 0; // not measurable before .NET Core 3.0
#endif

        private static void RunTasks(bool fromBack)
        {
            ITasks? work = Volatile.Read(ref _job);
            while (work is not null)
            {
                long pending = Volatile.Read(ref _pending);
                int first = (int)(pending >> 32);
                int end = (int)pending;
                if (first >= end)
                {
                    return;
                }

                int task = fromBack ? end - 1 : first;
                long rest = fromBack ? ((long)first << 32) | (uint)(end - 1) : ((long)(first + 1) << 32) | (uint)end;
                if (Interlocked.CompareExchange(ref _pending, rest, pending) != pending)
                {
                    continue;
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
