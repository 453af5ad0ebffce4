using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NetGen.Generator.Model;
using NetGen.Generator.Planning;

namespace NetGen.Generator.Emit
{
    /// <summary>
    /// Save, Load and the training checkpoint (one-line members forwarding to NetGen.Runtime.Checkpoint with the layout
    /// from <see cref="StateDict"/>), and the baked inference path when the weights are compiled in.
    /// </summary>
    internal static partial class NetworkEmitter
    {
        private const string CheckpointClass = "global::NetGen.Runtime.Checkpoint";
        private const string StreamType = "global::System.IO.Stream";
        private const int LiteralsPerLine = 8;

        /// <summary>Bytes per base64 line of the compact baked form: a multiple of 3, so every line decodes alone (1024 characters).</summary>
        private const int Base64BytesPerLine = 768;

        private static void WriteWeights(CodeWriter w, NetworkPlan plan)
        {
            var layout = StateDict.Layout(plan);
            w.Line();
            WriteLayout(w, plan, layout);
            WriteSaveAndLoad(w, plan);
            WriteCheckpoint(w, plan);
            if (plan.Baked is not null)
            {
                WriteBaked(w, plan, plan.Baked);
            }
        }

        private static void WriteLayout(CodeWriter w, NetworkPlan plan, ParameterLayout layout)
        {
            w.Lines($$"""
                /// <summary>
                /// The tensors of <see cref="Parameters"/> in a safetensors file: PyTorch's state_dict names and shapes for
                /// <c>{{TorchSequential(plan)}}</c>
                /// (each Dense an nn.Linear, each activation other than Identity a module of its own, numbered in order).
                /// </summary>
                /// <remarks>{{string.Join("; ", layout.Tensors.Select(t => t.ToString()))}}.</remarks>
                public static global::NetGen.ParameterLayout ParameterLayout { get; } = new global::NetGen.ParameterLayout(
                    {{StoredCountName(plan)}},
                """);
            for (int i = 0; i < layout.Tensors.Count; i++)
            {
                var tensor = layout.Tensors[i];
                // A buffer or counter names its kind; a counter's shape is [] (no dimension arguments at all).
                var arguments = new List<string> { "\"" + tensor.Name + "\"", tensor.Offset.ToString(CultureInfo.InvariantCulture) };
                if (tensor.Kind != ParameterTensorKind.Parameter)
                {
                    arguments.Add("global::NetGen.ParameterTensorKind." + tensor.Kind);
                }

                arguments.AddRange(tensor.Shape.Select(d => d.ToString(CultureInfo.InvariantCulture)));
                w.Line($"    new global::NetGen.ParameterTensor({string.Join(", ", arguments)}){(i == layout.Tensors.Count - 1 ? ");" : ",")}");
            }

            w.Line();
        }

