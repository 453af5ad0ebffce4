using static NetGen.Activation;

namespace NetGen.Samples.PiecewiseFit
{
    /// <summary>
    /// 1→2 LeakyRelu(0.1)→1 with Adam(lr=0.05): each hidden unit bends the line once, so the output is a
    /// polyline of at most three segments.
    /// </summary>
    [Network]
    [Input(1)]
    [Dense(Hidden), Activation(LeakyRelu, Alpha = LeakySlope)]
    [Dense(1)]
    [Adam(LearningRate = 0.05)]
    public partial class PiecewiseNet
    {
        /// <summary>Hidden units.</summary>
        public const int Hidden = 2;

        /// <summary>LeakyRelu's negative slope, torch.nn.LeakyReLU(0.1).</summary>
        public const double LeakySlope = 0.1;
    }
}
