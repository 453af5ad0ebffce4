using static NetGen.Activation;

namespace NetGen.Samples.QuadraticFit
{
    /// <summary>
    /// The PyTorch tutorial's model: nn.Sequential(nn.Linear(1, 32), nn.ReLU(), nn.Linear(32, 1)) trained with
    /// torch.optim.Adam(lr=0.01, betas=(0.8, 0.999)) on the mean squared error (the default loss).
    /// </summary>
    [Network]
    [Input(1)]
    [Dense(32), Activation(Relu)]
    [Dense(1)]
    [Adam(LearningRate = 0.01, Beta1 = 0.8)]
    public partial class QuadraticNet { }
}
