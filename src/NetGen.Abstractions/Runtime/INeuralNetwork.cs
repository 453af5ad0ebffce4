using System;
using System.Numerics;

namespace NetGen
{
    /// <summary>
    /// What every generated network offers, for code that works over any of them (the <see cref="Runtime.Training"/>
    /// loop, tools, tests). The generated class implements it explicitly; its own members are the typed API.
    /// </summary>
    /// <typeparam name="T">float or double, from <c>[Network(Precision = …)]</c>.</typeparam>
    /// <remarks>
    /// Threads: <see cref="Predict"/>, <see cref="PredictBatch"/> and <see cref="EvaluateLoss(ReadOnlySpan{T}, ReadOnlySpan{T})"/> only read, and may run on
    /// many threads at once. The members that write (<see cref="TrainStep"/>, <see cref="ComputeGradients"/>,
    /// <see cref="ResetOptimizer"/>, <see cref="OptimizerStep"/>, and the class's Fit, Load and LoadCheckpoint) are not thread-safe: while one thread is
    /// in any of them, another thread's call throws <see cref="InvalidOperationException"/> and changes nothing. Reading
    /// while another thread writes gives half-updated results.
    /// </remarks>
    public interface INeuralNetwork<T> where T : IFloatingPointIeee754<T>
    {
        /// <summary>Values per input row.</summary>
        int InputSize { get; }

        /// <summary>Values per output row.</summary>
        int OutputSize { get; }

        /// <summary>Number of trainable parameters.</summary>
        int ParameterCount { get; }

        /// <summary>All parameters, layer by layer: weight [out, in] row-major, then bias.</summary>
        Span<T> Parameters { get; }

        /// <summary>The last computed gradients, laid out like <see cref="Parameters"/>.</summary>
        Span<T> Gradients { get; }

        /// <summary>Runs one row forward.</summary>
        void Predict(ReadOnlySpan<T> input, Span<T> output);

        /// <summary>Runs every row forward.</summary>
        void PredictBatch(ReadOnlySpan<T> inputs, Span<T> outputs);

        /// <summary>Forward, loss, backward and one optimizer update on a mini-batch; returns the loss before the update.</summary>
        T TrainStep(ReadOnlySpan<T> inputs, ReadOnlySpan<T> targets);

        /// <summary>The mean loss of a batch, with no update.</summary>
        T EvaluateLoss(ReadOnlySpan<T> inputs, ReadOnlySpan<T> targets);

        /// <summary>The mean loss of a batch, with no update, and every row's outputs as <see cref="PredictBatch"/> gives them, from one forward pass.</summary>
        T EvaluateLoss(ReadOnlySpan<T> inputs, ReadOnlySpan<T> targets, Span<T> outputs);

        /// <summary>Fills <see cref="Gradients"/> for a batch without updating; returns the mean loss.</summary>
        T ComputeGradients(ReadOnlySpan<T> inputs, ReadOnlySpan<T> targets);

        /// <summary>Clears the optimizer's moments and step count.</summary>
        void ResetOptimizer();

        /// <summary>The optimizer's learning rate (torch's <c>param_groups[0]["lr"]</c>); a new value applies from the next update.</summary>
        double LearningRate { get; set; }

        /// <summary>One optimizer update with the current <see cref="Gradients"/>: torch's <c>opt.step()</c>.</summary>
        void OptimizerStep();
    }
}