        private static void WriteSaveAndLoad(CodeWriter w, NetworkPlan plan)
        {
            string t = plan.Element;
            string dtype = t == "double" ? "F64" : "F32";
            w.Lines($$"""
                /// <summary>
                /// Writes <see cref="Parameters"/> as a safetensors file ({{dtype}}) with the names and shapes of
                /// <see cref="ParameterLayout"/>, which PyTorch loads with
                /// <c>model.load_state_dict(safetensors.torch.load_file(path))</c>. The optimizer state is not included
                /// (see <see cref="SaveCheckpoint({{StreamType}})"/>).
                /// </summary>
                /// <param name="stream">A writable stream, written from its current position and left open.</param>
                /// <exception cref="global::System.IO.IOException">The stream failed.</exception>
                public void Save({{StreamType}} stream) => {{CheckpointClass}}.Save{{plan.Code.TypeArguments}}(stream, ParameterLayout, __parameters);

                /// <summary>
                /// Writes <see cref="Parameters"/> to a safetensors file as <see cref="Save({{StreamType}})"/> does, through a
                /// temporary file that then replaces <paramref name="path"/>, so an interrupted save leaves no truncated file.
                /// </summary>
                /// <param name="path">The file to create or replace.</param>
                /// <exception cref="global::System.IO.IOException">The file cannot be written.</exception>
                public void Save(string path) => {{CheckpointClass}}.Save{{plan.Code.TypeArguments}}(path, ParameterLayout, __parameters);

                /// <summary>
                /// Replaces <see cref="Parameters"/> with the tensors of a safetensors file, from <see cref="Save({{StreamType}})"/>
                /// or PyTorch's <c>safetensors.torch.save_file(model.state_dict(), path)</c>. All or nothing: the whole file is
                /// checked (format, names and shapes of <see cref="ParameterLayout"/>, no missing or extra tensor) before any
                /// parameter changes. F32 and F64 tensors both load, converted as PyTorch's load_state_dict converts; other
                /// dtypes are rejected. The optimizer state is left as it is, as in PyTorch. {{NotThreadSafeDoc}}
                /// </summary>
                /// <param name="stream">A readable stream, read from its current position to its end and left open.</param>
                /// <exception cref="global::NetGen.SafetensorsFormatException">The file is invalid or does not match this network; the message names the problem. Nothing was changed.</exception>
                /// <exception cref="global::System.IO.IOException">The stream failed. Nothing was changed.</exception>
                /// <exception cref="global::System.InvalidOperationException">Another thread is in a training member of this network.</exception>
                public void Load({{StreamType}} stream)
                {
                    bool __entered = global::NetGen.Runtime.TrainingGuard.Enter(ref {{GuardField}});
                    try
                    {
                        {{CheckpointClass}}.Load{{plan.Code.TypeArguments}}(stream, ParameterLayout, __parameters);
                    }
                    finally
                    {
                        global::NetGen.Runtime.TrainingGuard.Exit(ref {{GuardField}}, __entered);
                    }
                }

                /// <summary>Replaces <see cref="Parameters"/> with the tensors of a safetensors file, as <see cref="Load({{StreamType}})"/> does.</summary>
                /// <param name="path">The file.</param>
                /// <exception cref="global::NetGen.SafetensorsFormatException">The file is invalid or does not match this network; the message names the problem. Nothing was changed.</exception>
                /// <exception cref="global::System.IO.IOException">The file cannot be read (<see cref="global::System.IO.FileNotFoundException"/> when it does not exist). Nothing was changed.</exception>
                /// <exception cref="global::System.InvalidOperationException">Another thread is in a training member of this network.</exception>
                public void Load(string path)
                {
                    bool __entered = global::NetGen.Runtime.TrainingGuard.Enter(ref {{GuardField}});
                    try
                    {
                        {{CheckpointClass}}.Load{{plan.Code.TypeArguments}}(path, ParameterLayout, __parameters);
                    }
                    finally
                    {
                        global::NetGen.Runtime.TrainingGuard.Exit(ref {{GuardField}}, __entered);
                    }
                }

                """);
        }

