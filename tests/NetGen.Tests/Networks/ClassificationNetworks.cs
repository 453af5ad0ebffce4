using System;
using NetGen;
using static NetGen.Activation;

namespace NetGen.Tests.Networks
{
    /// <summary>The classification members, as the tests call them on any classifier (the generated members implement it).</summary>
    public interface IClassifier<T> : INeuralNetwork<T> where T : System.Numerics.IFloatingPointIeee754<T>
    {
        T TrainStep(ReadOnlySpan<T> inputs, ReadOnlySpan<int> classes);

        T ComputeGradients(ReadOnlySpan<T> inputs, ReadOnlySpan<int> classes);

        T EvaluateLoss(ReadOnlySpan<T> inputs, ReadOnlySpan<int> classes);

        T[] Fit(ReadOnlySpan<T> inputs, ReadOnlySpan<T> targets, int epochs, int batchSize, bool shuffle = true, bool dropLast = false, int seed = 0, Action<int, T>? onEpoch = null);

        T[] Fit(ReadOnlySpan<T> inputs, ReadOnlySpan<int> classes, int epochs, int batchSize, bool shuffle = true, bool dropLast = false, int seed = 0, Action<int, T>? onEpoch = null);

        FitResult Fit(ReadOnlySpan<T> inputs, ReadOnlySpan<T> targets, FitOptions options, ReadOnlySpan<T> validationInputs = default, ReadOnlySpan<T> validationTargets = default);

        FitResult Fit(ReadOnlySpan<T> inputs, ReadOnlySpan<int> classes, FitOptions options, ReadOnlySpan<T> validationInputs = default, ReadOnlySpan<int> validationClasses = default);

        int PredictClass(ReadOnlySpan<T> input);

        double Accuracy(ReadOnlySpan<T> inputs, ReadOnlySpan<int> classes);
    }

    // Row by row: small unrolled layers (a fused Softmax or Sigmoid output is never row-vectorised).
    [Network(Seed = 3)]
    [Input(4)]
    [Dense(8), Activation(Relu)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Adam(LearningRate = 0.01)]
    public partial class Cls_Rows_F32 : IClassifier<float> { }

    [Network(Seed = 3, Precision = Precision.Double)]
    [Input(4)]
    [Dense(8), Activation(Relu)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Adam(LearningRate = 0.01)]
    public partial class Cls_Rows_F64 : IClassifier<double> { }

    // Checks off: the target checks still run.
    [Network(Seed = 3, CheckFinite = false)]
    [Input(4)]
    [Dense(8), Activation(Relu)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Cls_Rows_Unchecked_F32 : IClassifier<float> { }

    // Batch-major: both layers at least WideLayerMinimum (16) wide.
    [Network(Seed = 5)]
    [Input(20)]
    [Dense(16), Activation(Tanh)]
    [Dense(5), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.05, Momentum = 0.9)]
    public partial class Cls_Batch_F32 : IClassifier<float> { }

    [Network(Seed = 5, Precision = Precision.Double)]
    [Input(20)]
    [Dense(16), Activation(Tanh)]
    [Dense(5), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.05, Momentum = 0.9)]
    public partial class Cls_Batch_F64 : IClassifier<double> { }

    // Batch-major with a state too large for the stack: the per-row scratch is rented.
    [Network(Seed = 7)]
    [Input(4200)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [AdamW(LearningRate = 0.001)]
    public partial class Cls_WideInput_F32 : IClassifier<float> { }

    // A single Sigmoid output with binary cross-entropy: classes 0 and 1.
    [Network(Seed = 11)]
    [Input(3)]
    [Dense(6), Activation(Relu)]
    [Dense(1), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Adam(LearningRate = 0.01)]
    public partial class Bin_Rows_F32 : IClassifier<float> { }

    [Network(Seed = 11, Precision = Precision.Double)]
    [Input(20)]
    [Dense(16), Activation(Relu)]
    [Dense(1), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Adam(LearningRate = 0.01)]
    public partial class Bin_Batch_F64 : IClassifier<double> { }
}
