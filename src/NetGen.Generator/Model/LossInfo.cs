namespace NetGen.Generator.Model
{
    /// <summary>
    /// The one description of each loss that the emitter and the parser share. The formulas live in
    /// NetGen.Runtime.Losses; this says which methods to call, what they need and how the mean is taken.
    /// </summary>
    internal sealed class LossInfo
    {
        private LossInfo(Loss kind, string methodStem, Activation? fusedActivation, bool averagesOverRows, bool hasDelta)
        {
            Kind = kind;
            MethodStem = methodStem;
            FusedActivation = fusedActivation;
            AveragesOverRows = averagesOverRows;
            HasDelta = hasDelta;
        }

        public Loss Kind { get; }

        /// <summary>NetGen.Runtime.Losses.{stem}Sum and {stem}Gradient.</summary>
        public string MethodStem { get; }

        /// <summary>
        /// The output activation this loss is fused with (and requires). The fused loss reads the logits and
        /// writes the gradient with respect to them, so the activation's own derivative is skipped.
        /// </summary>
        public Activation? FusedActivation { get; }

        /// <summary>True when the mean is over rows (cross-entropy), false when over every element.</summary>
        public bool AveragesOverRows { get; }

        public bool HasDelta { get; }

        public static LossInfo For(Loss kind) => kind switch
        {
            Loss.MeanAbsoluteError => new(kind, "AbsoluteError", null, false, false),
            Loss.Huber => new(kind, "Huber", null, false, true),
            Loss.BinaryCrossEntropy => new(kind, "BinaryCrossEntropyWithLogits", Activation.Sigmoid, false, false),
            Loss.CrossEntropy => new(kind, "SoftmaxCrossEntropy", Activation.Softmax, true, false),
            Loss.MeanSquaredError => new(kind, "SquaredError", null, false, false),
            _ => throw new System.ArgumentOutOfRangeException(nameof(kind), kind, "Unknown loss."),
        };

        public static bool IsDefined(int value) => value >= (int)Loss.MeanSquaredError && value <= (int)Loss.CrossEntropy;
    }
}
