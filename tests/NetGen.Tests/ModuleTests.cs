using System;
using System.IO;
using System.Linq;
using System.Numerics;
using NetGen.Tests.Infrastructure;
using NetGen.Tests.Networks;
using static NetGen.Tests.Infrastructure.ModulesReference;

namespace NetGen.Tests
{
    /// <summary>
    /// The modules of issue 13 (LayerNorm, BatchNorm, Dropout, Standardize, named layers) against PyTorch
    /// (Reference/modules_reference.json), on every strategy that admits each network, in double and float.
    /// </summary>
    public class ModuleTests
    {
        private readonly Xunit.Abstractions.ITestOutputHelper _output;

        public ModuleTests(Xunit.Abstractions.ITestOutputHelper output) => _output = output;

        private static bool IsDouble<T>() => typeof(T) == typeof(double);

        // Tolerances of modules_reference.md: outputs/losses, then gradients and parameters after steps.
        private static (double Abs, double Rel) Out<T>() => IsDouble<T>() ? (1e-14, 1e-12) : (1e-5, 1e-3);

        private static (double Abs, double Rel) Grad<T>() => IsDouble<T>() ? (1e-12, 1e-10) : (1e-5, 1e-3);

        private static void Near<T>((double Abs, double Rel) tol, double want, T got, string what) where T : IFloatingPointIeee754<T> =>
            Close.All(new[] { want }, new[] { double.CreateChecked(got) }, tol.Abs, tol.Rel, what);

        private static double[] D<T>(ReadOnlySpan<T> values) where T : IFloatingPointIeee754<T>
        {
            var result = new double[values.Length];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = double.CreateChecked(values[i]);
            }

            return result;
        }

        private static double[] Predictions<T>(INeuralNetwork<T> net, T[] inputs) where T : IFloatingPointIeee754<T>
        {
            var outputs = new T[inputs.Length / net.InputSize * net.OutputSize];
            net.PredictBatch(inputs, outputs);
            return D<T>(outputs);
        }

        /// <summary>
        /// The train-mode outputs behind ComputeGradients' MSE loss, one output per row: raising target r by 1 changes
        /// the loss by (1 − 2(y_r − t_r)) / N exactly, so y_r = t_r + (1 − N·ΔL) / 2. Each call runs on a copy of the stored
        /// state (BatchNorm's running statistics move with every training forward pass).
        /// </summary>
        private static double[] TrainModeOutputs<T>(INeuralNetwork<T> net, T[] inputs, T[] targets) where T : IFloatingPointIeee754<T>
        {
            Assert.Equal(1, net.OutputSize);
            var stored = Stored<T>(net);
            var saved = (T[])stored.Clone();
            double baseLoss = double.CreateChecked(net.ComputeGradients(inputs, targets));
            var outputs = new double[targets.Length];
            for (int r = 0; r < targets.Length; r++)
            {
                saved.CopyTo(stored, 0);
                var moved = (T[])targets.Clone();
                moved[r] += T.One;
                double delta = double.CreateChecked(net.ComputeGradients(inputs, moved)) - baseLoss;
                outputs[r] = double.CreateChecked(targets[r]) + (1 - targets.Length * delta) / 2;
            }

            saved.CopyTo(stored, 0);
            return outputs;
        }

        private static void GradientsMatch<T>(INeuralNetwork<T> net, ParameterLayout layout, System.Text.Json.JsonElement c, string what, double absFloor = 0)
            where T : IFloatingPointIeee754<T>
        {
            var grads = c.GetProperty("gradients");
            var tol = Grad<T>();
            foreach (var tensor in layout.Tensors.Where(t => t.Kind == ParameterTensorKind.Parameter))
            {
                var want = grads.Doubles(tensor.Name);
                var got = D<T>(net.Gradients.Slice(tensor.Offset, tensor.Length));
                Close.All(want, got, Math.Max(tol.Abs, absFloor), tol.Rel, what + " ∂" + tensor.Name);
            }

            Assert.Equal(layout.Tensors.Count(t => t.Kind == ParameterTensorKind.Parameter), grads.EnumerateObject().Count());
        }

        /// <summary>Central differences of <paramref name="loss"/> over every parameter, each on a restored copy of the whole stored state.</summary>
        private static void CentralDifferencesMatch(INeuralNetwork<double> net, Func<double> loss, double[] gradients, string what)
        {
            var stored = Stored<double>(net);
            var saved = (double[])stored.Clone();
            const double h = 1e-6;
            for (int i = 0; i < net.ParameterCount; i++)
            {
                saved.CopyTo(stored, 0);
                stored[i] = saved[i] + h;
                double up = loss();
                saved.CopyTo(stored, 0);
                stored[i] = saved[i] - h;
                double down = loss();
                double numeric = (up - down) / (2 * h);
                Assert.True(Math.Abs(numeric - gradients[i]) <= 1e-7 + 1e-5 * Math.Abs(gradients[i]), $"{what}[{i}]: analytic {gradients[i]:R}, central difference {numeric:R}");
            }

            saved.CopyTo(stored, 0);
        }

