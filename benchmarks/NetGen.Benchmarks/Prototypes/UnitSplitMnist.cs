using System;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Threading;
using NetGen.Runtime;

// A hand-made prototype for measurement only (issue 14 item 4, session 10): the Adam TrainStep of 784→128 ReLU→10
// Softmax cross-entropy with the hidden units split instead of the rows. Part k of P owns hidden units
// k·128/P … (k + 1)·128/P − 1: its rows of W1 and b1, its columns of W2, their gradients and Adam moments. A step runs
// three phases of P tasks, which the threads take dynamically (the caller from the front, the worker from the back,
// so a part tends to stay on one core): A, each part's hidden activations and partial logits for the whole batch
// (the last part to finish sums the partial logits in part order and computes the loss and its gradient); B, each
// part's gradients and the check of its Adam update; C, each part's Adam update once every check passed. Only partial
// logits, ∂L/∂z (256 × 10 values each) and a few counters cross between the cores, where data-parallel shards move the
// whole gradient (about 1.2 MB a step). Every value is computed the same way whichever thread runs a part, so the bits
// do not depend on the thread count. Not product code: the generator does not emit it. `--unit-split` times it
// against the generated network's TrainStep (UnitSplitPaired).
namespace NetGen.Benchmarks.Prototypes
{
    internal sealed class UnitSplitMnist : IDisposable
    {
        private const int In = 784;
        private const int Hidden = 128;
        private const int Out = 10;
        private const int Chunk = 32;
        private const int B1 = Hidden * In;
        private const int W2 = B1 + Hidden;
        private const int B2 = W2 + Out * Hidden;
        public const int ParameterCount = B2 + Out;

        public readonly float[] Parameters = new float[ParameterCount];
        public readonly float[] Gradients = new float[ParameterCount];
        private readonly float[] _m = new float[ParameterCount];
        private readonly float[] _v = new float[ParameterCount];
        private long _step;

        private readonly int _parts;
        private readonly int _units;

        // Per part: hidden activations and deltas of the whole batch, packed W2 columns and their gradient, partial logits.
        private float[][] _h = Array.Empty<float[]>();
        private float[][] _dh = Array.Empty<float[]>();
        private readonly float[][] _w2;
        private readonly float[][] _gw2;
        private float[][] _partial = Array.Empty<float[]>();
        private readonly float[][] _gbScratch;
        private readonly bool[] _finite;
        private readonly float[] _zeroBias = new float[Out];
        private float[] _z = Array.Empty<float>();
        private float[] _dz = Array.Empty<float>();
        private float _loss;
        private bool _b2Finite;
        private int _rows;

        // Per phase: tasks not taken (first << 32 | end) and tasks done.
        private readonly long[] _pending = new long[3 * 16];
        private readonly int[] _completed = new int[3 * 32];
        private long _go;
        private long _done;
        private readonly Thread? _worker;
        private volatile bool _stop;
        private float[] _x = Array.Empty<float>();
        private float[] _y = Array.Empty<float>();

        public readonly long[] WaitTicks = new long[32];

        public UnitSplitMnist(ReadOnlySpan<float> parameters, int parts, bool twoThreads)
        {
            parameters.CopyTo(Parameters);
            _parts = parts;
            _units = Hidden / parts;
            _w2 = New(parts, Out * _units);
            _gw2 = New(parts, Out * _units);
            _gbScratch = New(parts, Out);
            _finite = new bool[parts];
            if (twoThreads)
            {
                _worker = new Thread(Work) { IsBackground = true, Name = "unit-split worker" };
                _worker.Start();
            }
        }

        private static float[][] New(int parts, int length)
        {
            var buffers = new float[parts][];
            for (int k = 0; k < parts; k++)
            {
                buffers[k] = new float[length];
            }

            return buffers;
        }

