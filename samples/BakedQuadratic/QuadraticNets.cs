using static NetGen.Activation;

namespace NetGen.Samples.BakedQuadratic
{
    /// <summary>
    /// The network that trains: nn.Sequential(nn.Linear(1, 32), nn.ReLU(), nn.Linear(32, 1)) with
    /// torch.optim.Adam(lr=0.01, betas=(0.8, 0.999)), as in the QuadraticFit sample.
    /// </summary>
    [Network]
    [Input(1)]
    [Dense(32), Activation(Relu)]
    [Dense(1)]
    [Adam(LearningRate = 0.01, Beta1 = 0.8)]
    public partial class QuadraticNet { }

    /// <summary>
    /// The same layers with the trained weights compiled in from quadratic.safetensors (an AdditionalFiles item
    /// of this project). Should the two declarations drift apart, the build fails with NG0023 naming the tensors.
    /// </summary>
    [Network(Weights = "quadratic.safetensors")]
    [Input(1)]
    [Dense(32), Activation(Relu)]
    [Dense(1)]
    public partial class BakedQuadraticNet { }
}
