using System;
using System.Collections.Generic;
using System.Linq;
using NetGen.Tests.Infrastructure;
using NetGen.Tests.Networks;

namespace NetGen.Tests
{
    /// <summary>Forward, loss, gradients and optimizer steps against values PyTorch computed (Reference/).</summary>
    public class PyTorchReferenceTests
    {
        public static IEnumerable<object[]> ForwardCases => PyTorchReference.Keys("forward");

        public static IEnumerable<object[]> TrainCases => PyTorchReference.Keys("train");

        [Fact]
        public void Every_elementwise_activation_has_a_forward_and_a_training_case()
        {
            var keys = ForwardCases.Concat(TrainCases).Select(k => (string)k[0]).ToHashSet();
            foreach (var activation in Enum.GetValues<Activation>().Where(a => a != Activation.Softmax))
            {
                Assert.Contains($"forward:{activation}", keys);
                Assert.Contains($"train:{activation}_sgd", keys);
            }
        }

        [Theory]
        [MemberData(nameof(ForwardCases))]
        public void Forward_matches_pytorch_in_double(string key)
        {
            var c = PyTorchReference.Get(key);
            var net = ReferenceNetworks.Double[key]();
            c.Params.AsSpan().CopyTo(net.Parameters);
            var outputs = new double[c.Outputs.Length];
            net.PredictBatch(c.Inputs, outputs);
            Close.All(c.Outputs, outputs, 1e-12, 1e-10, key);
        }

        [Theory]
        [MemberData(nameof(ForwardCases))]
        public void Forward_matches_pytorch_in_float(string key)
        {
            var c = PyTorchReference.Get(key);
            var net = ReferenceNetworks.Single[key]();
            Close.ToSingle(c.Params).AsSpan().CopyTo(net.Parameters);
            var outputs = new float[c.Outputs.Length];
            net.PredictBatch(Close.ToSingle(c.Inputs), outputs);
            Close.All(c.Outputs, outputs, 1e-5, 1e-3, key);
        }

        [Theory]
        [MemberData(nameof(TrainCases))]
        public void Loss_gradients_and_steps_match_pytorch_in_double(string key)
        {
            var c = PyTorchReference.Get(key);
            var net = ReferenceNetworks.Double[key]();
            c.Params.AsSpan().CopyTo(net.Parameters);

            Assert.Equal(c.Loss, net.EvaluateLoss(c.Inputs, c.Targets), 10);
            double loss = net.ComputeGradients(c.Inputs, c.Targets);
            Assert.Equal(c.Loss, loss, 10);
            Close.All(c.Gradients, net.Gradients.ToArray(), 1e-12, 1e-9, key + " gradients");

            var stepLosses = new double[c.Steps];
            for (int i = 0; i < c.Steps; i++)
            {
                stepLosses[i] = net.TrainStep(c.Inputs, c.Targets);
            }

            Close.All(c.StepLosses, stepLosses, 1e-12, 1e-9, key + " step losses");
            Close.All(c.ParamsAfter, net.Parameters.ToArray(), 1e-12, 1e-9, key + " parameters after steps");
        }

        [Theory]
        [MemberData(nameof(TrainCases))]
        public void Loss_gradients_and_steps_match_pytorch_in_float(string key)
        {
            var c = PyTorchReference.Get(key);
            var net = ReferenceNetworks.Single[key]();
            Close.ToSingle(c.Params).AsSpan().CopyTo(net.Parameters);
            var inputs = Close.ToSingle(c.Inputs);
            var targets = Close.ToSingle(c.Targets);

            Assert.Equal(c.Loss, net.ComputeGradients(inputs, targets), 1e-4 + 1e-3 * System.Math.Abs(c.Loss));
            Close.All(c.Gradients, net.Gradients.ToArray(), 1e-5, 1e-3, key + " gradients");

            for (int i = 0; i < c.Steps; i++)
            {
                net.TrainStep(inputs, targets);
            }

            Close.All(c.ParamsAfter, net.Parameters.ToArray(), 1e-5, 1e-3, key + " parameters after steps");
        }
    }
}
