using NetGen;
using NetGen.Runtime;
using static NetGen.Activation;
using static NetGen.Loss;

namespace NetGen.Tests.Networks
{
    // The cases of Reference/modules_reference.json: each is the case's `declaration`, forced onto every strategy that
    // admits it (BatchMajor for the Dropout/LayerNorm/BatchNorm nets; PerRow and BatchMajor for Standardize).

    [Network(Precision = Precision.Double)]
    [Input(4)]
    [Dense(6)]
    [LayerNorm]
    [Activation(Tanh)]
    [Dense(2)]
    [Loss(MeanSquaredError)]
    [ForceStrategy(TrainingStrategy.BatchMajor)]
    public partial class ModLayerNormF64 { }

    [Network]
    [Input(4)]
    [Dense(6)]
    [LayerNorm]
    [Activation(Tanh)]
    [Dense(2)]
    [Loss(MeanSquaredError)]
    [ForceStrategy(TrainingStrategy.BatchMajor)]
    public partial class ModLayerNormF32 { }

    [Network(Precision = Precision.Double)]
    [Input(3)]
    [Dense(5)]
    [BatchNorm]
    [Activation(Relu)]
    [Dense(1)]
    [Loss(MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    [ForceStrategy(TrainingStrategy.BatchMajor)]
    public partial class ModBatchNormF64 { }

    [Network]
    [Input(3)]
    [Dense(5)]
    [BatchNorm]
    [Activation(Relu)]
    [Dense(1)]
    [Loss(MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    [ForceStrategy(TrainingStrategy.BatchMajor)]
    public partial class ModBatchNormF32 { }

    [Network(Precision = Precision.Double)]
    [Input(3)]
    [Dense(4), Activation(Relu)]
    [Dropout(0.5)]
    [Dense(1)]
    [Loss(MeanSquaredError)]
    [ForceStrategy(TrainingStrategy.BatchMajor)]
    public partial class ModDropoutF64 { }

    [Network]
    [Input(3)]
    [Dense(4), Activation(Relu)]
    [Dropout(0.5)]
    [Dense(1)]
    [Loss(MeanSquaredError)]
    [ForceStrategy(TrainingStrategy.BatchMajor)]
    public partial class ModDropoutF32 { }

    [Network(Precision = Precision.Double)]
    [Input(3)]
    [Standardize]
    [Dense(4), Activation(Sigmoid)]
    [Dense(1)]
    [Loss(MeanSquaredError)]
    [ForceStrategy(TrainingStrategy.PerRow)]
    public partial class ModStandardizePerRowF64 { }

    [Network(Precision = Precision.Double)]
    [Input(3)]
    [Standardize]
    [Dense(4), Activation(Sigmoid)]
    [Dense(1)]
    [Loss(MeanSquaredError)]
    [ForceStrategy(TrainingStrategy.BatchMajor)]
    public partial class ModStandardizeBatchMajorF64 { }

    [Network]
    [Input(3)]
    [Standardize]
    [Dense(4), Activation(Sigmoid)]
    [Dense(1)]
    [Loss(MeanSquaredError)]
    [ForceStrategy(TrainingStrategy.PerRow)]
    public partial class ModStandardizePerRowF32 { }

    [Network]
    [Input(3)]
    [Standardize]
    [Dense(4), Activation(Sigmoid)]
    [Dense(1)]
    [Loss(MeanSquaredError)]
    [ForceStrategy(TrainingStrategy.BatchMajor)]
    public partial class ModStandardizeBatchMajorF32 { }

    [Network(Precision = Precision.Double)]
    [Input(2)]
    [Dense(8, Name = "fc1"), Activation(Tanh)]
    [Dense(1, Name = "fc2")]
    public partial class ModNamedF64 { }

    // Dropout straight on the inputs into one unit: with inputs 1 and weights 1, the gradient of weight j is
    // dL/dy · mask_j / (1 − p), so ComputeGradients shows the mask.
    [Network(Precision = Precision.Double, Seed = 3)]
    [Input(256)]
    [Dropout(0.3)]
    [Dense(1)]
    [Loss(MeanSquaredError)]
    [ForceStrategy(TrainingStrategy.BatchMajor)]
    public partial class ModDropoutMask { }

    // p = 0 against the same network without Dropout (same seed, same layers): the trajectories must be equal.
    [Network(Precision = Precision.Double, Seed = 4)]
    [Input(3)]
    [Dense(8), Activation(Tanh)]
    [Dropout(0)]
    [Dense(1)]
    [Adam(LearningRate = 0.01)]
    [ForceStrategy(TrainingStrategy.BatchMajor)]
    public partial class ModDropoutZero { }

    [Network(Precision = Precision.Double, Seed = 4)]
    [Input(3)]
    [Dense(8), Activation(Tanh)]
    [Dense(1)]
    [Adam(LearningRate = 0.01)]
    [ForceStrategy(TrainingStrategy.BatchMajor)]
    public partial class ModNoDropout { }

    // Features of scales 1e3 and 1e-3: the same net with and without Standardize.
    [Network(Precision = Precision.Double, Seed = 6)]
    [Input(2)]
    [Standardize]
    [Dense(8), Activation(Tanh)]
    [Dense(1)]
    [Adam(LearningRate = 0.01)]
    public partial class ModScaledWith { }

    [Network(Precision = Precision.Double, Seed = 6)]
    [Input(2)]
    [Dense(8), Activation(Tanh)]
    [Dense(1)]
    [Adam(LearningRate = 0.01)]
    public partial class ModScaledWithout { }
}
