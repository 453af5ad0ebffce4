namespace NetGen
{
    /// <summary>The training loss, chosen with <c>[Loss(...)]</c>. Reductions are PyTorch's defaults.</summary>
    /// <remarks>This file is also compiled into the generator, so the values are defined once.</remarks>
    public enum Loss
    {
        /// <summary>Mean of (y − t)² over every element (rows × outputs). The default.</summary>
        MeanSquaredError = 0,
        /// <summary>Mean of |y − t| over every element.</summary>
        MeanAbsoluteError = 1,
        /// <summary>Huber loss with <c>Delta</c> (default 1), averaged over every element.</summary>
        Huber = 2,
        /// <summary>Binary cross-entropy on a Sigmoid output, fused with it and computed from the logits.</summary>
        BinaryCrossEntropy = 3,
        /// <summary>Cross-entropy on a Softmax output with one-hot (or probability) target rows, averaged over rows.</summary>
        CrossEntropy = 4,
    }
}