        // ---------------------------------------------------------------- LayerNorm

        [Fact] public void LayerNorm_matches_pytorch_double() => LayerNormMatches<ModLayerNormF64, double>(ModLayerNormF64.ParameterLayout);

        [Fact] public void LayerNorm_matches_pytorch_float() => LayerNormMatches<ModLayerNormF32, float>(ModLayerNormF32.ParameterLayout);

        private static void LayerNormMatches<TNet, T>(ParameterLayout layout) where TNet : INeuralNetwork<T>, new() where T : IFloatingPointIeee754<T>
        {
            var c = Case("layernorm");
            var net = new TNet();
            SetState<T>(net, layout, c.StateDict());
            var inputs = c.Values<T>("inputs");
            var targets = c.Values<T>("targets");
            Close.All(c.Doubles("outputs"), Predictions(net, inputs), Out<T>().Abs, Out<T>().Rel, "layernorm outputs");
            Near(Out<T>(), c.GetProperty("loss").GetDouble(), net.EvaluateLoss(inputs, targets), "layernorm EvaluateLoss");
            Near(Out<T>(), c.GetProperty("loss").GetDouble(), net.ComputeGradients(inputs, targets), "layernorm ComputeGradients loss");
            GradientsMatch(net, layout, c, "layernorm");
        }

        [Fact]
        public void LayerNorm_gradients_match_central_differences()
        {
            var c = Case("layernorm");
            var net = new ModLayerNormF64();
            SetState<double>(net, ModLayerNormF64.ParameterLayout, c.StateDict());
            var inputs = c.Doubles("inputs");
            var targets = c.Doubles("targets");
            net.ComputeGradients(inputs, targets);
            CentralDifferencesMatch(net, () => net.EvaluateLoss(inputs, targets), net.Gradients.ToArray(), "layernorm");
        }

        // ---------------------------------------------------------------- BatchNorm

        [Fact] public void BatchNorm_matches_pytorch_double() => BatchNormMatches<ModBatchNormF64, double>(ModBatchNormF64.ParameterLayout, n => n.OptimizerStepCount);

        [Fact] public void BatchNorm_matches_pytorch_float() => BatchNormMatches<ModBatchNormF32, float>(ModBatchNormF32.ParameterLayout, n => n.OptimizerStepCount);

        private static void BatchNormMatches<TNet, T>(ParameterLayout layout, Func<TNet, long> stepCount) where TNet : INeuralNetwork<T>, new() where T : IFloatingPointIeee754<T>
        {
            var c = Case("batchnorm");
            var net = new TNet();
            SetState<T>(net, layout, c.StateDict());
            var evalInputs = c.Values<T>("eval_inputs");
            var inputs = c.Values<T>("inputs");
            var targets = c.Values<T>("targets");
            var (abs, rel) = Out<T>();

            // Evaluation mode with the initial running statistics (0 and 1).
            Close.All(c.Doubles("eval_outputs_before"), Predictions(net, evalInputs), abs, rel, "batchnorm eval before");

            // Training mode: batch statistics.
            Close.All(c.Doubles("outputs"), TrainModeOutputs(net, inputs, targets), IsDouble<T>() ? 1e-12 : 1e-4, rel, "batchnorm train-mode outputs");
            Near(Out<T>(), c.GetProperty("loss").GetDouble(), net.ComputeGradients(inputs, targets), "batchnorm train-mode loss");
            // A bias before BatchNorm cancels: PyTorch's 0.bias gradient is ~1e-17, so it is compared absolutely.
            GradientsMatch(net, layout, c, "batchnorm", absFloor: IsDouble<T>() ? 1e-12 : 1e-5);

            // Three SGD steps from the initial state: losses, running statistics, every tensor, eval outputs.
            SetState<T>(net, layout, c.StateDict());
            int k = 0;
            foreach (var step in c.GetProperty("steps").EnumerateArray())
            {
                Near(Out<T>(), step.GetProperty("loss").GetDouble(), net.TrainStep(step.Values<T>("inputs"), step.Values<T>("targets")), $"batchnorm step {k} loss");
                Close.All(step.Doubles("running_mean"), Tensor<T>(net, layout, "1.running_mean"), Grad<T>().Abs, Grad<T>().Rel, $"step {k} running_mean");
                Close.All(step.Doubles("running_var"), Tensor<T>(net, layout, "1.running_var"), Grad<T>().Abs, Grad<T>().Rel, $"step {k} running_var");
                k++;
            }

            Assert.Equal(3, k);
            Assert.Equal(3, stepCount(net));
            foreach (var (name, (_, _, values)) in c.StateDict("state_dict_after"))
            {
                Close.All(values, Tensor<T>(net, layout, name), Grad<T>().Abs, Grad<T>().Rel, "after 3 steps: " + name);
            }

            Assert.Equal(3.0, Tensor<T>(net, layout, "1.num_batches_tracked").Single());
            Close.All(c.Doubles("eval_outputs_after"), Predictions(net, evalInputs), Grad<T>().Abs, Grad<T>().Rel, "batchnorm eval after");
        }