        private static void WriteCheckpoint(CodeWriter w, NetworkPlan plan)
        {
            string t = plan.Element;
            var optimizer = plan.Spec.Optimizer;
            var buffers = OptimizerBuffers(optimizer).Select(field => $"new global::NetGen.Runtime.OptimizerBuffer<{t}>(\"{TorchStateName(field)}\", {field})");
            string stateNames = OptimizerBuffers(optimizer).Length == 0
                ? "no buffers"
                : string.Join(", ", OptimizerBuffers(optimizer).Select(field => $"optimizer.{{name}}.{TorchStateName(field)}"));
            // Before the load writes the moments (a failed load changes nothing, and forgetting costs one full check).
            string forget = plan.KeepsMomentBounds ? $"\n        {MomentBoundsField} = default;" : "";
            w.Lines($$"""
                /// <summary>
                /// Writes a training checkpoint: <see cref="Parameters"/> as <see cref="Save({{StreamType}})"/> writes them, the
                /// {{optimizer.Kind}} state ({{stateNames}}; torch.optim's per-parameter state) and
                /// <see cref="OptimizerStepCount"/> (metadata <c>optimizer.step</c>). <see cref="LoadCheckpoint({{StreamType}})"/>
                /// on a network of the same declaration then resumes training bit for bit.
                /// </summary>
                /// <param name="stream">A writable stream, written from its current position and left open.</param>
                /// <exception cref="global::System.IO.IOException">The stream failed.</exception>
                public void SaveCheckpoint({{StreamType}} stream) => {{CheckpointClass}}.Save{{plan.Code.TypeArguments}}(stream, ParameterLayout, __parameters, __OptimizerState());

                /// <summary>Writes a training checkpoint to a file, as <see cref="SaveCheckpoint({{StreamType}})"/> and <see cref="Save(string)"/> do.</summary>
                /// <param name="path">The file to create or replace.</param>
                /// <exception cref="global::System.IO.IOException">The file cannot be written.</exception>
                public void SaveCheckpoint(string path) => {{CheckpointClass}}.Save{{plan.Code.TypeArguments}}(path, ParameterLayout, __parameters, __OptimizerState());

                /// <summary>
                /// Restores <see cref="Parameters"/>, the optimizer state and <see cref="OptimizerStepCount"/> from a checkpoint
                /// written by <see cref="SaveCheckpoint({{StreamType}})"/>. All or nothing, as <see cref="Load({{StreamType}})"/>.
                /// The hyper-parameters are this declaration's, so a checkpoint can resume with, say, a new learning rate.
                /// {{NotThreadSafeDoc}}
                /// </summary>
                /// <param name="stream">A readable stream, read from its current position to its end and left open.</param>
                /// <exception cref="global::NetGen.SafetensorsFormatException">The file is invalid, is not a checkpoint for this network and optimizer, or has no valid step; the message names the problem. Nothing was changed.</exception>
                /// <exception cref="global::System.IO.IOException">The stream failed. Nothing was changed.</exception>
                /// <exception cref="global::System.InvalidOperationException">Another thread is in a training member of this network.</exception>
                public void LoadCheckpoint({{StreamType}} stream)
                {
                    bool __entered = global::NetGen.Runtime.TrainingGuard.Enter(ref {{GuardField}});
                    try
                    {
                        global::NetGen.Runtime.OptimizerState<{{t}}> state = __OptimizerState();{{forget}}
                        {{CheckpointClass}}.Load{{plan.Code.TypeArguments}}(stream, ParameterLayout, __parameters, state);
                        __step = state.Step;
                    }
                    finally
                    {
                        global::NetGen.Runtime.TrainingGuard.Exit(ref {{GuardField}}, __entered);
                    }
                }

                /// <summary>Restores a training checkpoint from a file, as <see cref="LoadCheckpoint({{StreamType}})"/> does.</summary>
                /// <param name="path">The file.</param>
                /// <exception cref="global::NetGen.SafetensorsFormatException">The file is invalid or does not match; nothing was changed.</exception>
                /// <exception cref="global::System.IO.IOException">The file cannot be read. Nothing was changed.</exception>
                /// <exception cref="global::System.InvalidOperationException">Another thread is in a training member of this network.</exception>
                public void LoadCheckpoint(string path)
                {
                    bool __entered = global::NetGen.Runtime.TrainingGuard.Enter(ref {{GuardField}});
                    try
                    {
                        global::NetGen.Runtime.OptimizerState<{{t}}> state = __OptimizerState();{{forget}}
                        {{CheckpointClass}}.Load{{plan.Code.TypeArguments}}(path, ParameterLayout, __parameters, state);
                        __step = state.Step;
                    }
                    finally
                    {
                        global::NetGen.Runtime.TrainingGuard.Exit(ref {{GuardField}}, __entered);
                    }
                }

                // The optimizer's buffers under torch.optim's state names; Load fills them in place.
                private global::NetGen.Runtime.OptimizerState<{{t}}> __OptimizerState() =>
                    new global::NetGen.Runtime.OptimizerState<{{t}}>("{{optimizer.Kind}}", __step{{string.Concat(buffers.Select(b => ", " + b))}});
                """);
        }

