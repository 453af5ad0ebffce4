using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.IO;
using System.Numerics;
using System.Runtime.InteropServices;

namespace NetGen.Runtime
{
    /// <summary>
    /// Saves and loads a network's parameters, and optionally its optimizer state, as a safetensors file. The
    /// generated <c>Save</c>, <c>Load</c>, <c>SaveCheckpoint</c> and <c>LoadCheckpoint</c> forward here with the
    /// network's <see cref="ParameterLayout"/>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// A weights file holds one tensor per <see cref="ParameterTensor"/> of the layout (F32 for float, F64 for
    /// double) and <c>{"format": "pt"}</c> metadata, so PyTorch reads it with
    /// <c>model.load_state_dict(safetensors.torch.load_file(path))</c>.
    /// </para>
    /// <para>
    /// A training checkpoint adds, for each optimizer buffer and each parameter tensor, a tensor named
    /// <c>optimizer.{parameter}.{buffer}</c> (e.g. <c>optimizer.0.weight.exp_avg</c>, torch.optim's
    /// <c>state[param]["exp_avg"]</c>), and the metadata <c>optimizer.step</c> (the step count) and
    /// <c>optimizer</c> (the optimizer's name, for information).
    /// </para>
    /// <para>
    /// Loading is all-or-nothing: the whole file is read and checked (format, names, shapes, dtypes, no missing
    /// or extra tensor; for a checkpoint the optimizer kind and the step, 0 to <see cref="MaxStep"/>; every value
    /// finite in the network's precision, second moments not negative) before any value is copied, so on any error
    /// the destination is untouched.
    /// F32 and F64 tensors load into float and double networks alike, as PyTorch's <c>load_state_dict</c>
    /// converts: F64 values round to the nearest float, F32 values widen exactly. Other dtypes (F16, BF16,
    /// integers) are rejected; convert them in Python first (<c>{k: v.float() for k, v in sd.items()}</c>).
    /// A checkpoint resumes training bit for bit when it is loaded at the precision it was saved at.
    /// </para>
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static partial class Checkpoint
    {
        /// <summary>The prefix of optimizer-state tensor names.</summary>
        public const string OptimizerPrefix = "optimizer.";

        /// <summary>The metadata key of the optimizer's step count (a decimal integer).</summary>
        public const string StepMetadataKey = "optimizer.step";

        /// <summary>The metadata key of the optimizer's name.</summary>
        public const string OptimizerMetadataKey = "optimizer";

        /// <summary>The metadata key Hugging Face tools read to tell a PyTorch state_dict ("pt").</summary>
        public const string FormatMetadataKey = "format";

        /// <summary>
        /// The largest step count a checkpoint may hold: 2^53, the last integer a double holds exactly, so Adam's
        /// bias corrections (β^step) stay exact in the step and incrementing it can never overflow in practice.
        /// </summary>
        public const long MaxStep = 1L << 53;

        /// <summary>The name of torch.optim's second-moment buffer (Adam, AdamW), which must never be negative.</summary>
        private const string SecondMomentBuffer = "exp_avg_sq";

        /// <summary>The name of torch.optim's Rprop step sizes, which must never be negative (a negative one climbs the loss).</summary>
        private const string StepSizeBuffer = "step_size";

        /// <summary>The name of torch.optim's SGD momentum buffer, whose presence tells SGD with momentum from plain SGD.</summary>
        private const string MomentumBuffer = "momentum_buffer";

        /// <summary>Invalid values counted in a message before the rest are summed up.</summary>
        private const int MaxInvalidListed = 1;

        /// <summary>The name of a buffer's tensor for one parameter tensor: <c>optimizer.{parameter}.{buffer}</c>.</summary>
        /// <param name="parameter">The parameter tensor's name, e.g. <c>0.weight</c>.</param>
        /// <param name="buffer">The buffer's name, e.g. <c>exp_avg</c>.</param>
        /// <returns>The tensor name.</returns>
        public static string OptimizerTensorName(string parameter, string buffer) => OptimizerPrefix + parameter + "." + buffer;

        /// <summary>Writes the parameters, and the optimizer state when given, as a safetensors file.</summary>
        /// <typeparam name="T">float (written as F32) or double (F64).</typeparam>
        /// <param name="stream">A writable stream; written from its current position and left open.</param>
        /// <param name="layout">The names, shapes and offsets of the tensors.</param>
        /// <param name="parameters">The parameter buffer, <see cref="ParameterLayout.ParameterCount"/> values.</param>
        /// <param name="optimizer">The optimizer state to include, or null for weights only.</param>
        /// <exception cref="ArgumentNullException">The stream or layout is null.</exception>
        /// <exception cref="ArgumentException">The stream is not writable, or a buffer's length differs from the layout's.</exception>
        /// <exception cref="IOException">The stream failed.</exception>
        public static void Save<T>(Stream stream, ParameterLayout layout, ReadOnlySpan<T> parameters, OptimizerState<T>? optimizer = null)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            ArgumentNullException.ThrowIfNull(stream);
            CheckBuffers(layout, parameters.Length, optimizer);

            // The writer keeps memory, not spans: one copy of the parameters, sliced per tensor.
            var values = parameters.ToArray();
            var tensors = new List<SafetensorsTensor<T>>();
            var metadata = new Dictionary<string, string>(StringComparer.Ordinal) { [FormatMetadataKey] = "pt" };
            foreach (var tensor in layout.Tensors)
            {
                // A counter (BatchNorm's num_batches_tracked) is int64 in PyTorch's state_dict.
                tensors.Add(new SafetensorsTensor<T>(tensor.Name, ShapeOf(tensor), values.AsMemory(tensor.Offset, tensor.Length), asInt64: tensor.Kind == ParameterTensorKind.Counter));
            }

            if (optimizer is not null)
            {
                foreach (var buffer in optimizer.Buffers)
                {
                    foreach (var tensor in Trainable(layout))
                    {
                        tensors.Add(new SafetensorsTensor<T>(
                            OptimizerTensorName(tensor.Name, buffer.Name), ShapeOf(tensor), buffer.Values.Slice(tensor.Offset, tensor.Length)));
                    }
                }

                metadata[StepMetadataKey] = optimizer.Step.ToString(CultureInfo.InvariantCulture);
                metadata[OptimizerMetadataKey] = optimizer.Optimizer;
            }

            SafetensorsFile.Write<T>(stream, tensors, metadata);
        }