        [Fact]
        public void BatchNorm_gradients_match_central_differences_of_the_train_mode_loss()
        {
            var c = Case("batchnorm");
            var net = new ModBatchNormF64();
            SetState<double>(net, ModBatchNormF64.ParameterLayout, c.StateDict());
            var inputs = c.Doubles("inputs");
            var targets = c.Doubles("targets");
            var stored = Stored<double>(net);
            var initial = (double[])stored.Clone();
            net.ComputeGradients(inputs, targets);
            var gradients = net.Gradients.ToArray();

            // The training forward pass moves the running statistics: CentralDifferencesMatch restores them before each call.
            initial.CopyTo(stored, 0);
            CentralDifferencesMatch(net, () => net.ComputeGradients(inputs, targets), gradients, "batchnorm");
        }

        [Fact]
        public void BatchNorm_one_row_batch_throws_and_changes_nothing()
        {
            var c = Case("batchnorm");
            var net = new ModBatchNormF64();
            var inputs = c.Doubles("inputs");
            var targets = c.Doubles("targets");
            net.TrainStep(inputs, targets); // non-trivial state: moved statistics, step count 1, gradients
            var stored = Stored<double>(net).ToArray();
            var gradients = net.Gradients.ToArray();

            Assert.Throws<ArgumentException>(() => net.TrainStep(inputs.AsSpan(0, 3), targets.AsSpan(0, 1)));
            Assert.Throws<ArgumentException>(() => net.ComputeGradients(inputs.AsSpan(0, 3), targets.AsSpan(0, 1)));

            Assert.Equal(stored, Stored<double>(net));
            Assert.Equal(gradients, net.Gradients.ToArray());
            Assert.Equal(1, net.OptimizerStepCount);
            Assert.Equal(1.0, Tensor<double>(net, ModBatchNormF64.ParameterLayout, "1.num_batches_tracked").Single());
        }

        [Fact]
        public void BatchNorm_step_with_a_non_finite_loss_throws_and_leaves_the_running_statistics_alone()
        {
            var c = Case("batchnorm");
            var net = new ModBatchNormF64();
            var inputs = c.Doubles("inputs");
            var targets = c.Doubles("targets");
            net.TrainStep(inputs, targets);
            // Outputs near 1e200: their squares overflow, so the loss is infinite after the forward pass has run.
            net.Parameters.Slice(30, 5).Fill(1e200);
            var stored = Stored<double>(net).ToArray();

            Assert.Throws<NonFiniteValueException>(() => net.TrainStep(inputs, targets));
            Assert.Equal(stored, Stored<double>(net));
            Assert.Throws<NonFiniteValueException>(() => net.ComputeGradients(inputs, targets));
            Assert.Equal(stored, Stored<double>(net));
            Assert.Equal(1, net.OptimizerStepCount);
            Assert.Equal(1.0, Tensor<double>(net, ModBatchNormF64.ParameterLayout, "1.num_batches_tracked").Single());
        }

        // Needs the Fit pre-check of main's 941b9dc (BatchNorm networks refuse a Fit whose batches include one row).
        [Fact]
        public void BatchNorm_fit_leaving_a_last_batch_of_one_row_throws_before_training()
        {
            var c = Case("batchnorm");
            var net = new ModBatchNormF64();
            var inputs = c.Doubles("inputs").Concat(c.Doubles("eval_inputs").Take(3)).ToArray(); // 7 rows
            var targets = c.Doubles("targets").Concat(new[] { 0.5 }).ToArray();
            var stored = Stored<double>(net).ToArray();

            // Batches of 3, 3 and 1: PyTorch raises on the last; NetGen refuses before the first step.
            var error = Assert.Throws<ArgumentException>(() => net.Fit(inputs, targets, epochs: 2, batchSize: 3, shuffle: false));
            Assert.Contains("dropLast", error.Message);
            Assert.Equal(stored, Stored<double>(net));
            Assert.Equal(0, net.OptimizerStepCount);

            // drop_last removes the one-row batch: two steps per epoch.
            net.Fit(inputs, targets, epochs: 2, batchSize: 3, shuffle: false, dropLast: true);
            Assert.Equal(4, net.OptimizerStepCount);
            Assert.Equal(4.0, Tensor<double>(net, ModBatchNormF64.ParameterLayout, "1.num_batches_tracked").Single());
        }

        // ---------------------------------------------------------------- Dropout

        [Fact] public void Dropout_is_the_identity_in_evaluation_double() => DropoutEval<ModDropoutF64, double>(ModDropoutF64.ParameterLayout);

        [Fact] public void Dropout_is_the_identity_in_evaluation_float() => DropoutEval<ModDropoutF32, float>(ModDropoutF32.ParameterLayout);

