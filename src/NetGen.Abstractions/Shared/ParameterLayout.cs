using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;

// Compiled into the netstandard2.0 generator as well as the Abstractions: netstandard2.0 APIs only.

namespace NetGen
{
    /// <summary>What a tensor of a <see cref="ParameterLayout"/> holds.</summary>
    public enum ParameterTensorKind
    {
        /// <summary>Trainable values (PyTorch's parameters()): weights and biases.</summary>
        Parameter = 0,

        /// <summary>Saved values that training does not optimise (PyTorch's buffers): running statistics, standardisation.</summary>
        Buffer = 1,

        /// <summary>A saved count, stored as a 64-bit integer (int64) in files, as BatchNorm's num_batches_tracked.</summary>
        Counter = 2,
    }

    /// <summary>One named tensor of a network's parameter buffer: where it starts and its shape.</summary>
    public sealed class ParameterTensor
    {
        private readonly int[] _shape;

        /// <summary>Describes a tensor stored contiguously, row-major, in the parameter buffer.</summary>
        /// <param name="name">The tensor's name, e.g. <c>0.weight</c> (PyTorch's state_dict key).</param>
        /// <param name="offset">Index of its first value in the parameter buffer.</param>
        /// <param name="shape">The dimensions, outermost first, e.g. [out, in] for a weight. The array is copied.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException">The name is empty, a dimension is below 1, or the offset is negative.</exception>
        public ParameterTensor(string name, int offset, params int[] shape)
            : this(name, offset, ParameterTensorKind.Parameter, shape)
        {
        }

        /// <summary>Describes a tensor of the given kind (a buffer or counter is saved but not trained).</summary>
        /// <param name="name">The tensor's name, e.g. <c>1.running_mean</c>.</param>
        /// <param name="offset">Index of its first value in the buffer.</param>
        /// <param name="kind">What it holds.</param>
        /// <param name="shape">The dimensions; empty for a scalar (a counter's shape is []).</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException">The name is empty, a dimension is below 1, or the offset is negative.</exception>
        public ParameterTensor(string name, int offset, ParameterTensorKind kind, params int[] shape)
        {
            if (kind < ParameterTensorKind.Parameter || kind > ParameterTensorKind.Counter)
            {
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown tensor kind.");
            }

            Kind = kind;
            if (string.IsNullOrEmpty(name))
            {
                throw new ArgumentException("A tensor needs a name.", nameof(name));
            }

            if (shape == null)
            {
                throw new ArgumentNullException(nameof(shape));
            }

            if (offset < 0)
            {
                throw new ArgumentException("Tensor '" + name + "' has a negative offset.", nameof(offset));
            }

            long length = 1;
            foreach (int dim in shape)
            {
                if (dim < 1)
                {
                    throw new ArgumentException("Tensor '" + name + "' has a dimension below 1.", nameof(shape));
                }

                length *= dim;
                if (length > int.MaxValue)
                {
                    throw new ArgumentException("Tensor '" + name + "' is too large.", nameof(shape));
                }
            }

            Name = name;
            Offset = offset;
            _shape = (int[])shape.Clone();
            Shape = new ReadOnlyCollection<int>(_shape);
            Length = (int)length;
        }

        /// <summary>The tensor's name.</summary>
        public string Name { get; }

        /// <summary>What the tensor holds: parameters are trained and have optimizer state; buffers and counters do not.</summary>
        public ParameterTensorKind Kind { get; }

        /// <summary>Index of the first value in the parameter buffer.</summary>
        public int Offset { get; }

        /// <summary>The dimensions, outermost first.</summary>
        public IReadOnlyList<int> Shape { get; }

        /// <summary>The number of values: the product of <see cref="Shape"/>.</summary>
        public int Length { get; }

