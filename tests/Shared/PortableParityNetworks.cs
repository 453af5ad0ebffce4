using System;
using System.Collections.Generic;
using static NetGen.Activation;

// Compiled into tests/NetGen.Tests (net8.0+ helpers: the modern flavour) and tests/NetGen.PortableNetworks.Tests
// (the netstandard2.1 helpers: the portable flavour). The modern build writes the trajectories to
// portable_parity_reference.json; the portable build must reproduce them.
namespace NetGen.PortableParity
{
    /// <summary>The README's model.</summary>
    [Network(Seed = 1)]
    [Input(1)]
    [Dense(32), Activation(Relu)]
    [Dense(1)]
    [Adam(LearningRate = 0.01, Beta1 = 0.8)]
    public partial class ReadmeModel { }

    [Network(Seed = 2, Precision = Precision.Double)]
    [Input(3)]
    [Dense(8), Activation(Tanh)]
    [Dense(6), Activation(Sigmoid)]
    [Dense(2)]
    public partial class TanhSigmoidNet { }

    [Network(Seed = 3, Precision = Precision.Double)]
    [Input(4)]
    [Dense(10), Activation(Tanh)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    public partial class SoftmaxNet { }

    /// <summary>LayerNorm and Standardize: deterministic in training, so central differences apply.</summary>
    [Network(Seed = 4, Precision = Precision.Double)]
    [Input(3)]
    [Standardize]
    [Dense(6), Activation(Tanh)]
    [LayerNorm, Activation(Gelu)]
    [Dense(1)]
    [Loss(Loss.Huber, Delta = 0.5)]
    public partial class LayerNormNet { }

    /// <summary>Every module, trained batch-major; BatchNorm and Dropout make training differ from EvaluateLoss.</summary>
    [Network(Seed = 5, Precision = Precision.Double)]
    [Input(3)]
    [Standardize]
    [Dense(8), Activation(Relu)]
    [LayerNorm]
    [Dense(6), Activation(Elu)]
    [BatchNorm]
    [Dropout(0.2)]
    [Dense(2)]
    [Sgd(LearningRate = 0.05, Momentum = 0.9)]
    public partial class ModulesNet { }

    [Network(Seed = 6, Precision = Precision.Double)]
    [Input(2)]
    [Dense(5), Activation(Tanh)]
    [Dense(1)]
    [Rprop]
    public partial class RpropNet { }

    [Network(Seed = 7)]
    [Input(2)]
    [Dense(6), Activation(Sigmoid)]
    [Dense(1)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1, Momentum = 0.9, Nesterov = true)]
    public partial class SgdMomentumNet { }

    /// <summary>Deterministic data and training runs, the same in both flavours.</summary>
    public static class ParityRuns
    {
        public const int Rows = 16;

        public const int Steps = 25;

        /// <summary>The file the modern build writes and the portable build reads.</summary>
        public const string ReferenceFile = "portable_parity_reference.json";

        /// <summary>Inputs in [-1, 1] from a fixed formula (no generator, so nothing depends on a runtime's random numbers).</summary>
        public static double[] Inputs(int inputSize)
        {
            var inputs = new double[Rows * inputSize];
            for (int i = 0; i < inputs.Length; i++)
            {
                inputs[i] = Math.Sin(0.37 * i + 0.11 * (i % inputSize));
            }

            return inputs;
        }

        /// <summary>Regression targets, or one-hot rows of class r mod outputs for a classifier.</summary>
        public static double[] Targets(int outputSize, bool oneHot)
        {
            var targets = new double[Rows * outputSize];
            for (int r = 0; r < Rows; r++)
            {
                for (int k = 0; k < outputSize; k++)
                {
                    targets[r * outputSize + k] = oneHot ? (r % outputSize == k ? 1 : 0) : Math.Cos(0.23 * r + k);
                }
            }

            return targets;
        }

        /// <summary>Each network's trajectory: the loss of every step, then the final parameters and one prediction.</summary>
        public static Dictionary<string, double[]> All() => new Dictionary<string, double[]>
        {
            ["ReadmeModel"] = Run(new ReadmeModel()),
            ["TanhSigmoidNet"] = Run(new TanhSigmoidNet()),
            ["SoftmaxNet"] = Run(new SoftmaxNet(), oneHot: true),
            ["LayerNormNet"] = Run(new LayerNormNet(), adapt: net => ((LayerNormNet)net).Adapt(Inputs(LayerNormNet.InputSize))),
            ["ModulesNet"] = Run(new ModulesNet(), adapt: net => ((ModulesNet)net).Adapt(Inputs(ModulesNet.InputSize))),
            ["RpropNet"] = Run(new RpropNet()),
            ["SgdMomentumNet"] = Run(new SgdMomentumNet()),
        };

        public static double[] Run(INeuralNetwork<double> net, bool oneHot = false, Action<INeuralNetwork<double>>? adapt = null)
        {
            adapt?.Invoke(net);
            double[] inputs = Inputs(net.InputSize), targets = Targets(net.OutputSize, oneHot);
            var trajectory = new List<double>();
            for (int step = 0; step < Steps; step++)
            {
                trajectory.Add(net.TrainStep(inputs, targets));
            }

            trajectory.AddRange(net.Parameters.ToArray());
            var output = new double[net.OutputSize];
            net.Predict(new ReadOnlySpan<double>(inputs, 0, net.InputSize), output);
            trajectory.AddRange(output);
            return trajectory.ToArray();
        }

        public static double[] Run(INeuralNetwork<float> net, bool oneHot = false)
        {
            float[] inputs = Array.ConvertAll(Inputs(net.InputSize), x => (float)x), targets = Array.ConvertAll(Targets(net.OutputSize, oneHot), x => (float)x);
            var trajectory = new List<double>();
            for (int step = 0; step < Steps; step++)
            {
                trajectory.Add(net.TrainStep(inputs, targets));
            }

            foreach (float p in net.Parameters)
            {
                trajectory.Add(p);
            }

            var output = new float[net.OutputSize];
            net.Predict(new ReadOnlySpan<float>(inputs, 0, net.InputSize), output);
            trajectory.Add(output[0]);
            return trajectory.ToArray();
        }
    }
}