        /// <summary>
        /// Writes the file as <see cref="Save{T}(Stream, ParameterLayout, ReadOnlySpan{T}, OptimizerState{T})"/>,
        /// through a temporary file in the same folder that then replaces <paramref name="path"/>, so an
        /// interrupted save never leaves a truncated file behind. A symbolic link is followed, as
        /// <see cref="File.WriteAllBytes(string, byte[])"/> does: its target is replaced and the link kept.
        /// </summary>
        /// <remarks>
        /// The temporary file is named <c>.ng</c> + 8 hex digits + <c>.tmp</c> (15 characters) whatever the target's
        /// name, so any valid file name can be saved to; it is deleted when the save fails.
        /// </remarks>
        /// <typeparam name="T">float (F32) or double (F64).</typeparam>
        /// <param name="path">The file to create or replace.</param>
        /// <param name="layout">The names, shapes and offsets of the tensors.</param>
        /// <param name="parameters">The parameter buffer.</param>
        /// <param name="optimizer">The optimizer state to include, or null for weights only.</param>
        /// <exception cref="ArgumentNullException">The path or layout is null.</exception>
        /// <exception cref="IOException">The file cannot be written, or the path is a folder.</exception>
        /// <exception cref="UnauthorizedAccessException">The file cannot be written.</exception>
        public static void Save<T>(string path, ParameterLayout layout, ReadOnlySpan<T> parameters, OptimizerState<T>? optimizer = null)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            ArgumentException.ThrowIfNullOrEmpty(path);
            CheckBuffers(layout, parameters.Length, optimizer);
            string target = FinalTarget(Path.GetFullPath(path));
            if (Directory.Exists(target))
            {
                throw new IOException($"Cannot save to {SafetensorsLimits.Quote(path)}: it is a folder; give a file path.");
            }

