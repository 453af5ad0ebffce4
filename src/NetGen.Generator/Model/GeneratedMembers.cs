using System;
using System.Collections.Generic;

namespace NetGen.Generator.Model
{
    /// <summary>
    /// The member names the emitter declares on a network class, so the parser can report a user member that
    /// would clash (NG0025) instead of emitting a file that does not compile. A generator test checks that every
    /// member the emitter writes is listed here.
    /// </summary>
    internal static class GeneratedMembers
    {
        /// <summary>Public methods: a user method of the same name is an overload and is allowed.</summary>
        public static readonly HashSet<string> Methods = new(StringComparer.Ordinal)
        {
            "Predict", "PredictBatch", "TrainStep", "EvaluateLoss", "ComputeGradients", "Fit", "ResetOptimizer",
            "Save", "Load", "SaveCheckpoint", "LoadCheckpoint", "PredictBaked", "PredictBatchBaked",
        };

        /// <summary>Public constants and properties: any user member of the same name clashes.</summary>
        public static readonly HashSet<string> Values = new(StringComparer.Ordinal)
        {
            "InputSize", "OutputSize", "ParameterCount", "Parameters", "Gradients", "OptimizerStepCount",
            "ParameterLayout", "BakedParameters",
        };

        /// <summary>Private members start with two underscores, a prefix C# reserves by convention.</summary>
        public const string PrivatePrefix = "__";

        public static bool IsReserved(string name) =>
            Methods.Contains(name) || Values.Contains(name) || name.StartsWith(PrivatePrefix, StringComparison.Ordinal);
    }
}