        public float TrainStep(float[] x, float[] y)
        {
            _x = x;
            _y = y;
            int rows = x.Length / In;
            if (rows != _rows)
            {
                _rows = rows;
                _h = New(_parts, rows * _units);
                _dh = New(_parts, rows * _units);
                _partial = New(_parts, rows * Out);
                _z = new float[rows * Out];
                _dz = new float[rows * Out];
            }

            for (int phase = 0; phase < 3; phase++)
            {
                _pending[phase * 16] = (uint)_parts;
                _completed[phase * 32] = 0;
            }

            if (_worker is null)
            {
                RunStep(fromBack: false);
            }
            else
            {
                Interlocked.Increment(ref _go);
                RunStep(fromBack: false);
                while (Volatile.Read(ref _done) != Volatile.Read(ref _go))
                {
                    Thread.SpinWait(20);
                }
            }

            _step++;
            return _loss;
        }

        private void Work()
        {
            long seen = 0;
            while (!_stop)
            {
                if (Volatile.Read(ref _go) == seen)
                {
                    Thread.SpinWait(20);
                    continue;
                }

                seen++;
                RunStep(fromBack: true);
                Volatile.Write(ref _done, seen);
            }
        }

        private void RunStep(bool fromBack)
        {
            int side = fromBack ? 16 : 0;
            for (int phase = 0; phase < 3; phase++)
            {
                int task;
                while ((task = Take(phase, fromBack)) >= 0)
                {
                    switch (phase)
                    {
                        case 0:
                            Forward(task);
                            if (Interlocked.Increment(ref _completed[0]) == _parts)
                            {
                                Logits();
                            }

                            break;
                        case 1:
                            Backward(task);
                            Interlocked.Increment(ref _completed[32]);
                            break;
                        default:
                            if (AllFinite())
                            {
                                Write(task);
                            }

                            Interlocked.Increment(ref _completed[64]);
                            break;
                    }
                }

                // Every task of this phase done (phase A: and the logits' gradient computed) before the next phase.
                long begin = Stopwatch.GetTimestamp();
                int needed = phase == 0 ? _parts + 1 : _parts;
                while (Volatile.Read(ref _completed[phase * 32]) < needed)
                {
                    Thread.SpinWait(1);
                }

                WaitTicks[side] += Stopwatch.GetTimestamp() - begin;
            }
        }

        private int Take(int phase, bool fromBack)
        {
            ref long pending = ref _pending[phase * 16];
            while (true)
            {
                long now = Volatile.Read(ref pending);
                int first = (int)(now >> 32);
                int end = (int)now;
                if (first >= end)
                {
                    return -1;
                }

                int task = fromBack ? end - 1 : first;
                long rest = fromBack ? ((long)first << 32) | (uint)(end - 1) : ((long)(first + 1) << 32) | (uint)end;
                if (Interlocked.CompareExchange(ref pending, rest, now) == now)
                {
                    return task;
                }
            }
        }

        private bool AllFinite()
        {
            bool finite = _b2Finite;
            for (int k = 0; k < _parts; k++)
            {
                finite &= _finite[k];
            }

            return finite;
        }

        // Phase A, part k: its hidden units and partial logits for every row, chunk by chunk.
        private void Forward(int k)
        {
            for (int o = 0; o < Out; o++)
            {
                Parameters.AsSpan(W2 + o * Hidden + k * _units, _units).CopyTo(_w2[k].AsSpan(o * _units));
            }

            for (int start = 0; start < _rows; start += Chunk)
            {
                int n = Math.Min(Chunk, _rows - start);
                Span<float> h = _h[k].AsSpan(start * _units, n * _units);
                LinearAlgebra.DenseForward(_x.AsSpan(start * In, n * In), Parameters.AsSpan(k * _units * In, _units * In), Parameters.AsSpan(B1 + k * _units, _units), h, n, In, _units);
                BatchActivations.Relu(h, h);
                LinearAlgebra.DenseForward(h, _w2[k], _zeroBias, _partial[k].AsSpan(start * Out, n * Out), n, _units, Out);
            }
        }

