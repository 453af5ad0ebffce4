using System;
using System.Linq;
using NetGen.Tests.Networks;

namespace NetGen.Tests
{
    public class ArgumentAndBadDataTests
    {
        [Fact]
        public void Wrong_lengths_throw_argument_exceptions_naming_the_expected_size()
        {
            var net = new MyNet();
            var error = Assert.Throws<ArgumentException>(() => net.Predict(new float[3], new float[1]));
            Assert.Contains("Expected 2", error.Message);
            Assert.Equal("input", error.ParamName);

            error = Assert.Throws<ArgumentException>(() => net.Predict(new float[2], new float[2]));
            Assert.Contains("Expected 1", error.Message);
            Assert.Equal("output", error.ParamName);

            error = Assert.Throws<ArgumentException>(() => net.PredictBatch(new float[5], new float[2]));
            Assert.Contains("InputSize (2)", error.Message);

            error = Assert.Throws<ArgumentException>(() => net.PredictBatch(new float[6], new float[2]));
            Assert.Contains("Expected 3", error.Message);

            error = Assert.Throws<ArgumentException>(() => net.TrainStep(new float[4], new float[3]));
            Assert.Contains("Expected 2", error.Message);
            Assert.Equal("targets", error.ParamName);

            Assert.Throws<ArgumentException>(() => net.TrainStep(Array.Empty<float>(), Array.Empty<float>()));
            Assert.Throws<ArgumentException>(() => net.EvaluateLoss(new float[3], new float[1]));
            Assert.Throws<ArgumentException>(() => net.ComputeGradients(new float[2], new float[2]));
        }

        [Theory]
        [InlineData(float.NaN, 1f, "inputs")]
        [InlineData(float.PositiveInfinity, 1f, "inputs")]
        [InlineData(0.5f, float.NaN, "targets")]
        [InlineData(0.5f, float.NegativeInfinity, "targets")]
        public void Non_finite_data_throws_before_any_update(float badInput, float badTarget, string named)
        {
            var net = new CheckedNet();
            var before = net.Parameters.ToArray();
            float[] x = { 0.1f, badInput, 0.3f };
            float[] y = { 0.2f, 0.4f, badTarget };

            var error = Assert.Throws<NonFiniteValueException>(() => net.TrainStep(x, y));

            Assert.Contains(named, error.Message);
            Assert.Contains("row", error.Message);
            Assert.Equal(before, net.Parameters.ToArray());
            Assert.Equal(0, net.OptimizerStepCount);
        }

        [Fact]
        public void A_loss_that_overflows_throws_before_the_update()
        {
            var net = new CheckedNet();
            float[] x = { 1f };
            float[] y = { 3e38f }; // finite target whose squared error overflows float
            var before = net.Parameters.ToArray();

            var error = Assert.Throws<NonFiniteValueException>(() => net.TrainStep(x, y));

            Assert.Contains("loss", error.Message, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(before, net.Parameters.ToArray());
        }

        [Fact]
        public void Training_stays_usable_after_bad_data_was_rejected()
        {
            var net = new CheckedNet();
            Assert.Throws<NonFiniteValueException>(() => net.TrainStep(new[] { float.NaN }, new[] { 1f }));
            float loss = net.TrainStep(new[] { 0.5f }, new[] { 1f });
            Assert.True(float.IsFinite(loss));
            Assert.Equal(1, net.OptimizerStepCount);
        }

        [Fact]
        public void CheckFinite_false_skips_the_checks()
        {
            var net = new UncheckedNet();
            float loss = net.TrainStep(new[] { float.NaN }, new[] { 1f });
            Assert.True(float.IsNaN(loss));
            Assert.Contains(net.Parameters.ToArray(), float.IsNaN);
        }
    }
}
