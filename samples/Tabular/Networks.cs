using static NetGen.Activation;

namespace NetGen.Samples.Tabular
{
    /// <summary>
    /// A: what users write first. nn.Sequential(nn.Linear(30, 32), nn.ReLU(), nn.Linear(32, 16), nn.ReLU(),
    /// nn.Linear(16, 1), nn.Sigmoid()) with nn.BCELoss, fed the raw features (areas near 1000, fractal
    /// dimensions near 0.06).
    /// </summary>
    [Network]
    [Input(BreastCancer.FeatureCount)]
    [Dense(32), Activation(Relu)]
    [Dense(16), Activation(Relu)]
    [Dense(1), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Adam]
    public partial class RawNet { }

    /// <summary>
    /// B: A with [Standardize] first: each feature's training mean and standard deviation, set by Adapt, saved
    /// with the weights and applied by Predict, so the raw features go in unchanged.
    /// </summary>
    [Network]
    [Input(BreastCancer.FeatureCount)]
    [Standardize]
    [Dense(32), Activation(Relu)]
    [Dense(16), Activation(Relu)]
    [Dense(1), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Adam]
    public partial class StandardizedNet { }

    /// <summary>
    /// C: B with nn.LayerNorm after each hidden Linear and nn.Dropout(0.2) after each hidden ReLU:
    /// Standardize, Linear(30, 32), LayerNorm(32), ReLU, Dropout(0.2), Linear(32, 16), LayerNorm(16), ReLU,
    /// Dropout(0.2), Linear(16, 1), Sigmoid. LayerNorm normalises each row, so training and Predict agree on
    /// any batch size.
    /// </summary>
    [Network]
    [Input(BreastCancer.FeatureCount)]
    [Standardize]
    [Dense(32)]
    [LayerNorm, Activation(Relu)]
    [Dropout(0.2)]
    [Dense(16)]
    [LayerNorm, Activation(Relu)]
    [Dropout(0.2)]
    [Dense(1), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Adam]
    public partial class RegularizedNet { }
}