        private static void DropoutEval<TNet, T>(ParameterLayout layout) where TNet : INeuralNetwork<T>, new() where T : IFloatingPointIeee754<T>
        {
            var c = Case("dropout");
            var net = new TNet();
            SetState<T>(net, layout, c.StateDict());
            var evalInputs = c.Values<T>("eval_inputs");
            Close.All(c.Doubles("eval_outputs"), Predictions(net, evalInputs), Out<T>().Abs, Out<T>().Rel, "dropout eval");
            Assert.Equal(Predictions(net, evalInputs), Predictions(net, evalInputs));

            // EvaluateLoss runs evaluation mode too: the MSE of the (deterministic) predictions, the same on every call.
            var inputs = c.Values<T>("inputs");
            var targets = c.Values<T>("targets");
            var predictions = Predictions(net, inputs);
            double want = predictions.Zip(targets, (y, t) => Math.Pow(y - double.CreateChecked(t), 2)).Average();
            Near(Out<T>(), want, net.EvaluateLoss(inputs, targets), "dropout EvaluateLoss");
            Assert.Equal(net.EvaluateLoss(inputs, targets), net.EvaluateLoss(inputs, targets));
        }

        /// <summary>
        /// PyTorch's mask cannot be injected (masks come from the network's private generator), so the gradients are
        /// checked against central differences under the network's own mask: a fresh network with the same seed draws
        /// the same first mask whatever its parameters, so each perturbed loss is the first ComputeGradients of a fresh
        /// copy. That this mask is not trivial is checked too (some units dropped, the loss differs from evaluation's).
        /// </summary>
        [Fact]
        public void Dropout_gradients_match_central_differences_under_the_networks_own_mask()
        {
            var c = Case("dropout");
            var state = c.StateDict();
            var inputs = c.Doubles("inputs");
            var targets = c.Doubles("targets");
            double FirstLoss(int index, double delta)
            {
                var fresh = new ModDropoutF64();
                SetState<double>(fresh, ModDropoutF64.ParameterLayout, state);
                if (index >= 0)
                {
                    fresh.Parameters[index] += delta;
                }

                return fresh.ComputeGradients(inputs, targets);
            }

            var net = new ModDropoutF64();
            SetState<double>(net, ModDropoutF64.ParameterLayout, state);
            double loss = net.ComputeGradients(inputs, targets);
            var gradients = net.Gradients.ToArray();
            Assert.Equal(loss, FirstLoss(-1, 0));
            Assert.NotEqual(net.EvaluateLoss(inputs, targets), loss);

            const double h = 1e-6;
            for (int i = 0; i < gradients.Length; i++)
            {
                double numeric = (FirstLoss(i, h) - FirstLoss(i, -h)) / (2 * h);
                Assert.True(Math.Abs(numeric - gradients[i]) <= 1e-7 + 1e-5 * Math.Abs(gradients[i]), $"dropout[{i}]: analytic {gradients[i]:R}, central difference {numeric:R}");
            }
        }

        /// <summary>
        /// Reference code for the dropout case (Linear 3→4, ReLU, mask, Linear 4→1, MSE), PyTorch's semantics: the loss
        /// and the gradients in state_dict order (0.weight, 0.bias, 3.weight, 3.bias) for a given mask (0 or 1/(1 − p)).
        /// </summary>
        private static (double[] Outputs, double Loss, double[] Gradients) DropoutReference(double[] w, double[] x, double[] t, double[] mask)
        {
            int rows = t.Length;
            var outputs = new double[rows];
            var g = new double[w.Length];
            double loss = 0;
            for (int r = 0; r < rows; r++)
            {
                var z = new double[4];
                double y = w[20];
                for (int j = 0; j < 4; j++)
                {
                    z[j] = w[12 + j] + w[3 * j] * x[3 * r] + w[3 * j + 1] * x[3 * r + 1] + w[3 * j + 2] * x[3 * r + 2];
                    y += w[16 + j] * Math.Max(z[j], 0) * mask[4 * r + j];
                }

                outputs[r] = y;
                loss += (y - t[r]) * (y - t[r]) / rows;
                double dy = 2 * (y - t[r]) / rows;
                g[20] += dy;
                for (int j = 0; j < 4; j++)
                {
                    g[16 + j] += dy * Math.Max(z[j], 0) * mask[4 * r + j];
                    double dz = z[j] > 0 ? dy * w[16 + j] * mask[4 * r + j] : 0;
                    g[12 + j] += dz;
                    for (int k = 0; k < 3; k++)
                    {
                        g[3 * j + k] += dz * x[3 * r + k];
                    }
                }
            }

            return (outputs, loss, g);
        }

