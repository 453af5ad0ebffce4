using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;

// This file is compiled into the netstandard2.0 generator as well as the Abstractions, so it sticks to
// netstandard2.0 APIs: no spans, no records, no System.Text.Json (it carries its own small JSON reader).

namespace NetGen
{
    /// <summary>
    /// A tensor to lay out in a new safetensors header: its name, dtype and shape. See
    /// <see cref="SafetensorsHeader.Create"/>.
    /// </summary>
    internal sealed class SafetensorsTensorSpec
    {
        private readonly int[] _shape;

        /// <summary>Describes a tensor to write.</summary>
        /// <param name="name">The tensor's name; any string that is valid UTF-8 except <c>__metadata__</c>.</param>
        /// <param name="dtype">The safetensors dtype, e.g. <c>F32</c>.</param>
        /// <param name="shape">The dimensions, outermost first (row-major); empty for a scalar. The array is copied.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public SafetensorsTensorSpec(string name, string dtype, int[] shape)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            DType = dtype ?? throw new ArgumentNullException(nameof(dtype));
            if (shape == null)
            {
                throw new ArgumentNullException(nameof(shape));
            }

            _shape = (int[])shape.Clone();
            Shape = new ReadOnlyCollection<int>(_shape);
        }

        /// <summary>The tensor's name.</summary>
        public string Name { get; }

        /// <summary>The safetensors dtype, e.g. <c>F32</c>.</summary>
        public string DType { get; }

        /// <summary>The dimensions, outermost first.</summary>
        public IReadOnlyList<int> Shape { get; }

        internal int[] ShapeArray => _shape;
    }

    /// <summary>
    /// One tensor of a safetensors header: name, dtype, shape and where its bytes lie in the data section.
    /// </summary>
    internal sealed class SafetensorsTensorInfo
    {
        private readonly int[] _shape;

        internal SafetensorsTensorInfo(string name, string dtype, int[] shape, long elementCount, long dataBegin, long dataEnd)
        {
            _shape = shape;
            Name = name;
            DType = dtype;
            Shape = new ReadOnlyCollection<int>(shape);
            ElementCount = elementCount;
            DataBegin = dataBegin;
            DataEnd = dataEnd;
        }

        /// <summary>The tensor's name (the JSON key).</summary>
        public string Name { get; }

        /// <summary>The safetensors dtype string, e.g. <c>F32</c> or <c>BF16</c>.</summary>
        public string DType { get; }

        /// <summary>The dimensions, outermost first (row-major, C order); empty for a scalar.</summary>
        public IReadOnlyList<int> Shape { get; }

        /// <summary>The number of elements: the product of <see cref="Shape"/> (1 for a scalar, 0 if any dimension is 0).</summary>
        public long ElementCount { get; }

        /// <summary>Offset of the tensor's first byte, relative to the start of the data section.</summary>
        public long DataBegin { get; }

        /// <summary>Offset one past the tensor's last byte, relative to the start of the data section.</summary>
        public long DataEnd { get; }

        /// <summary>The number of bytes the tensor occupies: <see cref="DataEnd"/> - <see cref="DataBegin"/>.</summary>
        public long ByteLength => DataEnd - DataBegin;

        /// <summary>
        /// Whether NetGen can read the values (<c>F32</c> or <c>F64</c>). Other dtypes are recognised and
        /// validated, but reading their values throws <see cref="SafetensorsFormatException"/>.
        /// </summary>
        public bool IsReadable => SafetensorsHeader.IsReadableDType(DType);

        /// <summary>Copies the shape into a new array.</summary>
        /// <returns>The dimensions, outermost first.</returns>
        public int[] GetShapeArray()
        {
            return (int[])_shape.Clone();
        }

        /// <summary>A short description, e.g. <c>0.weight F32 [2, 3] @ [8, 32)</c>.</summary>
        /// <returns>The description.</returns>
        public override string ToString()
        {
            return Name + " " + DType + " " + SafetensorsHeader.FormatShape(Shape) + " @ [" +
                   DataBegin.ToString(CultureInfo.InvariantCulture) + ", " + DataEnd.ToString(CultureInfo.InvariantCulture) + ")";
        }
    }
}
