using System;
using System.Collections.Generic;
using System.Numerics;
using NetGen.Benchmarks.Baseline;

namespace NetGen.Benchmarks.Portable
{
    /// <summary>
    /// The workloads NetGen.Benchmarks.Mono times on Mono and on .NET 10. They live here, in netstandard code, so the
    /// spans of the networks' API are compiled against netstandard and the runner (net48 or net10.0) only sees
    /// <see cref="Workload.Run"/>. Each network starts from its declaration's initial parameters and the hand-written
    /// MLP (linked from NetGen.Benchmarks/Baseline) from the same ones.
    /// </summary>
    public static class Workloads
    {
        /// <summary>The vector width netstandard code sees on this runtime (net48 has no Vector&lt;T&gt; of its own).</summary>
        public static string VectorWidth =>
            $"Vector<float>.Count = {Vector<float>.Count}, Vector.IsHardwareAccelerated = {Vector.IsHardwareAccelerated}";

        /// <summary>Fresh instances of every workload, in a fixed order.</summary>
        public static IReadOnlyList<Workload> Create()
        {
            // Each Run(n) loops in here and returns the sum of the results, so the JIT cannot drop the calls.
            var list = new List<Workload>();

            var (x, y) = Data.Quadratic();
            var x20 = x.AsSpan(0, 20).ToArray();
            var y20 = y.AsSpan(0, 20).ToArray();
            var quadratic = new Quadratic();
            var quadraticHand = Hand(quadratic, new[] { 1, 32, 1 }, HandActivation.Relu, softmaxCrossEntropy: false, adam: true, 0.01f, beta1: 0.8f);
            list.Add(new Workload("QuadraticStep", "NetGen", n =>
            {
                float sum = 0;
                for (int i = 0; i < n; i++)
                {
                    sum += quadratic.TrainStep(x20, y20);
                }

                return sum;
            }));
            list.Add(new Workload("QuadraticStep", "HandWritten", n =>
            {
                float sum = 0;
                for (int i = 0; i < n; i++)
                {
                    sum += quadraticHand.TrainStep(x20, y20);
                }

                return sum;
            }));

            var predicted = new Quadratic();
            var predictedHand = Hand(predicted, new[] { 1, 32, 1 }, HandActivation.Relu, softmaxCrossEntropy: false, adam: true, 0.01f);
            list.Add(new Workload("PredictScalar", "NetGen", n =>
            {
                float sum = 0;
                for (int i = 0; i < n; i++)
                {
                    sum += predicted.Predict(0.37f);
                }

                return sum;
            }));
            list.Add(new Workload("PredictScalar", "HandWritten", n =>
            {
                float sum = 0;
                for (int i = 0; i < n; i++)
                {
                    sum += predictedHand.Predict(0.37f);
                }

                return sum;
            }));

            var (cx, cy) = Data.Cubic();
            foreach (var activation in new[] { HandActivation.Relu, HandActivation.Softplus, HandActivation.Tanh })
            {
                INeuralNetwork<float> cubic = activation switch
                {
                    HandActivation.Relu => new CubicRelu(),
                    HandActivation.Softplus => new CubicSoftplus(),
                    HandActivation.Tanh => new CubicTanh(),
                    _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, "no cubic network for this activation"),
                };
                var cubicHand = Hand(cubic, new[] { 1, 10, 10, 1 }, activation, softmaxCrossEntropy: false, adam: false, 0.2f);
                list.Add(new Workload("CubicStep " + activation, "NetGen", n =>
            {
                float sum = 0;
                for (int i = 0; i < n; i++)
                {
                    sum += cubic.TrainStep(cx, cy);
                }

                return sum;
            }));
                list.Add(new Workload("CubicStep " + activation, "HandWritten", n =>
            {
                float sum = 0;
                for (int i = 0; i < n; i++)
                {
                    sum += cubicHand.TrainStep(cx, cy);
                }

                return sum;
            }));
            }

            var (mx, my) = Data.Digits(64);
            var mnist = new Mnist();
            var mnistHand = Hand(mnist, new[] { 784, 128, 10 }, HandActivation.Relu, softmaxCrossEntropy: true, adam: true, 0.001f);
            list.Add(new Workload("MnistStep", "NetGen", n =>
            {
                float sum = 0;
                for (int i = 0; i < n; i++)
                {
                    sum += mnist.TrainStep(mx, my);
                }

                return sum;
            }));
            list.Add(new Workload("MnistStep", "HandWritten", n =>
            {
                float sum = 0;
                for (int i = 0; i < n; i++)
                {
                    sum += mnistHand.TrainStep(mx, my);
                }

                return sum;
            }));
            return list;
        }

        private static HandWrittenMlp Hand(INeuralNetwork<float> network, int[] sizes, HandActivation hidden, bool softmaxCrossEntropy, bool adam,
            float learningRate, float beta1 = 0.9f)
        {
            var hand = new HandWrittenMlp(sizes, hidden, softmaxCrossEntropy, adam, learningRate, beta1);
            hand.LoadParameters(network.Parameters);
            return hand;
        }

    }

    /// <summary>One timed operation: <see cref="Run"/>(n) performs it n times.</summary>
    public sealed class Workload
    {
        public Workload(string name, string implementation, Func<int, float> run)
        {
            Name = name;
            Implementation = implementation;
            Run = run;
        }

        public string Name { get; }

        /// <summary>"NetGen" (the portable flavour) or "HandWritten".</summary>
        public string Implementation { get; }

        public Func<int, float> Run { get; }
    }
}