        /// <summary>
        /// The network's mask cannot be replaced by PyTorch's, so: (1) the reference code above, given PyTorch's mask,
        /// reproduces PyTorch's train-mode outputs, loss and gradients; (2) the network's own first mask is recovered
        /// from its train-mode outputs (each row's output fits exactly one of the 16 masks of its ReLU units, up to
        /// units at 0 that no mask changes); (3) the network's loss and gradients equal the reference code's under it.
        /// </summary>
        [Fact]
        public void Dropout_gradients_match_the_pytorch_semantics_under_the_recovered_mask()
        {
            var c = Case("dropout");
            var state = c.StateDict();
            var w = state["0.weight"].Values.Concat(state["0.bias"].Values).Concat(state["3.weight"].Values).Concat(state["3.bias"].Values).ToArray();
            var x = c.Doubles("inputs");
            var t = c.Doubles("targets");

            var pytorch = DropoutReference(w, x, t, c.Doubles("mask"));
            Close.All(c.Doubles("train_outputs"), pytorch.Outputs, 1e-14, 1e-12, "reference code, PyTorch's mask: outputs");
            Close.All(new[] { c.GetProperty("loss").GetDouble() }, new[] { pytorch.Loss }, 1e-14, 1e-12, "reference code: loss");
            var grads = c.GetProperty("gradients");
            Close.All(new[] { "0.weight", "0.bias", "3.weight", "3.bias" }.SelectMany(name => grads.Doubles(name)).ToArray(), pytorch.Gradients, 1e-14, 1e-12, "reference code: gradients");

            // Train-mode outputs under the network's first mask: each loss from a fresh network (same seed, same first mask).
            double FirstLoss(double[] targets)
            {
                var fresh = new ModDropoutF64();
                SetState<double>(fresh, ModDropoutF64.ParameterLayout, state);
                return fresh.ComputeGradients(x, targets);
            }

            double baseLoss = FirstLoss(t);
            var mask = new double[t.Length * 4];
            int dropped = 0;
            for (int r = 0; r < t.Length; r++)
            {
                var moved = (double[])t.Clone();
                moved[r] += 1;
                double y = t[r] + (1 - t.Length * (FirstLoss(moved) - baseLoss)) / 2;
                int match = -1;
                for (int bits = 0; bits < 16 && match < 0; bits++)
                {
                    var candidate = (double[])mask.Clone();
                    for (int j = 0; j < 4; j++)
                    {
                        candidate[4 * r + j] = (bits >> j & 1) == 1 ? 2 : 0;
                    }

                    if (Math.Abs(DropoutReference(w, x, t, candidate).Outputs[r] - y) <= 1e-12)
                    {
                        match = bits;
                        mask = candidate;
                    }
                }

                Assert.True(match >= 0, $"row {r}: output {y:R} fits no dropout mask");
                dropped += 4 - System.Numerics.BitOperations.PopCount((uint)match);
            }

            Assert.InRange(dropped, 1, t.Length * 4 - 1); // a mask that drops some, not all
            var net = new ModDropoutF64();
            SetState<double>(net, ModDropoutF64.ParameterLayout, state);
            var expected = DropoutReference(w, x, t, mask);
            Assert.Equal(expected.Loss, net.ComputeGradients(x, t), 1e-14);
            Close.All(expected.Gradients, net.Gradients.ToArray(), 1e-12, 1e-10, "dropout gradients under the recovered mask");
        }

        [Fact]
        public void Dropout_keeps_one_minus_p_of_the_values_and_scales_them_by_one_over_one_minus_p()
        {
            const double p = 0.3;
            const int calls = 40;
            var net = new ModDropoutMask();
            net.Parameters.Slice(0, ModDropoutMask.InputSize).Fill(1.0);
            net.Parameters[ModDropoutMask.InputSize] = 0.0;
            var ones = Enumerable.Repeat(1.0, ModDropoutMask.InputSize).ToArray();
            var zero = new[] { 0.0 };

            // Evaluation: the identity, so the output is the plain sum.
            Assert.Equal((double)ModDropoutMask.InputSize, Predictions(net, ones).Single());
            Assert.Equal((double)ModDropoutMask.InputSize * ModDropoutMask.InputSize, net.EvaluateLoss(ones, zero));

            long kept = 0;
            var previous = new double[ModDropoutMask.InputSize];
            int repeats = 0;
            for (int call = 0; call < calls; call++)
            {
                // y = Σ m_j / (1 − p), loss y², ∂loss/∂w_j = 2y · m_j / (1 − p).
                double loss = net.ComputeGradients(ones, zero);
                var g = net.Gradients.Slice(0, ModDropoutMask.InputSize).ToArray();
                int keptNow = g.Count(v => v != 0);
                double y = keptNow / (1 - p);
                Assert.Equal(y * y, loss, 1e-9 * y * y);
                foreach (double v in g.Where(v => v != 0))
                {
                    Assert.Equal(2 * y / (1 - p), v, 1e-12 * v);
                }

                kept += keptNow;
                repeats += g.SequenceEqual(previous) ? 1 : 0;
                previous = g;
            }

            int total = calls * ModDropoutMask.InputSize;
            double fraction = (double)kept / total;
            double sigma = Math.Sqrt(p * (1 - p) / total);
            Assert.True(Math.Abs(fraction - (1 - p)) <= 4 * sigma, $"kept {fraction:F4}, expected {1 - p} ± {4 * sigma:F4}");
            Assert.Equal(0, repeats); // a fresh mask per call
        }