            string folder = Path.GetDirectoryName(target) ?? throw new IOException($"Cannot save to {SafetensorsLimits.Quote(path)}: it has no folder.");
            string temporary = CreateTemporary(folder, out FileStream stream);
            try
            {
                using (stream)
                {
                    Save(stream, layout, parameters, optimizer);
                    stream.Flush(flushToDisk: true);
                }

                File.Move(temporary, target, overwrite: true);
            }
            finally
            {
                if (File.Exists(temporary))
                {
                    File.Delete(temporary);
                }
            }
        }

        /// <summary>The file a path finally names: itself, or the end of its chain of symbolic links (which may not exist yet).</summary>
        private static string FinalTarget(string full)
        {
            var info = new FileInfo(full);
#if NET8_0_OR_GREATER
            if (info.LinkTarget is null)
            {
                return full;
            }

            // ResolveLinkTarget resolves relative targets against the link's folder; null means a loop it gave up on.
            return info.ResolveLinkTarget(returnFinalTarget: true)?.FullName
                   ?? throw new IOException($"Cannot save to {SafetensorsLimits.Quote(full)}: its symbolic links cannot be resolved.");
#else
            // netstandard cannot resolve symbolic links: refuse rather than replace the link with a file. (Attributes is -1 when nothing is there.)
            if ((int)info.Attributes != -1 && (info.Attributes & FileAttributes.ReparsePoint) != 0)
            {
                throw new IOException($"Cannot save to {SafetensorsLimits.Quote(full)}: it is a symbolic link, which this target framework cannot resolve. Save to the file it points to.");
            }

            return full;
#endif
        }

        /// <summary>A new temporary file in <paramref name="folder"/> with a short fixed-length name.</summary>
        private static string CreateTemporary(string folder, out FileStream stream)
        {
            for (int attempt = 0; ; attempt++)
            {
                string name = ".ng" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture).Substring(0, 8) + ".tmp";
                string temporary = Path.Combine(folder, name);
                try
                {
                    stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write);
                    return temporary;
                }
                catch (IOException) when (attempt < 8 && File.Exists(temporary))
                {
                    // Another save picked the same name: draw again.
                }
            }
        }

        /// <summary>
        /// Reads a safetensors file into the parameters, and into the optimizer state when given. The whole file
        /// is checked first; on any error nothing is written.
        /// </summary>
        /// <typeparam name="T">float or double; F32 and F64 tensors load into either.</typeparam>
        /// <param name="stream">A readable stream, read from its current position to its end and left open.</param>
        /// <param name="layout">The names, shapes and offsets the file must match exactly.</param>
        /// <param name="parameters">Receives the parameters.</param>
        /// <param name="optimizer">
        /// Null to load a weights file, whose tensors must be exactly the layout's. Otherwise the file must be a
        /// training checkpoint with every buffer of this state; the buffers are filled and <see cref="OptimizerState{T}.Step"/> set.
        /// </param>
        /// <exception cref="ArgumentNullException">The stream or layout is null.</exception>
        /// <exception cref="ArgumentException">The stream is not readable, or a buffer's length differs from the layout's.</exception>
        /// <exception cref="SafetensorsFormatException">
        /// The content is not a valid safetensors file (too short, truncated, a header longer than
        /// <see cref="SafetensorsHeader.MaxHeaderLength"/>, malformed JSON, an unknown dtype, overlapping or
        /// out-of-range offsets...) or does not match the layout (a missing or extra tensor, a wrong shape, a dtype
        /// other than F32 and F64, a missing or invalid step). The message names the problem.
        /// </exception>
        /// <exception cref="IOException">The stream itself failed.</exception>
        public static void Load<T>(Stream stream, ParameterLayout layout, Span<T> parameters, OptimizerState<T>? optimizer = null)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            ArgumentNullException.ThrowIfNull(stream);
            CheckBuffers(layout, parameters.Length, optimizer);
            SafetensorsFile.DTypeOf<T>();

            int buffers = optimizer?.Buffers.Count ?? 0;
            long values = 0;
            foreach (var tensor in layout.Tensors)
            {
                values += tensor.Length;
            }

            // No valid file for this layout is longer: the largest header, then every value as F64.
            long maxBytes = SafetensorsHeader.LengthPrefixSize + SafetensorsHeader.MaxHeaderLength + (8L * values * (1 + buffers));
            SafetensorsDocument document = SafetensorsFile.Read(stream, maxBytes);
            if (optimizer is not null)
            {
                CheckOptimizerKind(document, optimizer);
            }

            Validate(document, layout, optimizer);
            long step = optimizer is null ? 0 : ReadStep(document);

            // Decode into staging buffers and check every value in the network's precision (an F64 value beyond the
            // float range becomes an infinity), so a file that would leave NaN behind changes nothing.
            var staged = new T[parameters.Length];
            Decode(document, layout, null, staged);
            CheckValues(layout, null, staged);
            var stagedBuffers = new T[buffers][];
            for (int b = 0; b < buffers; b++)
            {
                string name = optimizer!.Buffers[b].Name;
                stagedBuffers[b] = new T[parameters.Length];
                Decode(document, layout, name, stagedBuffers[b]);
                CheckValues(layout, name, stagedBuffers[b]);
            }

            // Everything is checked: from here on nothing can fail.
            staged.CopyTo(parameters);
            if (optimizer is not null)
            {
                for (int b = 0; b < buffers; b++)
                {
                    stagedBuffers[b].CopyTo(optimizer.Buffers[b].Values.Span);
                }

                optimizer.Step = step;
            }
        }

        /// <summary>Decodes the parameter tensors (buffer null) or one optimizer buffer's tensors into <paramref name="destination"/>.</summary>
        private static void Decode<T>(SafetensorsDocument document, ParameterLayout layout, string? buffer, T[] destination)
            where T : unmanaged
        {
            foreach (var tensor in buffer is null ? layout.Tensors : Trainable(layout))
            {
                string name = buffer is null ? tensor.Name : OptimizerTensorName(tensor.Name, buffer);
                CopyTo(document, name, destination.AsSpan(tensor.Offset, tensor.Length));
            }
        }

        /// <summary>
        /// Every value finite and, in a second-moment or step-size buffer, not negative (the square root of the first is
        /// taken each step; a negative step size moves along the gradient);
        /// otherwise the first bad value and how many more, and nothing is loaded.
        /// </summary>
        private static void CheckValues<T>(ParameterLayout layout, string? buffer, T[] values)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            bool nonNegative = buffer is SecondMomentBuffer or StepSizeBuffer;
            long invalid = 0;
            string? first = null;
            foreach (var tensor in buffer is null ? layout.Tensors : Trainable(layout))
            {
                var rule = buffer is null ? RuleOf(tensor) : nonNegative ? ValueRule.NonNegative : ValueRule.Finite;
                for (int i = 0; i < tensor.Length; i++)
                {
                    T value = values[tensor.Offset + i];
                    if (Obeys(value, rule))
                    {
                        continue;
                    }

                    if (invalid++ < MaxInvalidListed)
                    {
                        string name = buffer is null ? tensor.Name : OptimizerTensorName(tensor.Name, buffer);
                        first = $"tensor {SafetensorsLimits.Quote(name)} holds {value.ToString(null, CultureInfo.InvariantCulture)} at index {i}";
                    }
                }
            }

            if (invalid > 0)
            {
                string rule = nonNegative
                    ? (buffer == StepSizeBuffer ? "step sizes (step_size)" : "second moments (exp_avg_sq)") + " must be finite and not negative"
                    : "every value must be finite in the network's precision, a variance not negative, a std above 0 and a count a whole number from 0 to 2^53";
                string more = invalid > MaxInvalidListed ? $" (and {invalid - MaxInvalidListed} more)" : "";
                throw new SafetensorsFormatException($"The safetensors file cannot be loaded: {first}{more}; {rule}. Nothing was changed.");
            }
        }

        /// <summary>
        /// A checkpoint restores the optimizer that wrote it: the kind in its metadata (Adam, AdamW, Sgd, Rprop), and for SGD
        /// whether it has momentum (a momentum_buffer), must be the network's. Files without the metadata entry
        /// (written by other tools) are checked by their tensors alone.
        /// </summary>
        private static void CheckOptimizerKind<T>(SafetensorsDocument document, OptimizerState<T> optimizer)
        {
            if (!document.Metadata.TryGetValue(OptimizerMetadataKey, out string? saved))
            {
                return;
            }

            bool savedMomentum = false;
            foreach (var tensor in document.Tensors)
            {
                savedMomentum |= tensor.Name.StartsWith(OptimizerPrefix, StringComparison.Ordinal) && tensor.Name.EndsWith("." + MomentumBuffer, StringComparison.Ordinal);
            }

            bool momentum = false;
            foreach (var buffer in optimizer.Buffers)
            {
                momentum |= buffer.Name == MomentumBuffer;
            }

            string file = DescribeOptimizer(saved, savedMomentum);
            string network = DescribeOptimizer(optimizer.Optimizer, momentum);
            if (file != network)
            {
                throw new SafetensorsFormatException(
                    $"The checkpoint was saved by {SafetensorsLimits.Quote(file)} but this network trains with '{network}'; " +
                    "declare the same optimizer, or load only the weights with Load. Nothing was changed.");
            }
        }

        private static string DescribeOptimizer(string kind, bool momentum) =>
            kind == "Sgd" ? (momentum ? "Sgd with momentum" : "Sgd without momentum") : kind;

        /// <summary>
        /// Reads a safetensors file from disk as <see cref="Load{T}(Stream, ParameterLayout, Span{T}, OptimizerState{T})"/> does.
        /// </summary>
        /// <typeparam name="T">float or double.</typeparam>
        /// <param name="path">The file.</param>
        /// <param name="layout">The names, shapes and offsets the file must match exactly.</param>
        /// <param name="parameters">Receives the parameters.</param>
        /// <param name="optimizer">Null for a weights file; otherwise receives the optimizer state.</param>
        /// <exception cref="ArgumentNullException">The path or layout is null.</exception>
        /// <exception cref="FileNotFoundException">The file does not exist.</exception>
        /// <exception cref="SafetensorsFormatException">The file is invalid or does not match; the message names the problem.</exception>
        /// <exception cref="IOException">The file cannot be read.</exception>
        public static void Load<T>(string path, ParameterLayout layout, Span<T> parameters, OptimizerState<T>? optimizer = null)
            where T : unmanaged, IFloatingPointIeee754<T>
        {
            ArgumentException.ThrowIfNullOrEmpty(path);
            CheckBuffers(layout, parameters.Length, optimizer);
            if (Directory.Exists(path))
            {
                throw new IOException($"Cannot load {SafetensorsLimits.Quote(path)}: it is a folder; give the path of a .safetensors file.");
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            Load(stream, layout, parameters, optimizer);
        }

        private static void CheckBuffers<T>(ParameterLayout layout, int parameters, OptimizerState<T>? optimizer)
        {
            ArgumentNullException.ThrowIfNull(layout);
            if (parameters != layout.ParameterCount)
            {
                throw new ArgumentException($"The parameter buffer holds {parameters} values but the layout has {layout.ParameterCount}.", nameof(parameters));
            }

            if (optimizer is null)
            {
                return;
            }

            foreach (var buffer in optimizer.Buffers)
            {
                if (buffer.Values.Length != layout.TrainableCount)
                {
                    throw new ArgumentException(
                        $"The optimizer buffer '{buffer.Name}' holds {buffer.Values.Length} values but the layout has {layout.TrainableCount} trainable values.", nameof(optimizer));
                }
            }
        }

        private static void Validate<T>(SafetensorsDocument document, ParameterLayout layout, OptimizerState<T>? optimizer)
        {
            var expected = new List<KeyValuePair<string, IReadOnlyList<int>>>();
            foreach (var tensor in layout.Tensors)
            {
                expected.Add(new(tensor.Name, tensor.Shape));
            }

            foreach (var buffer in optimizer?.Buffers ?? Array.Empty<OptimizerBuffer<T>>())
            {
                foreach (var tensor in Trainable(layout))
                {
                    expected.Add(new(OptimizerTensorName(tensor.Name, buffer.Name), tensor.Shape));
                }
            }

            var actual = new List<(string Name, string DType, IReadOnlyList<int> Shape)>();
            foreach (var tensor in document.Tensors)
            {
                actual.Add((tensor.Name, tensor.DType, tensor.Shape));
            }

            var problems = LayoutCheck.Compare(expected, actual);
            if (problems.Count == 0)
            {
                return;
            }

            string hint = "";
            if (optimizer is null && problems.TrueForAll(p => p.Kind == LayoutProblemKind.Unexpected && p.Name.StartsWith(OptimizerPrefix, StringComparison.Ordinal)))
            {
                hint = " The file is a training checkpoint: load it with LoadCheckpoint.";
            }
            else if (optimizer is not null && problems.TrueForAll(p => p.Kind == LayoutProblemKind.Missing && p.Name.StartsWith(OptimizerPrefix, StringComparison.Ordinal)))
            {
                hint = " The file holds no optimizer state for this optimizer: load weights with Load.";
            }

            throw new SafetensorsFormatException("The safetensors file does not match the network: " + LayoutCheck.Describe(problems) + "." + hint);
        }

        /// <summary>The tensors the optimizer keeps state for: parameters, not buffers or counters.</summary>
        private static IEnumerable<ParameterTensor> Trainable(ParameterLayout layout)
        {
            foreach (var tensor in layout.Tensors)
            {
                if (tensor.Kind == ParameterTensorKind.Parameter)
                {
                    yield return tensor;
                }
            }
        }

        /// <summary>What a loaded value must be, beyond finite.</summary>
        private enum ValueRule
        {
            Finite,
            NonNegative,
            Positive,
            Count,
        }

        /// <summary>
        /// Buffers the forward pass divides by or takes the root of must be in range, or Predict would return NaN:
        /// running_var (BatchNorm) not negative, std (Standardize) above 0; a counter a whole number in [0, 2^53].
        /// </summary>
        private static ValueRule RuleOf(ParameterTensor tensor) => tensor.Kind switch
        {
            ParameterTensorKind.Parameter => ValueRule.Finite,
            ParameterTensorKind.Counter => ValueRule.Count,
            ParameterTensorKind.Buffer when tensor.Name.EndsWith(".running_var", StringComparison.Ordinal) => ValueRule.NonNegative,
            ParameterTensorKind.Buffer when tensor.Name.EndsWith(".std", StringComparison.Ordinal) => ValueRule.Positive,
            ParameterTensorKind.Buffer => ValueRule.Finite,
            _ => throw new ArgumentOutOfRangeException(nameof(tensor), tensor.Kind, "Unknown tensor kind."),
        };

        private static bool Obeys<T>(T value, ValueRule rule)
            where T : IFloatingPointIeee754<T> => T.IsFinite(value) && rule switch
            {
                ValueRule.Finite => true,
                ValueRule.NonNegative => !T.IsNegative(value) || T.IsZero(value),
                ValueRule.Positive => value > T.Zero,
                ValueRule.Count => value >= T.Zero && T.IsInteger(value) && value <= T.CreateTruncating(MaxStep),
                _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown rule."),
            };

        private static long ReadStep(SafetensorsDocument document)
        {
            if (!document.Metadata.TryGetValue(StepMetadataKey, out string? text))
            {
                throw new SafetensorsFormatException($"The checkpoint's __metadata__ has no '{StepMetadataKey}' entry.");
            }

            if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long step) || step > MaxStep)
            {
                throw new SafetensorsFormatException(
                    $"The checkpoint's '{StepMetadataKey}' is {SafetensorsLimits.Quote(text)}, not a step count: an integer from 0 to {MaxStep} (Checkpoint.MaxStep). Nothing was changed.");
            }

            return step;
        }

        private static int[] ShapeOf(ParameterTensor tensor)
        {
            var shape = new int[tensor.Shape.Count];
            for (int i = 0; i < shape.Length; i++)
            {
                shape[i] = tensor.Shape[i];
            }

            return shape;
        }

        private static void CopyTo<T>(SafetensorsDocument document, string name, Span<T> destination)
            where T : unmanaged
        {
            if (typeof(T) == typeof(float))
            {
                document.CopyTo(name, MemoryMarshal.Cast<T, float>(destination));
            }
            else
            {
                document.CopyTo(name, MemoryMarshal.Cast<T, double>(destination));
            }
        }
    }
}
