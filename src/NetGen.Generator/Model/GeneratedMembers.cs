using System;
using System.Collections.Generic;
using System.Linq;

namespace NetGen.Generator.Model
{
    /// <summary>What kind of member the emitter declares.</summary>
    internal enum GeneratedMemberKind
    {
        Constant,
        Property,
        Method,
        Constructor,
    }

    /// <summary>Which classification members a network gets (see <see cref="GeneratedMembers.ClassifierFor"/>).</summary>
    internal enum ClassifierOutput
    {
        None,
        /// <summary>Softmax + CrossEntropy: class indices expand to one-hot rows; the class is the argmax.</summary>
        Softmax,
        /// <summary>One Sigmoid output + BinaryCrossEntropy: classes 0 and 1 are the targets; the class is p ≥ 0.5.</summary>
        Sigmoid,
    }

    /// <summary>
    /// One public member the emitter declares. <see cref="Parameters"/> are the parameter types as the generated
    /// code spells them and as <c>SymbolDisplayFormat.FullyQualifiedFormat</c> prints them ("global::System.Span&lt;float&gt;"),
    /// so a user method can be compared by signature; empty for constants and properties.
    /// </summary>
    internal sealed record GeneratedMember(string Name, GeneratedMemberKind Kind, EquatableArray<string> Parameters)
    {
        public override string ToString() => Kind is GeneratedMemberKind.Method or GeneratedMemberKind.Constructor
            ? $"{Name}({string.Join(", ", Parameters.Select(p => p.Replace("global::System.IO.", "").Replace("global::System.", "")))})"
            : Name;
    }

    /// <summary>
    /// The one table of the members the emitter declares on a network class. The parser checks the user's members
    /// against it (NG0025, NG0028) instead of emitting a file that does not compile, and a generator test checks
    /// that every member of every generated file is in it and every entry is generated.
    /// </summary>
    internal static class GeneratedMembers
    {
        /// <summary>Private members start with two underscores, a prefix C# reserves by convention.</summary>
        public const string PrivatePrefix = "__";

        /// <summary>The namespaces generated code starts its fully qualified names from (global::System…, global::NetGen…).</summary>
        public static readonly IReadOnlyList<string> QualifiedRoots = new[] { "System", "NetGen" };

        /// <summary>
        /// The explicitly implemented interface properties (INeuralNetwork&lt;T&gt;; IStoredValues&lt;T&gt; with buffers;
        /// IParallelTraining of a sharded batch-major network; IUnitSplitTraining&lt;T&gt; of a split one); the rest are public members.
        /// </summary>
        public static readonly IReadOnlyList<string> ExplicitInterfaceProperties = new[] { "InputSize", "OutputSize", "ParameterCount", "StoredValues", "MaxDegreeOfParallelism", "UnitSplitLayers" };

        /// <summary>The explicitly implemented interface methods (IShardedTraining&lt;T&gt; of a sharded batch-major network, IUnitSplitTraining&lt;T&gt; of a split one).</summary>
        public static readonly IReadOnlyList<string> ExplicitInterfaceMethods = new[]
        {
            "GradientShard", "OptimizerSlice", "UnitSplitParts", "UnitSplitPrepare", "UnitSplitForward", "UnitSplitLoss", "UnitSplitBackward",
        };