        [Fact]
        public void Dropout_training_is_reproducible_from_the_seed()
        {
            var c = Case("dropout");
            var inputs = c.Doubles("inputs");
            var targets = c.Doubles("targets");
            var a = new ModDropoutF64(11);
            var b = new ModDropoutF64(11);
            var other = new ModDropoutF64(12);
            a.Parameters.CopyTo(other.Parameters); // same start, another dropout stream
            var lossesA = Enumerable.Range(0, 30).Select(_ => a.TrainStep(inputs, targets)).ToArray();
            var lossesB = Enumerable.Range(0, 30).Select(_ => b.TrainStep(inputs, targets)).ToArray();
            var lossesOther = Enumerable.Range(0, 30).Select(_ => other.TrainStep(inputs, targets)).ToArray();
            Assert.Equal(lossesA, lossesB);
            Assert.Equal(a.Parameters.ToArray(), b.Parameters.ToArray());
            Assert.NotEqual(lossesA, lossesOther);
        }

        [Fact]
        public void Dropout_with_p_zero_trains_exactly_as_no_dropout()
        {
            var with = new ModDropoutZero();
            var without = new ModNoDropout();
            Assert.Equal(without.Parameters.ToArray(), with.Parameters.ToArray());
            var random = new DeterministicRandom(21);
            var x = Enumerable.Range(0, 16 * 3).Select(_ => random.NextNormal(0, 1)).ToArray();
            var y = Enumerable.Range(0, 16).Select(i => Math.Sin(x[3 * i]) + x[3 * i + 1] * x[3 * i + 2]).ToArray();
            for (int i = 0; i < 25; i++)
            {
                Assert.Equal(without.TrainStep(x, y), with.TrainStep(x, y));
            }

            Assert.Equal(without.Parameters.ToArray(), with.Parameters.ToArray());
        }

        // ---------------------------------------------------------------- Standardize

        [Fact] public void Standardize_matches_pytorch_per_row_double() => StandardizeMatches<ModStandardizePerRowF64, double>(ModStandardizePerRowF64.ParameterLayout, (n, x) => n.Adapt(x));

        [Fact] public void Standardize_matches_pytorch_batch_major_double() => StandardizeMatches<ModStandardizeBatchMajorF64, double>(ModStandardizeBatchMajorF64.ParameterLayout, (n, x) => n.Adapt(x));

        [Fact] public void Standardize_matches_pytorch_per_row_float() => StandardizeMatches<ModStandardizePerRowF32, float>(ModStandardizePerRowF32.ParameterLayout, (n, x) => n.Adapt(x));

        [Fact] public void Standardize_matches_pytorch_batch_major_float() => StandardizeMatches<ModStandardizeBatchMajorF32, float>(ModStandardizeBatchMajorF32.ParameterLayout, (n, x) => n.Adapt(x));

        private static void StandardizeMatches<TNet, T>(ParameterLayout layout, Action<TNet, T[]> adapt) where TNet : INeuralNetwork<T>, new() where T : IFloatingPointIeee754<T>
        {
            var c = Case("standardize");
            var state = c.StateDict();
            var inputs = c.Values<T>("inputs");
            var targets = c.Values<T>("targets");
            var net = new TNet();

            // Before Adapt: mean 0, std 1.
            Assert.All(Tensor<T>(net, layout, "0.mean"), v => Assert.Equal(0.0, v));
            Assert.All(Tensor<T>(net, layout, "0.std"), v => Assert.Equal(1.0, v));

            // Adapt gives the population statistics; then only the Linear parameters come from PyTorch.
            adapt(net, inputs);
            Close.All(state["0.mean"].Values, Tensor<T>(net, layout, "0.mean"), Out<T>().Abs, Out<T>().Rel, "Adapt mean");
            Close.All(state["0.std"].Values, Tensor<T>(net, layout, "0.std"), Out<T>().Abs, Out<T>().Rel, "Adapt std");
            foreach (var tensor in layout.Tensors.Where(t => t.Kind == ParameterTensorKind.Parameter))
            {
                var values = state[tensor.Name].Values;
                for (int i = 0; i < values.Length; i++)
                {
                    net.Parameters[tensor.Offset + i] = T.CreateChecked(values[i]);
                }
            }

            Close.All(c.Doubles("outputs"), Predictions(net, inputs), Out<T>().Abs, Out<T>().Rel, "standardize outputs");
            Close.All(c.Doubles("eval_outputs"), Predictions(net, c.Values<T>("eval_inputs")), Out<T>().Abs, Out<T>().Rel, "standardize eval outputs");
            Near(Out<T>(), c.GetProperty("loss").GetDouble(), net.EvaluateLoss(inputs, targets), "standardize EvaluateLoss");
            Near(Out<T>(), c.GetProperty("loss").GetDouble(), net.ComputeGradients(inputs, targets), "standardize ComputeGradients loss");
            GradientsMatch(net, layout, c, "standardize");
        }