        /// <summary>The parameterless constructor of a baked network starts from the baked weights.</summary>
        /// <param name="w">The writer.</param>
        /// <param name="plan">The plan, with baked weights.</param>
        /// <param name="name">The class name, escaped.</param>
        /// <param name="seed">The seed literal.</param>
        private static void WriteBakedConstructor(CodeWriter w, NetworkPlan plan, string name, string seed)
        {
            w.Lines($$"""
                /// <summary>
                /// Creates the network with the weights baked from "{{plan.Baked!.FileName}}" at compile time
                /// (<see cref="BakedParameters"/>), so that training can continue from them. The constructor taking a seed
                /// initialises randomly instead.
                /// </summary>
                public {{name}}() : this({{seed}})
                {
                    // The seeded constructor sets up every buffer; the baked weights then replace its random ones.
                    BakedParameters.CopyTo(__parameters);
                }
                """);
        }

        private static void WriteBaked(CodeWriter w, NetworkPlan plan, BakedWeights baked)
        {
            string t = plan.Element;
            string span = Span(plan);
            string readOnlySpan = ReadOnlySpan(plan);
            var output = plan.OutputLayer;
            string Literal(int index) => WeightLiteral(baked.Values[index], t);

            w.Line();
            w.Lines($$"""
                /// <summary>
                /// The weights baked from "{{baked.FileName}}" at compile time, laid out like <see cref="Parameters"/>.
                /// Reading them never allocates: the array is created once, when the type is first used.
                /// </summary>
                public static {{readOnlySpan}} BakedParameters => __bakedParameters;

                """);
            if (baked.Values.Count <= NetworkPlan.MaxLiteralWeights)
            {
                WriteBakedLiterals(w, t, baked, Literal);
            }
            else
            {
                WriteBakedBase64(w, t, baked, plan.Spec.Weights?.Utf8Literals == true);
            }

            w.Line();

            const string Semantics = """
                /// Static and independent of <see cref="Parameters"/>: training and Load change what <c>Predict</c> returns,
                /// never what this returns. Safe to call from many threads at once.
                """;
            w.Lines($$"""
                /// <summary>
                /// Runs one row forward through the weights baked from "{{baked.FileName}}": unrolled layers hold them as
                /// literals, looped layers read <see cref="BakedParameters"/>.
                {{Semantics}}
                /// </summary>
                /// <param name="input">InputSize ({{plan.InputSize}}) values.</param>
                /// <param name="output">Receives OutputSize ({{plan.OutputSize}}) values.</param>
                /// <exception cref="global::System.ArgumentException">A span has the wrong length.</exception>
                public static void PredictBaked({{readOnlySpan}} input, {{span}} output)
                {
                    global::NetGen.Runtime.ShapeGuard.EnsureLength(input.Length, InputSize, "input");
                    global::NetGen.Runtime.ShapeGuard.EnsureLength(output.Length, OutputSize, "output");
                """);
            Indented(w, () => WithStateScratch(w, plan, () =>
            {
                w.Line("input.CopyTo(s);");
                w.Line("__ForwardBaked(s);");
                w.Line($"s.Slice({output.OutputOffset}, OutputSize).CopyTo(output);");
            }));
            w.Line("}");
            w.Line();

            if (plan.InputSize == 1 && plan.OutputSize == 1)
            {
                w.Lines($$"""
                    /// <summary>
                    /// Runs one scalar forward through the weights baked from "{{baked.FileName}}".
                    {{Semantics}}
                    /// </summary>
                    /// <param name="x">The input.</param>
                    /// <returns>The output.</returns>
                    public static {{t}} PredictBaked({{t}} x)
                    {
                    """);
                Indented(w, () => WithStateScratch(w, plan, () =>
                {
                    w.Line("s[0] = x;");
                    w.Line("__ForwardBaked(s);");
                    w.Line($"return s[{output.OutputOffset}];");
                }));
                w.Line("}");
                w.Line();
            }

            w.Lines($$"""
                /// <summary>
                /// Runs every row forward through the weights baked from "{{baked.FileName}}".
                {{Semantics}}
                /// </summary>
                /// <param name="inputs">Rows × InputSize ({{plan.InputSize}}) values, row-major.</param>
                /// <param name="outputs">Receives rows × OutputSize ({{plan.OutputSize}}) values.</param>
                /// <exception cref="global::System.ArgumentException">The spans do not hold the same whole number of rows.</exception>
                public static void PredictBatchBaked({{readOnlySpan}} inputs, {{span}} outputs)
                {
                    int rows = global::NetGen.Runtime.ShapeGuard.Rows(inputs.Length, InputSize, outputs.Length, OutputSize, "outputs");
                """);
            Indented(w, () => WithStateScratch(w, plan, () =>
            {
                using (w.Block("for (int r = 0; r < rows; r++)"))
                {
                    w.Line("inputs.Slice(r * InputSize, InputSize).CopyTo(s);");
                    w.Line("__ForwardBaked(s);");
                    w.Line($"s.Slice({output.OutputOffset}, OutputSize).CopyTo(outputs.Slice(r * OutputSize, OutputSize));");
                }
            }));
            w.Line("}");
            w.Line();

            // Standardize folds into the first layer's literals: w' = w / std, b' = b − Σ w · mean / std, computed here in
            // double, so Predict does no standardising at all (the first layer must be unrolled with literals).
            var first = plan.Steps.Count > 1 ? plan.Steps[1] as LayerPlan : null;
            bool fold = plan.Standardize is not null && first is { Unrolled: true, RowForward: RowForward.Scalar };
            string FoldedLiteral(int index)
            {
                var standardize = plan.Standardize!;
                int weight = index - first!.WeightOffset;
                if (weight >= 0 && weight < first.In * first.Out)
                {
                    return WeightLiteral(baked.Values[index] / baked.Values[standardize.StdOffset + (weight % first.In)], t);
                }

                int unit = index - first.BiasOffset;
                double bias = baked.Values[index];
                for (int i = 0; i < first.In; i++)
                {
                    bias -= baked.Values[first.WeightOffset + unit * first.In + i] * baked.Values[standardize.MeanOffset + i] / baked.Values[standardize.StdOffset + i];
                }

                return WeightLiteral(bias, t);
            }

            w.Line("/// <summary>__Forward with the baked weights: literals in unrolled layers, BakedParameters in looped and vector-shaped ones.</summary>");
            using (w.Block($"private static void __ForwardBaked({span} s)"))
            {
                bool readsSpan = plan.Layers.Any(layer => !layer.Unrolled || layer.RowForward != RowForward.Scalar)
                    || plan.Steps.Any(step => step is not LayerPlan && !(fold && step is StandardizePlan));
                if (readsSpan)
                {
                    w.Line($"{plan.Code.ReadSpan} p = {plan.Code.ReadSpanOf("BakedParameters", "__bakedParameters")};");
                }

                w.Line("s = s.Slice(0, __StateSize);");
                foreach (var step in plan.Steps)
                {
                    w.Line();
                    switch (step)
                    {
                        case StandardizePlan when fold:
                            w.Line($"// Step {step.Number}: Standardize, folded into layer {first!.Number}'s constants below");
                            break;
                        case LayerPlan layer:
                            LayerEmitter.Forward(w, layer, plan.Code, fold && layer == first ? FoldedLiteral : Literal);
                            break;
                        default:
                            ModuleEmitter.Forward(w, step, plan.Code);
                            break;
                    }
                }
            }
        }

