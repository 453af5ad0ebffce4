using NetGen;
using static NetGen.Activation;

// The package tests compile this declaration into a netstandard library (namespace Portable) and, with
// MODERN_COPY defined, into the net10.0 program (namespace Modern), to compare the two generated APIs.
#if MODERN_COPY
namespace Modern
#else
namespace Portable
#endif
{
    /// <summary>Fits y = x1·x2 + x1/2 − 1/4 on a grid over [−1, 1]².</summary>
    [Network(Seed = 7)]
    [Input(2)]
    [Dense(8), Activation(Tanh)]
    [Dense(1)]
    [Adam(LearningRate = 0.02)]
    public partial class PortableModel
    {
    }
}