        [Fact]
        public void Standardize_gradients_match_central_differences_on_both_strategies()
        {
            var c = Case("standardize");
            var inputs = c.Doubles("inputs");
            var targets = c.Doubles("targets");
            foreach (var (net, layout) in new (INeuralNetwork<double>, ParameterLayout)[]
            {
                (new ModStandardizePerRowF64(), ModStandardizePerRowF64.ParameterLayout),
                (new ModStandardizeBatchMajorF64(), ModStandardizeBatchMajorF64.ParameterLayout),
            })
            {
                SetState<double>(net, layout, c.StateDict());
                net.ComputeGradients(inputs, targets);
                CentralDifferencesMatch(net, () => net.EvaluateLoss(inputs, targets), net.Gradients.ToArray(), net.GetType().Name);
            }
        }

        [Fact]
        public void Standardize_adapt_with_bad_input_throws_and_changes_nothing()
        {
            var net = new ModStandardizePerRowF64();
            var c = Case("standardize");
            net.Adapt(c.Doubles("inputs"));
            var stored = Stored<double>(net).ToArray();
            Assert.Throws<ArgumentException>(() => net.Adapt(ReadOnlySpan<double>.Empty));
            Assert.Throws<ArgumentException>(() => net.Adapt(new double[] { 1, 2, 3, 4 }));
            Assert.Throws<ArgumentException>(() => net.Adapt(new double[] { 1, 2, 3, 4, double.NaN, 6 }));
            Assert.Throws<ArgumentException>(() => net.Adapt(new double[] { 1, 2, 3, 4, 5, double.PositiveInfinity }));
            var error = Assert.Throws<ArgumentException>(() => net.Adapt(new double[] { 1, 2, 3, 4, 5, double.NegativeInfinity }));
            Assert.True(error.Message.Length <= 1024);
            Assert.Equal(stored, Stored<double>(net));
        }

        [Fact]
        public void Standardize_constant_feature_gets_std_one()
        {
            var net = new ModStandardizeBatchMajorF64();
            net.Adapt(new double[] { 1, 7, -3, 2, 7, -3, 3, 7, -3, 4, 7, -3 });
            var layout = ModStandardizeBatchMajorF64.ParameterLayout;
            Assert.Equal(new[] { 2.5, 7, -3 }, Tensor<double>(net, layout, "0.mean"));
            Assert.Equal(new[] { Math.Sqrt(1.25), 1, 1 }, Tensor<double>(net, layout, "0.std"));
        }

        [Fact]
        public void Standardize_makes_features_of_scales_1e3_and_1e_minus_3_learnable()
        {
            var random = new DeterministicRandom(5);
            const int rows = 64;
            var x = new double[rows * 2];
            var y = new double[rows];
            for (int r = 0; r < rows; r++)
            {
                double a = random.NextDouble() * 2 - 1;
                double b = random.NextDouble() * 2 - 1;
                x[2 * r] = 1000 * a;
                x[2 * r + 1] = 0.001 * b;
                y[r] = a - b * b; // needs both features
            }

            var with = new ModScaledWith();
            var without = new ModScaledWithout();
            // Before Adapt, Standardize is the identity (mean 0, std 1): the twins predict the same.
            var before = new double[rows];
            var beforeWithout = new double[rows];
            with.PredictBatch(x, before);
            without.PredictBatch(x, beforeWithout);
            Assert.Equal(beforeWithout, before);

            with.Adapt(x);
            with.Fit(x, y, epochs: 300, batchSize: rows, shuffle: false);
            without.Fit(x, y, epochs: 300, batchSize: rows, shuffle: false);
            double lossWith = with.EvaluateLoss(x, y);
            double lossWithout = without.EvaluateLoss(x, y);
            _output.WriteLine($"MSE after 300 full-batch Adam epochs: with Standardize {lossWith:R}, without {lossWithout:R}, ratio {lossWithout / lossWith:F1}");
            Assert.True(lossWith * 30 < lossWithout, $"loss with Standardize {lossWith:R}, without {lossWithout:R}");
        }

        // ---------------------------------------------------------------- Named modules

        [Fact]
        public void Named_layers_take_their_names_and_load_pytorchs_file()
        {
            Assert.Equal(new[] { "fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias" }, ModNamedF64.ParameterLayout.Tensors.Select(t => t.Name));
            var c = Case("named");
            var net = new ModNamedF64();
            net.Load(PathOf("modules_named.safetensors"));
            Close.All(c.Doubles("eval_outputs"), Predictions(net, c.Doubles("eval_inputs")), 1e-14, 1e-12, "named eval outputs");
        }

        // ---------------------------------------------------------------- Save/Load with buffers (Checkpoint)

        private static void LoadsFile(INeuralNetwork<double> net, Action<string> load, string name)
        {
            var s = Case(name).GetProperty("safetensors");
            load(PathOf(s.GetProperty("file").GetString()!));
            Close.All(s.Doubles("outputs"), Predictions(net, s.Doubles("inputs")), 1e-14, 1e-12, name + " file outputs");
        }

