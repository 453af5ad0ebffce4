using NetGen;
using static NetGen.Activation;

namespace Consumer
{
    /// <summary>Fits y = x² on [-1, 1].</summary>
    [Network(Seed = 1)]
    [Input(1)]
    [Dense(32), Activation(Relu)]
    [Dense(1)]
    [Adam(LearningRate = 0.01)]
    public partial class QuadraticModel
    {
    }
}