        /// <summary>
        /// The public surface of a network of element type <paramref name="element"/> ("float" or "double");
        /// <paramref name="scalar"/>: one input and one output (adds the scalar Predict overloads);
        /// <paramref name="baked"/>: with [Network(Weights = …)]; <paramref name="classifier"/>: its classification members;
        /// <paramref name="standardizes"/>: its first module is [Standardize] (adds Adapt).
        /// </summary>
        public static IReadOnlyList<GeneratedMember> For(string element, string typeName, bool scalar, bool baked, ClassifierOutput classifier, bool standardizes = false)
        {
            string t = element;
            string span = $"global::System.Span<{t}>";
            string readOnlySpan = $"global::System.ReadOnlySpan<{t}>";
            const string Stream = "global::System.IO.Stream";
            const string Path = "string";
            var members = new List<GeneratedMember>
            {
                Value("InputSize", GeneratedMemberKind.Constant),
                Value("OutputSize", GeneratedMemberKind.Constant),
                Value("ParameterCount", GeneratedMemberKind.Constant),
                Value("Parameters", GeneratedMemberKind.Property),
                Value("Gradients", GeneratedMemberKind.Property),
                Value("OptimizerStepCount", GeneratedMemberKind.Property),
                Value("ParameterLayout", GeneratedMemberKind.Property),
                new(typeName, GeneratedMemberKind.Constructor, Array.Empty<string>().ToEquatableArray()),
                new(typeName, GeneratedMemberKind.Constructor, new[] { "int" }.ToEquatableArray()),
                Method("Predict", readOnlySpan, span),
                Method("PredictBatch", readOnlySpan, span),
                Method("TrainStep", readOnlySpan, readOnlySpan),
                Method("EvaluateLoss", readOnlySpan, readOnlySpan),
                Method("EvaluateLoss", readOnlySpan, readOnlySpan, span),
                Method("ComputeGradients", readOnlySpan, readOnlySpan),
                Method("Fit", readOnlySpan, readOnlySpan, "int", "int", "bool", "bool", "int", $"global::System.Action<int, {t}>"),
                Method("Fit", readOnlySpan, readOnlySpan, "global::NetGen.FitOptions", readOnlySpan, readOnlySpan),
                Method("ResetOptimizer"),
                Method("OptimizerStep"),
                Value("LearningRate", GeneratedMemberKind.Property),
                Method("Save", Stream),
                Method("Save", Path),
                Method("Load", Stream),
                Method("Load", Path),
                Method("SaveCheckpoint", Stream),
                Method("SaveCheckpoint", Path),
                Method("LoadCheckpoint", Stream),
                Method("LoadCheckpoint", Path),
            };
            if (scalar)
            {
                members.Add(Method("Predict", t));
            }

            if (classifier != ClassifierOutput.None)
            {
                const string Classes = "global::System.ReadOnlySpan<int>";
                members.Add(Method("TrainStep", readOnlySpan, Classes));
                members.Add(Method("EvaluateLoss", readOnlySpan, Classes));
                members.Add(Method("EvaluateLoss", readOnlySpan, Classes, span));
                members.Add(Method("ComputeGradients", readOnlySpan, Classes));
                members.Add(Method("Fit", readOnlySpan, Classes, "int", "int", "bool", "bool", "int", $"global::System.Action<int, {t}>"));
                members.Add(Method("Fit", readOnlySpan, Classes, "global::NetGen.FitOptions", readOnlySpan, Classes));
                members.Add(Method("PredictClass", readOnlySpan));
                members.Add(Method("Accuracy", readOnlySpan, Classes));
            }

            if (standardizes)
            {
                members.Add(Method("Adapt", readOnlySpan));
            }

            if (baked)
            {
                members.Add(Value("BakedParameters", GeneratedMemberKind.Property));
                members.Add(Method("PredictBaked", readOnlySpan, span));
                members.Add(Method("PredictBatchBaked", readOnlySpan, span));
                if (scalar)
                {
                    members.Add(Method("PredictBaked", t));
                }
            }

            return members;
        }

        /// <summary>
        /// The classification members a network gets: CrossEntropy implies a Softmax output (NG0014), and
        /// BinaryCrossEntropy with one output a single Sigmoid output.
        /// </summary>
        public static ClassifierOutput ClassifierFor(NetGen.Loss loss, int outputSize) => loss switch
        {
            NetGen.Loss.CrossEntropy => ClassifierOutput.Softmax,
            NetGen.Loss.BinaryCrossEntropy when outputSize == 1 => ClassifierOutput.Sigmoid,
            _ => ClassifierOutput.None,
        };

        /// <summary><see cref="ClassifierFor(NetGen.Loss, int)"/> from the loss's value as an attribute argument holds it.</summary>
        public static ClassifierOutput ClassifierFor(int lossValue, int outputSize) => ClassifierFor((NetGen.Loss)lossValue, outputSize);

        private static GeneratedMember Value(string name, GeneratedMemberKind kind) => new(name, kind, Array.Empty<string>().ToEquatableArray());

        private static GeneratedMember Method(string name, params string[] parameters) => new(name, GeneratedMemberKind.Method, parameters.ToEquatableArray());
    }
}
