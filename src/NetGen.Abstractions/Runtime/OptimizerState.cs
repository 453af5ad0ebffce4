using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.ComponentModel;

namespace NetGen.Runtime
{
    /// <summary>
    /// One per-parameter optimizer buffer, laid out like the parameters, under its torch.optim state name:
    /// <c>exp_avg</c> and <c>exp_avg_sq</c> (Adam, AdamW), <c>momentum_buffer</c> (SGD with momentum), or <c>prev</c> and
    /// <c>step_size</c> (Rprop).
    /// </summary>
    /// <typeparam name="T">float or double.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public readonly struct OptimizerBuffer<T>
    {
        /// <summary>Names a buffer.</summary>
        /// <param name="name">The torch.optim state name, e.g. <c>exp_avg</c>.</param>
        /// <param name="values">The buffer, one value per parameter; loading writes into it.</param>
        public OptimizerBuffer(string name, Memory<T> values)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Values = values;
        }

        /// <summary>The torch.optim state name.</summary>
        public string Name { get; }

        /// <summary>The values, laid out like the parameters.</summary>
        public Memory<T> Values { get; }
    }

    /// <summary>
    /// The optimizer state a training checkpoint holds besides the parameters: the optimizer's name, its step
    /// count and its buffers. <see cref="Checkpoint.Load{T}(System.IO.Stream, ParameterLayout, Span{T}, OptimizerState{T})"/>
    /// fills the buffers in place and sets <see cref="Step"/>.
    /// </summary>
    /// <typeparam name="T">float or double.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class OptimizerState<T>
    {
        /// <summary>Describes the state.</summary>
        /// <param name="optimizer">The optimizer's name (Adam, AdamW, Sgd, Rprop), stored for information.</param>
        /// <param name="step">The number of steps taken.</param>
        /// <param name="buffers">The per-parameter buffers; names must be distinct.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException">The step is negative or buffer names repeat.</exception>
        public OptimizerState(string optimizer, long step, params OptimizerBuffer<T>[] buffers)
        {
            Optimizer = optimizer ?? throw new ArgumentNullException(nameof(optimizer));
            ArgumentNullException.ThrowIfNull(buffers);
            ArgumentOutOfRangeException.ThrowIfNegative(step);
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var buffer in buffers)
            {
                if (buffer.Name is null || !names.Add(buffer.Name))
                {
                    throw new ArgumentException("Every optimizer buffer needs a distinct name.", nameof(buffers));
                }
            }

            Step = step;
            Buffers = new ReadOnlyCollection<OptimizerBuffer<T>>((OptimizerBuffer<T>[])buffers.Clone());
        }

        /// <summary>The optimizer's name.</summary>
        public string Optimizer { get; }

        /// <summary>The number of optimizer steps taken; loading a checkpoint sets it.</summary>
        public long Step { get; set; }

        /// <summary>The per-parameter buffers.</summary>
        public IReadOnlyList<OptimizerBuffer<T>> Buffers { get; }
    }
}