        [Fact]
        public void Loads_pytorchs_layernorm_dropout_and_standardize_files_and_predicts_its_outputs()
        {
            var perRow = new ModStandardizePerRowF64();
            LoadsFile(perRow, perRow.Load, "standardize");
            Close.All(Case("standardize").StateDict()["0.std"].Values, Tensor<double>(perRow, ModStandardizePerRowF64.ParameterLayout, "0.std"), 1e-6, 1e-6, "loaded std");
            var batchMajor = new ModStandardizeBatchMajorF64();
            LoadsFile(batchMajor, batchMajor.Load, "standardize");
            var ln = new ModLayerNormF64();
            LoadsFile(ln, ln.Load, "layernorm");
            var dropout = new ModDropoutF64();
            LoadsFile(dropout, dropout.Load, "dropout");
        }

        // Needs Checkpoint to read the I64 num_batches_tracked (the coordinator's part of issue 13).
        [Fact]
        public void Loads_pytorchs_batchnorm_file_with_its_i64_counter_and_predicts_its_outputs()
        {
            var bn = new ModBatchNormF64();
            LoadsFile(bn, bn.Load, "batchnorm");
            Assert.Equal(3.0, Tensor<double>(bn, ModBatchNormF64.ParameterLayout, "1.num_batches_tracked").Single());
        }

        // Needs Checkpoint to write the I64 num_batches_tracked (the coordinator's part of issue 13).
        [Fact]
        public void Save_then_load_round_trips_batchnorm_buffers_bit_exactly_with_an_i64_counter()
        {
            var c = Case("batchnorm");
            var net = new ModBatchNormF64(3);
            foreach (var step in c.GetProperty("steps").EnumerateArray())
            {
                net.TrainStep(step.Doubles("inputs"), step.Doubles("targets"));
            }

            using var stream = new MemoryStream();
            net.Save(stream);
            var header = SafetensorsHeader(stream.ToArray());
            Assert.Equal("I64", header["1.num_batches_tracked"].Dtype);
            Assert.Empty(header["1.num_batches_tracked"].Shape);
            Assert.Equal("F64", header["1.running_mean"].Dtype);
            stream.Position = 0;
            var copy = new ModBatchNormF64(4);
            copy.Load(stream);
            Assert.Equal(Stored<double>(net), Stored<double>(copy));
        }

        [Fact]
        public void Save_then_load_round_trips_standardize_buffers_bit_exactly_across_strategies()
        {
            var standardized = new ModStandardizeBatchMajorF32(1);
            standardized.Adapt(Case("standardize").Values<float>("inputs"));
            using var stream = new MemoryStream();
            standardized.Save(stream);
            var header = SafetensorsHeader(stream.ToArray());
            Assert.Equal(new[] { 3 }, header["0.mean"].Shape);
            Assert.Equal("F32", header["0.std"].Dtype);
            stream.Position = 0;
            var copy = new ModStandardizePerRowF32(2); // the same state_dict, another strategy
            copy.Load(stream);
            Assert.Equal(Stored<float>(standardized), Stored<float>(copy));
        }

        // ---------------------------------------------------------------- Allocations

        [Fact] public void LayerNorm_network_allocates_nothing_per_step() => AllocatesNothing(new ModLayerNormF32(), Case("layernorm"));

        [Fact] public void BatchNorm_network_allocates_nothing_per_step_after_its_largest_batch() => AllocatesNothing(new ModBatchNormF64(), Case("batchnorm"));

        [Fact] public void Dropout_network_allocates_nothing_per_step() => AllocatesNothing(new ModDropoutF32(), Case("dropout"));

        [Fact] public void Standardize_per_row_network_allocates_nothing_per_step() => AllocatesNothing(new ModStandardizePerRowF64(), Case("standardize"));

        [Fact] public void Standardize_batch_major_network_allocates_nothing_per_step() => AllocatesNothing(new ModStandardizeBatchMajorF32(), Case("standardize"));

        private static void AllocatesNothing<T>(INeuralNetwork<T> net, System.Text.Json.JsonElement c) where T : IFloatingPointIeee754<T>
        {
            var inputs = c.Values<T>("inputs");
            var targets = c.Values<T>("targets");
            // The largest batch first (BatchNorm grows its scratch to it), then a smaller one.
            var fewerInputs = inputs.AsSpan(0, 2 * net.InputSize).ToArray();
            var fewerTargets = targets.AsSpan(0, 2 * net.OutputSize).ToArray();
            var outputs = new T[targets.Length];
            var one = new T[net.OutputSize];
            // The warm-up's first step grows a BatchNorm network's whole-batch scratch to the larger batch.
            Assert.Equal(0, Allocations.Least(
                () =>
                {
                    net.TrainStep(inputs, targets);
                    net.TrainStep(fewerInputs, fewerTargets);
                },
                times: 500));
            Assert.Equal(0, Allocations.Least(
                () =>
                {
                    net.PredictBatch(inputs, outputs);
                    net.Predict(inputs.AsSpan(0, net.InputSize), one);
                    net.EvaluateLoss(inputs, targets);
                },
                times: 500));
        }
    }
}