        private static void WriteBakedLiterals(CodeWriter w, string t, BakedWeights baked, System.Func<int, string> literal)
        {
            w.Line($"private static readonly {t}[] __bakedParameters = new {t}[]");
            w.Line("{");
            for (int start = 0; start < baked.Values.Count; start += LiteralsPerLine)
            {
                var line = Enumerable.Range(start, System.Math.Min(LiteralsPerLine, baked.Values.Count - start)).Select(literal);
                w.Line("    " + string.Join(", ", line) + ",");
            }

            w.Line("};");
        }

        /// <summary>
        /// The compact form: the values' little-endian bytes as base64 (one UTF-8 literal from C# 11, string lines
        /// before), decoded once by NetGen.Runtime.BakedData into the same array the literals would build (float values
        /// rounded from the file's as the literals are).
        /// </summary>
        private static void WriteBakedBase64(CodeWriter w, string t, BakedWeights baked, bool utf8Literals)
        {
            int size = t == "double" ? sizeof(double) : sizeof(float);
            var bytes = new byte[baked.Values.Count * size];
            for (int i = 0; i < baked.Values.Count; i++)
            {
                byte[] value = size == sizeof(double) ? System.BitConverter.GetBytes(baked.Values[i]) : System.BitConverter.GetBytes((float)baked.Values[i]);
                if (!System.BitConverter.IsLittleEndian)
                {
                    // BitConverter follows the machine's byte order; the text is little-endian wherever it is generated.
                    System.Array.Reverse(value);
                }

                System.Array.Copy(value, 0, bytes, i * size, size);
            }

            string decoder = size == sizeof(double) ? "Doubles" : "Singles";
            w.Line($"// {baked.Values.Count} values as base64 of their little-endian bytes: text a fraction of the size of literals.");
            if (utf8Literals)
            {
                // One UTF-8 literal: stored in the assembly's data rather than its size-limited user-string heap.
                w.Line($"private static readonly {t}[] __bakedParameters = global::NetGen.Runtime.BakedData.{decoder}({baked.Values.Count}, \"{System.Convert.ToBase64String(bytes)}\"u8);");
                return;
            }

            // C# before 11: string literals, in the user-string heap (2^24 bytes per assembly, CS8103).
            w.Line($"private static readonly {t}[] __bakedParameters = global::NetGen.Runtime.BakedData.{decoder}({baked.Values.Count}, new string[]");
            w.Line("{");
            for (int start = 0; start < bytes.Length; start += Base64BytesPerLine)
            {
                w.Line("    \"" + System.Convert.ToBase64String(bytes, start, System.Math.Min(Base64BytesPerLine, bytes.Length - start)) + "\",");
            }

            w.Line("});");
        }

