using System;
using System.ComponentModel;
using System.Numerics;

namespace NetGen.Runtime
{
    /// <summary>Weight initialisation for one Dense layer; the generated constructors call this.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static partial class Initializers
    {
        /// <summary>Fills one layer's weight and bias.</summary>
        /// <param name="weights">The [fanOut, fanIn] weight, row-major.</param>
        /// <param name="bias">The bias, fanOut values.</param>
        /// <param name="fanIn">Inputs of the layer.</param>
        /// <param name="fanOut">Outputs of the layer.</param>
        /// <param name="scheme">The scheme.</param>
        /// <param name="random">The generator; weights are drawn before the bias, row by row.</param>
        /// <param name="biasConstant">When not NaN, every bias is this value.</param>
        [FloatCopy]
        public static void InitializeDense<T>(
            Span<T> weights, Span<T> bias, int fanIn, int fanOut, Initialization scheme, DeterministicRandom random, double biasConstant)
            where T : IFloatingPointIeee754<T>
        {
            if (weights.Length != fanIn * fanOut || bias.Length != fanOut)
            {
                ThrowShape(fanIn, fanOut);
            }

            double pyTorchBound = 1.0 / Math.Sqrt(fanIn);
            for (int i = 0; i < weights.Length; i++)
            {
                double w = scheme switch
                {
                    Initialization.HeUniform => random.NextUniform(-Math.Sqrt(6.0 / fanIn), Math.Sqrt(6.0 / fanIn)),
                    Initialization.HeNormal => random.NextNormal(0, Math.Sqrt(2.0 / fanIn)),
                    Initialization.XavierUniform => random.NextUniform(-Math.Sqrt(6.0 / (fanIn + fanOut)), Math.Sqrt(6.0 / (fanIn + fanOut))),
                    Initialization.XavierNormal => random.NextNormal(0, Math.Sqrt(2.0 / (fanIn + fanOut))),
                    _ => random.NextUniform(-pyTorchBound, pyTorchBound),
                };
                weights[i] = T.CreateTruncating(w);
            }

            for (int i = 0; i < bias.Length; i++)
            {
                double b = !double.IsNaN(biasConstant) ? biasConstant
                    : scheme == Initialization.PyTorchDefault ? random.NextUniform(-pyTorchBound, pyTorchBound)
                    : 0.0;
                bias[i] = T.CreateTruncating(b);
            }
        }

        // The message in a method of its own: a first construction compiles InitializeDense at tier 0, every line
        // of it, whether the message is thrown or not.
        private static void ThrowShape(int fanIn, int fanOut)
            => throw new ArgumentException($"Expected {fanIn * fanOut} weights and {fanOut} biases.");
    }
}
