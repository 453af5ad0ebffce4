using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using NetGen.Tests.Infrastructure;
using NetGen.Tests.Networks;
using static NetGen.Activation;

namespace NetGen.Tests
{
    /// <summary>
    /// [Rprop] against torch.optim.Rprop: 20 full-batch steps of small networks (Reference/rprop_reference.json,
    /// made by make_rprop_reference.py), double against PyTorch's float64 run, float against its float32 run.
    /// </summary>
    public class PyTorchRpropTests
    {
        public static TheoryData<string> Cases => new() { "rprop_default", "rprop_tuned" };

        private static readonly Dictionary<string, Func<INeuralNetwork<double>>> Double = new()
        {
            ["rprop_default"] = () => new RefRpropDefault(),
            ["rprop_tuned"] = () => new RefRpropTuned(),
        };

        private static readonly Dictionary<string, Func<INeuralNetwork<float>>> Single = new()
        {
            ["rprop_default"] = () => new RefRpropDefault_F32(),
            ["rprop_tuned"] = () => new RefRpropTuned_F32(),
        };

        [Theory]
        [MemberData(nameof(Cases))]
        public void Twenty_full_batch_steps_match_pytorch_in_double(string name)
        {
            using var c = Load(name);
            var net = Double[name]();
            Doubles(c, "params").AsSpan().CopyTo(net.Parameters);
            int steps = c.RootElement.GetProperty("steps").GetInt32();
            var losses = new double[steps];
            for (int i = 0; i < steps; i++)
            {
                losses[i] = net.TrainStep(Doubles(c, "inputs"), Doubles(c, "targets"));
            }

            Assert.True(c.RootElement.GetProperty("flips").GetInt32() > 0, "the case has no sign change");
            Close.All(Doubles(c, "step_losses"), losses, 1e-12, 1e-9, name + " step losses");
            Close.All(Doubles(c, "params_after"), net.Parameters.ToArray(), 1e-12, 1e-9, name + " parameters after steps");
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Twenty_full_batch_steps_match_pytorch_in_float(string name)
        {
            using var c = Load(name);
            var net = Single[name]();
            Close.ToSingle(Doubles(c, "params")).AsSpan().CopyTo(net.Parameters);
            float[] inputs = Close.ToSingle(Doubles(c, "inputs")), targets = Close.ToSingle(Doubles(c, "targets"));
            int steps = c.RootElement.GetProperty("steps").GetInt32();
            var losses = new double[steps];
            for (int i = 0; i < steps; i++)
            {
                losses[i] = net.TrainStep(inputs, targets);
            }

            Close.All(Doubles(c, "step_losses_f32"), losses, 1e-5, 1e-3, name + " step losses");
            Close.All(Doubles(c, "params_after_f32"), net.Parameters.ToArray(), 1e-5, 1e-3, name + " parameters after steps");
        }

        private static JsonDocument Load(string name)
        {
            string path = Path.Combine(AppContext.BaseDirectory, "Reference", "rprop_reference.json");
            using var all = JsonDocument.Parse(File.ReadAllText(path));
            var element = all.RootElement.EnumerateArray().Single(e => e.GetProperty("name").GetString() == name);
            return JsonDocument.Parse(element.GetRawText());
        }

        private static double[] Doubles(JsonDocument c, string property) =>
            c.RootElement.GetProperty(property).EnumerateArray().Select(x => x.GetDouble()).ToArray();
    }
}

namespace NetGen.Tests.Networks
{
    // The networks of Reference/rprop_reference.json, with PyTorch's hyper-parameters.
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(2)]
    [Dense(6), Activation(Relu)]
    [Dense(6), Activation(Tanh)]
    [Dense(1)]
    [Rprop]
    public partial class RefRpropDefault { }

    [Network(Seed = 1)]
    [Input(2)]
    [Dense(6), Activation(Relu)]
    [Dense(6), Activation(Tanh)]
    [Dense(1)]
    [Rprop]
    public partial class RefRpropDefault_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(4), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Rprop(LearningRate = 0.05, EtaMinus = 0.3, EtaPlus = 1.5, StepSizeMin = 1e-3, StepSizeMax = 0.2)]
    public partial class RefRpropTuned { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(4), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Rprop(LearningRate = 0.05, EtaMinus = 0.3, EtaPlus = 1.5, StepSizeMin = 1e-3, StepSizeMax = 0.2)]
    public partial class RefRpropTuned_F32 { }
}