        // After phase A, on the thread that finished it: logits (parts summed in order, then the bias), loss, ∂L/∂z, b2's gradient.
        private void Logits()
        {
            int count = _rows * Out;
            float scale = 1f / _rows;
            for (int i = 0; i < count; i++)
            {
                float sum = _partial[0][i];
                for (int k = 1; k < _parts; k++)
                {
                    sum += _partial[k][i];
                }

                _z[i] = sum + Parameters[B2 + i % Out];
            }

            float loss = 0;
            for (int r = 0; r < _rows; r++)
            {
                ReadOnlySpan<float> target = _y.AsSpan(r * Out, Out);
                loss += Losses.SoftmaxCrossEntropySum<float>(_z.AsSpan(r * Out, Out), target);
                Losses.SoftmaxCrossEntropyGradient<float>(_z.AsSpan(r * Out, Out), target, scale, _dz.AsSpan(r * Out, Out));
            }

            _loss = loss;
            Span<float> gb2 = Gradients.AsSpan(B2, Out);
            gb2.Clear();
            for (int r = 0; r < _rows; r++)
            {
                for (int o = 0; o < Out; o++)
                {
                    gb2[o] += _dz[r * Out + o];
                }
            }

            _b2Finite = Optimizers.AdamIsFinite(Slice(Parameters, B2, Out), Slice(Gradients, B2, Out), Slice(_m, B2, Out), Slice(_v, B2, Out), _step + 1, 0.001, 0.9, 0.999, 1e-8, 0, false);
            Interlocked.Increment(ref _completed[0]);
        }

        // Phase B, part k: its gradients over the whole batch, then whether its Adam update is finite.
        private void Backward(int k)
        {
            Span<float> h = _h[k].AsSpan(0, _rows * _units);
            Span<float> dh = _dh[k].AsSpan(0, _rows * _units);
            LinearAlgebra.DenseWeightGradient(_dz, h, _gw2[k], _gbScratch[k], _rows, _units, Out, accumulate: false);
            LinearAlgebra.DenseInputGradient(_dz, _w2[k], dh, _rows, _units, Out);
            BatchActivations.ReluBackward(h, dh);
            LinearAlgebra.DenseWeightGradient(dh, _x, Gradients.AsSpan(k * _units * In, _units * In), Gradients.AsSpan(B1 + k * _units, _units), _rows, In, _units, accumulate: false);
            for (int o = 0; o < Out; o++)
            {
                _gw2[k].AsSpan(o * _units, _units).CopyTo(Gradients.AsSpan(W2 + o * Hidden + k * _units));
            }

            bool finite = IsFinite(k * _units * In, _units * In) && IsFinite(B1 + k * _units, _units);
            for (int o = 0; o < Out; o++)
            {
                finite &= IsFinite(W2 + o * Hidden + k * _units, _units);
            }

            _finite[k] = finite;
        }

        private bool IsFinite(int at, int length)
            => Optimizers.AdamIsFinite(Slice(Parameters, at, length), Slice(Gradients, at, length), Slice(_m, at, length), Slice(_v, at, length), _step + 1, 0.001, 0.9, 0.999, 1e-8, 0, false);

        // Phase C, part k: its Adam update (part 0 also b2's).
        private void Write(int k)
        {
            Update(k * _units * In, _units * In);
            Update(B1 + k * _units, _units);
            for (int o = 0; o < Out; o++)
            {
                Update(W2 + o * Hidden + k * _units, _units);
            }

            if (k == 0)
            {
                Update(B2, Out);
            }
        }

        private void Update(int at, int length)
            => Optimizers.Adam(Slice(Parameters, at, length), Slice(Gradients, at, length), Slice(_m, at, length), Slice(_v, at, length), _step + 1, 0.001, 0.9, 0.999, 1e-8, 0, false);

        private static Span<float> Slice(float[] buffer, int at, int length) => MemoryMarshal.CreateSpan(ref buffer[at], length);

        public void Dispose() => _stop = true;
    }
}
