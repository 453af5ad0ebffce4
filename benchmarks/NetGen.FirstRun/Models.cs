using NetGen;
using NetGen.Runtime;
using static NetGen.Activation;

namespace NetGen.FirstRun
{
    // The README's model, as users write it: the planner picks the strategy.
    [Network(Seed = 1)]
    [Input(1)]
    [Dense(32), Activation(Relu)]
    [Dense(1)]
    [Adam(LearningRate = 0.01, Beta1 = 0.8)]
    public partial class QuadraticModel { }

    // The same model forced to each strategy that admits it, for its generated size and first-run time.
    [ForceStrategy(TrainingStrategy.PerRow)]
    [Network(Seed = 1)]
    [Input(1)]
    [Dense(32), Activation(Relu)]
    [Dense(1)]
    [Adam(LearningRate = 0.01, Beta1 = 0.8)]
    public partial class QuadraticPerRow { }

    [ForceStrategy(TrainingStrategy.Lanes)]
    [Network(Seed = 1)]
    [Input(1)]
    [Dense(32), Activation(Relu)]
    [Dense(1)]
    [Adam(LearningRate = 0.01, Beta1 = 0.8)]
    public partial class QuadraticLanes { }

    [ForceStrategy(TrainingStrategy.Shallow)]
    [Network(Seed = 1)]
    [Input(1)]
    [Dense(32), Activation(Relu)]
    [Dense(1)]
    [Adam(LearningRate = 0.01, Beta1 = 0.8)]
    public partial class QuadraticShallow { }

    [ForceStrategy(TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(1)]
    [Dense(32), Activation(Relu)]
    [Dense(1)]
    [Adam(LearningRate = 0.01, Beta1 = 0.8)]
    public partial class QuadraticBatchMajor { }

    // The README's model with the exp-based activations of the cubic tutorial and the activation plots (the
    // planner's strategy): their kernels' first-run cost.
    [Network(Seed = 1)]
    [Input(1)]
    [Dense(32), Activation(Tanh)]
    [Dense(1)]
    [Adam(LearningRate = 0.01, Beta1 = 0.8)]
    public partial class QuadraticTanh { }

    [Network(Seed = 1)]
    [Input(1)]
    [Dense(32), Activation(Softplus)]
    [Dense(1)]
    [Adam(LearningRate = 0.01, Beta1 = 0.8)]
    public partial class QuadraticSoftplus { }
}