        /// <summary>A literal that reads back as exactly the value the run-time Load would hold (F64 rounds to float).</summary>
        private static string WeightLiteral(double value, string element)
        {
            if (element == "double")
            {
                if (double.IsNaN(value) || double.IsInfinity(value))
                {
                    return double.IsNaN(value) ? "double.NaN" : value > 0 ? "double.PositiveInfinity" : "double.NegativeInfinity";
                }

                string text = Literals.Plain(value);
                return (double.Parse(text, CultureInfo.InvariantCulture) == value ? text : value.ToString("G17", CultureInfo.InvariantCulture)) + "d";
            }

            float single = (float)value;
            if (float.IsNaN(single) || float.IsInfinity(single))
            {
                return float.IsNaN(single) ? "float.NaN" : single > 0 ? "float.PositiveInfinity" : "float.NegativeInfinity";
            }

            // Older frameworks' "R" can miss the shortest round trip; G9 always round-trips a float.
            string shortest = single.ToString("R", CultureInfo.InvariantCulture);
            return (float.Parse(shortest, CultureInfo.InvariantCulture) == single ? shortest : single.ToString("G9", CultureInfo.InvariantCulture)) + "f";
        }

        /// <summary>torch.optim's state name of each optimizer buffer field.</summary>
        private static string TorchStateName(string field) => field switch
        {
            "__firstMoment" => "exp_avg",
            "__secondMoment" => "exp_avg_sq",
            "__momentumBuffer" => "momentum_buffer",
            "__previousGradient" => "prev",
            "__stepSize" => "step_size",
            _ => throw new System.ArgumentOutOfRangeException(nameof(field), field, "Unknown optimizer buffer."),
        };

        /// <summary>The equivalent torch.nn.Sequential, for the docs: every module in order, each activation its own.</summary>
        private static string TorchSequential(NetworkPlan plan)
        {
            var modules = new System.Collections.Generic.List<string>();
            foreach (var step in plan.Steps)
            {
                modules.Add(step.TorchModule);
                if (!step.Activation.IsIdentity)
                {
                    modules.Add(TorchModule(step));
                }
            }

            return "nn.Sequential(" + string.Join(", ", modules) + ")";
        }

        private static string TorchModule(ModulePlan step) => step.Activation.PyTorchModuleFor(step.Alpha);
    }
}