        /// <summary>A short description, e.g. <c>0.weight [8, 2] at 0</c>.</summary>
        /// <returns>The description.</returns>
        public override string ToString() =>
            Name + " " + SafetensorsHeader.FormatShape(Shape) + " at " + Offset.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// How a network's single parameter buffer splits into named tensors: the names, shapes and offsets that
    /// <c>Save</c> writes and <c>Load</c> expects. Each generated network exposes its own as a static
    /// <c>ParameterLayout</c> property.
    /// </summary>
    /// <remarks>
    /// Generated networks name their tensors as PyTorch names the state_dict of the equivalent
    /// <c>nn.Sequential</c>: every Dense layer is an <c>nn.Linear</c> module and every activation other than
    /// Identity is a module of its own, each taking the next index. Dense(8)+Tanh, Dense(8)+Relu, Dense(2) gives
    /// <c>0.weight</c> [8, in], <c>0.bias</c> [8], <c>2.weight</c>, <c>2.bias</c>, <c>4.weight</c>, <c>4.bias</c>.
    /// </remarks>
    public sealed class ParameterLayout
    {
        private readonly ParameterTensor[] _tensors;
        private readonly Dictionary<string, ParameterTensor> _byName;

        /// <summary>Creates a layout. The tensors must not overlap and must lie within the buffer.</summary>
        /// <param name="parameterCount">The length of the parameter buffer.</param>
        /// <param name="tensors">The tensors, in any order; names must be distinct.</param>
        /// <exception cref="ArgumentNullException"><paramref name="tensors"/> or one of them is null.</exception>
        /// <exception cref="ArgumentException">Names repeat, or tensors overlap or lie outside the buffer.</exception>
        public ParameterLayout(int parameterCount, params ParameterTensor[] tensors)
        {
            if (tensors == null)
            {
                throw new ArgumentNullException(nameof(tensors));
            }

            if (parameterCount < 0)
            {
                throw new ArgumentException("The parameter count cannot be negative.", nameof(parameterCount));
            }

            _tensors = (ParameterTensor[])tensors.Clone();
            _byName = new Dictionary<string, ParameterTensor>(StringComparer.Ordinal);
            foreach (var tensor in _tensors)
            {
                if (tensor == null)
                {
                    throw new ArgumentNullException(nameof(tensors), "A tensor is null.");
                }

                if (_byName.ContainsKey(tensor.Name))
                {
                    throw new ArgumentException("Two tensors are named '" + tensor.Name + "'.", nameof(tensors));
                }

                if ((long)tensor.Offset + tensor.Length > parameterCount)
                {
                    throw new ArgumentException("Tensor '" + tensor.Name + "' ends past the parameter buffer.", nameof(tensors));
                }

                _byName.Add(tensor.Name, tensor);
            }

            var byOffset = (ParameterTensor[])_tensors.Clone();
            Array.Sort(byOffset, (a, b) => a.Offset.CompareTo(b.Offset));
            for (int i = 1; i < byOffset.Length; i++)
            {
                if (byOffset[i].Offset < byOffset[i - 1].Offset + byOffset[i - 1].Length)
                {
                    throw new ArgumentException("Tensor '" + byOffset[i].Name + "' overlaps '" + byOffset[i - 1].Name + "'.", nameof(tensors));
                }
            }

            ParameterCount = parameterCount;
            Tensors = new ReadOnlyCollection<ParameterTensor>(_tensors);
            bool hasBuffers = false;
            int trainableEnd = 0;
            foreach (var tensor in _tensors)
            {
                if (tensor.Kind == ParameterTensorKind.Parameter)
                {
                    trainableEnd = Math.Max(trainableEnd, tensor.Offset + tensor.Length);
                }
                else
                {
                    hasBuffers = true;
                }
            }

            TrainableCount = hasBuffers ? trainableEnd : parameterCount;
        }

        /// <summary>The length of the parameter buffer (parameters and, after them, any buffers and counters).</summary>
        public int ParameterCount { get; }

        /// <summary>
        /// The values an optimizer updates and keeps state for: the whole buffer when every tensor is a parameter, else
        /// up to the end of the last <see cref="ParameterTensorKind.Parameter"/> tensor (buffers and counters come after).
        /// </summary>
        public int TrainableCount { get; }

        /// <summary>The tensors, in buffer order for generated layouts.</summary>
        public IReadOnlyList<ParameterTensor> Tensors { get; }

        /// <summary>Looks a tensor up by name.</summary>
        /// <param name="name">The tensor name.</param>
        /// <param name="tensor">The tensor, when found.</param>
        /// <returns>True when the layout has the tensor.</returns>
        public bool TryGetTensor(string name, out ParameterTensor tensor)
        {
            if (_byName.TryGetValue(name ?? throw new ArgumentNullException(nameof(name)), out var found))
            {
                tensor = found;
                return true;
            }

            tensor = null!;
            return false;
        }
    }
}
