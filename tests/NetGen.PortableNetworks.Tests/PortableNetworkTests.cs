using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Versioning;
using System.Text.Json;
using NetGen.PortableParity;

namespace NetGen.PortableNetworks.Tests
{
    /// <summary>
    /// The shared parity networks, generated in the portable flavour: their gradients against central differences, and
    /// their training trajectories against the modern build's (the committed portable_parity_reference.json).
    /// </summary>
    public class PortableNetworkTests
    {
        [Fact]
        public void The_networks_run_on_the_netstandard21_helpers()
        {
            var abstractions = typeof(INeuralNetwork<float>).Assembly;
            Assert.Equal(".NETStandard,Version=v2.1", abstractions.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName);
            Assert.NotNull(abstractions.GetType("NetGen.Runtime.PortableRuntime"));

            // The portable form has no vector strategies: the README's model trains per row instead of through ShallowNet.
            Assert.NotNull(typeof(ReadmeModel).GetField("__trainState", BindingFlags.NonPublic | BindingFlags.Instance));
        }

        public static IEnumerable<object[]> Names => ParityRuns.All().Keys.Select(name => new object[] { name });

        /// <summary>
        /// 25 training steps, then the parameters and a prediction, as the modern build computed them. Double networks
        /// agree to rounding (the portable helpers sum in another order than the vectorised ones); the float networks to
        /// float rounding carried through 25 steps.
        /// </summary>
        [Theory]
        [MemberData(nameof(Names))]
        public void Training_follows_the_modern_trajectory(string name)
        {
            var reference = JsonSerializer.Deserialize<Dictionary<string, double[]>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, ParityRuns.ReferenceFile)))!;
            double[] expected = reference[name];
            double[] actual = ParityRuns.All()[name];
            Assert.Equal(expected.Length, actual.Length);
            bool single = name is "ReadmeModel" or "SgdMomentumNet";
            double relative = single ? 2e-4 : 1e-9;
            for (int i = 0; i < expected.Length; i++)
            {
                double limit = relative * Math.Max(Math.Abs(expected[i]), 1e-2);
                Assert.True(Math.Abs(actual[i] - expected[i]) <= limit, $"{name}[{i}]: portable {actual[i]:R}, modern {expected[i]:R}");
            }

            // The losses fell: the runs trained, not merely agreed.
            Assert.True(actual[ParityRuns.Steps - 1] < actual[0], $"{name}: loss {actual[0]} → {actual[ParityRuns.Steps - 1]}");
        }

        public static IEnumerable<object[]> Deterministic => new[]
        {
            new object[] { nameof(TanhSigmoidNet) },
            new object[] { nameof(SoftmaxNet) },
            new object[] { nameof(LayerNormNet) },
            new object[] { nameof(RpropNet) },
        };

        /// <summary>ComputeGradients against central differences of EvaluateLoss, in double precision.</summary>
        [Theory]
        [MemberData(nameof(Deterministic))]
        public void Gradients_match_central_differences(string name)
        {
            INeuralNetwork<double> net = name switch
            {
                nameof(TanhSigmoidNet) => new TanhSigmoidNet(),
                nameof(SoftmaxNet) => new SoftmaxNet(),
                nameof(LayerNormNet) => new LayerNormNet(),
                nameof(RpropNet) => new RpropNet(),
                _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown network."),
            };
            if (net is LayerNormNet layerNorm)
            {
                layerNorm.Adapt(ParityRuns.Inputs(LayerNormNet.InputSize));
            }

            double[] inputs = ParityRuns.Inputs(net.InputSize);
            double[] targets = ParityRuns.Targets(net.OutputSize, oneHot: net is SoftmaxNet);
            net.ComputeGradients(inputs, targets);
            double[] analytic = net.Gradients.ToArray();
            const double h = 1e-6;
            for (int i = 0; i < analytic.Length; i++)
            {
                double original = net.Parameters[i];
                net.Parameters[i] = original + h;
                double plus = net.EvaluateLoss(inputs, targets);
                net.Parameters[i] = original - h;
                double minus = net.EvaluateLoss(inputs, targets);
                net.Parameters[i] = original;
                double numeric = (plus - minus) / (2 * h);
                double limit = 1e-6 * Math.Max(Math.Abs(numeric), Math.Abs(analytic[i])) + 1e-8;
                Assert.True(Math.Abs(analytic[i] - numeric) <= limit, $"{name}: parameter {i}: analytic {analytic[i]:R}, numeric {numeric:R}");
            }

            Assert.Contains(analytic, g => Math.Abs(g) > 1e-4);
        }

        /// <summary>Save in the portable build and Load back: the same parameters and predictions.</summary>
        [Fact]
        public void Save_and_load_round_trip()
        {
            var trained = new ModulesNet();
            ParityRuns.Run(trained, adapt: net => ((ModulesNet)net).Adapt(ParityRuns.Inputs(ModulesNet.InputSize)));
            using var stream = new MemoryStream();
            trained.Save(stream);
            stream.Position = 0;
            var loaded = new ModulesNet(seed: 99);
            loaded.Load(stream);
            Assert.Equal(trained.Parameters.ToArray(), loaded.Parameters.ToArray());
            double[] inputs = ParityRuns.Inputs(ModulesNet.InputSize);
            var a = new double[ParityRuns.Rows * ModulesNet.OutputSize];
            var b = new double[a.Length];
            trained.PredictBatch(inputs, a);
            loaded.PredictBatch(inputs, b);
            Assert.Equal(a, b);
        }
    }
}
