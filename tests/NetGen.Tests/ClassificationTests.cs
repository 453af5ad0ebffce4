using System;
using System.Linq;
using System.Numerics;
using NetGen.Runtime;
using NetGen.Tests.Networks;

namespace NetGen.Tests
{
    /// <summary>
    /// The classification members on each training strategy and element type: class indices against the targets built
    /// here (one-hot rows, or 0 and 1 for a single sigmoid), PredictClass and Accuracy against an argmax written here,
    /// and every bad-target case.
    /// </summary>
    public abstract class ClassifierContract<TNet, T>
        where TNet : IClassifier<T>, new()
        where T : struct, IFloatingPointIeee754<T>
    {
        private const int Rows = 37; // more than one 32-row chunk of the batch-major path

        private static readonly TNet Shape = new();

        private static int OutputSize => Shape.OutputSize;

        private static int InputSize => Shape.InputSize;

        /// <summary>Classes a row can have: OutputSize, or 0 and 1 for a single sigmoid output.</summary>
        private static int ClassCount => OutputSize == 1 ? 2 : OutputSize;

        private static T[] Inputs(int rows, int seed)
        {
            var random = new DeterministicRandom(seed);
            return Enumerable.Range(0, rows * InputSize).Select(_ => T.CreateChecked(random.NextNormal(0, 1))).ToArray();
        }

        private static int[] Classes(int rows, int seed)
        {
            var random = new DeterministicRandom(seed);
            return Enumerable.Range(0, rows).Select(_ => (int)(random.NextDouble() * ClassCount) % ClassCount).ToArray();
        }

        /// <summary>Classes a network can learn: the index of the largest of each row's first ClassCount inputs.</summary>
        private static int[] LearnableClasses(T[] inputs)
            => Enumerable.Range(0, inputs.Length / InputSize).Select(r => ReferenceClass(inputs.AsSpan(r * InputSize, ClassCount).ToArray(), argmaxOnly: true)).ToArray();

        /// <summary>The targets the classes stand for, built independently of NetGen.Runtime.Classification.</summary>
        private static T[] Targets(int[] classes)
        {
            var targets = new T[classes.Length * OutputSize];
            for (int r = 0; r < classes.Length; r++)
            {
                if (OutputSize == 1)
                {
                    targets[r] = classes[r] == 1 ? T.One : T.Zero;
                }
                else
                {
                    targets[r * OutputSize + classes[r]] = T.One;
                }
            }

            return targets;
        }

        /// <summary>The reference class of one output row: the first maximum, or p ≥ 0.5 for a single sigmoid.</summary>
        private static int ReferenceClass(T[] output, bool argmaxOnly = false)
        {
            if (output.Length == 1 && !argmaxOnly)
            {
                return double.CreateChecked(output[0]) >= 0.5 ? 1 : 0;
            }

            int best = 0;
            for (int k = 1; k < output.Length; k++)
            {
                if (output[k] > output[best])
                {
                    best = k;
                }
            }

            return best;
        }

        [Fact]
        public void Class_indices_give_exactly_the_loss_gradients_and_parameters_of_their_targets()
        {
            var byClass = new TNet();
            var byTarget = new TNet();
            for (int step = 0; step < 6; step++)
            {
                var x = Inputs(Rows, 100 + step);
                var classes = Classes(Rows, 200 + step);
                var targets = Targets(classes);

                Assert.Equal(byTarget.EvaluateLoss(x, targets), byClass.EvaluateLoss(x, classes));
                Assert.Equal(byTarget.ComputeGradients(x, targets), byClass.ComputeGradients(x, classes));
                Assert.Equal(byTarget.Gradients.ToArray(), byClass.Gradients.ToArray());
                Assert.Equal(byTarget.TrainStep(x, targets), byClass.TrainStep(x, classes));
                Assert.Equal(byTarget.Parameters.ToArray(), byClass.Parameters.ToArray());
            }

            // The steps did train (a test of equal parameters must not pass on two frozen networks).
            Assert.NotEqual(new TNet().Parameters.ToArray(), byClass.Parameters.ToArray());
        }

        [Fact]
        public void Fit_with_class_indices_gives_exactly_the_run_of_their_targets()
        {
            var x = Inputs(Rows, 7);
            var classes = Classes(Rows, 8);
            var byClass = new TNet();
            var byTarget = new TNet();

            var classLosses = byClass.Fit(x, classes, epochs: 4, batchSize: 8, seed: 3);
            var targetLosses = byTarget.Fit(x, Targets(classes), epochs: 4, batchSize: 8, seed: 3);

            Assert.Equal(targetLosses, classLosses);
            Assert.Equal(byTarget.Parameters.ToArray(), byClass.Parameters.ToArray());
            Assert.NotEqual(new TNet().Parameters.ToArray(), byClass.Parameters.ToArray());
        }

        [Fact]
        public void Fit_with_options_and_class_indices_gives_exactly_the_run_of_their_targets()
        {
            var x = Inputs(Rows, 7);
            var classes = Classes(Rows, 8);
            var validationX = Inputs(11, 9);
            var validationClasses = Classes(11, 10);
            var byClass = new TNet();
            var byTarget = new TNet();
            FitOptions Options() => new() { Epochs = 5, BatchSize = 8, Seed = 3, Schedule = LearningRateSchedule.Step(2, 0.5), Patience = 2 };

            var classResult = byClass.Fit(x, classes, Options(), validationX, validationClasses);
            var targetResult = byTarget.Fit(x, Targets(classes), Options(), validationX, Targets(validationClasses));

            Assert.Equal(targetResult.TrainLosses.ToArray(), classResult.TrainLosses.ToArray());
            Assert.Equal(targetResult.ValidationLosses.ToArray(), classResult.ValidationLosses.ToArray());
            Assert.Equal(targetResult.ValidationAccuracies.ToArray(), classResult.ValidationAccuracies.ToArray());
            Assert.Equal(targetResult.BestEpoch, classResult.BestEpoch);
            Assert.Equal(byTarget.Parameters.ToArray(), byClass.Parameters.ToArray());
            Assert.NotEqual(new TNet().Parameters.ToArray(), byClass.Parameters.ToArray());

            // Without validation data the overload trains on the classes alone, as the targets overload does.
            var plain = new TNet();
            var plainTargets = new TNet();
            var plainResult = plain.Fit(x, classes, new FitOptions { Epochs = 2, BatchSize = 8, Seed = 3 });
            plainTargets.Fit(x, Targets(classes), new FitOptions { Epochs = 2, BatchSize = 8, Seed = 3 });
            Assert.Empty(plainResult.ValidationLosses);
            Assert.Equal(plainTargets.Parameters.ToArray(), plain.Parameters.ToArray());
        }

        [Fact]
        public void A_class_out_of_range_throws_naming_the_row_and_changes_nothing()
        {
            var net = new TNet();
            var x = Inputs(Rows, 1);
            foreach (int bad in new[] { -1, ClassCount, int.MaxValue, int.MinValue })
            {
                var classes = Classes(Rows, 2);
                classes[5] = bad;
                var before = net.Parameters.ToArray();
                var gradients = net.Gradients.ToArray();

                AssertRow5(Assert.Throws<ArgumentOutOfRangeException>(() => net.TrainStep(x, classes)));
                AssertRow5(Assert.Throws<ArgumentOutOfRangeException>(() => net.ComputeGradients(x, classes)));
                AssertRow5(Assert.Throws<ArgumentOutOfRangeException>(() => net.EvaluateLoss(x, classes)));
                AssertRow5(Assert.Throws<ArgumentOutOfRangeException>(() => net.Fit(x, classes, 2, 4)));
                AssertRow5(Assert.Throws<ArgumentOutOfRangeException>(() => net.Accuracy(x, classes)));
                AssertRow5(Assert.Throws<ArgumentOutOfRangeException>(() => net.Fit(x, classes, new FitOptions { Epochs = 1 })));
                var validation = Assert.Throws<ArgumentOutOfRangeException>(() => net.Fit(x, Classes(Rows, 2), new FitOptions { Epochs = 1 }, x, classes));
                Assert.StartsWith("Row 5: class ", validation.Message);

                Assert.Equal(before, net.Parameters.ToArray());
                Assert.Equal(gradients, net.Gradients.ToArray());
            }

            static void AssertRow5(ArgumentOutOfRangeException e)
            {
                Assert.Equal("classes", e.ParamName);
                Assert.StartsWith("Row 5: class ", e.Message);
            }
        }

        [Fact]
        public void A_wrong_number_of_classes_says_one_per_row()
        {
            var net = new TNet();
            var x = Inputs(Rows, 1);
            var classes = Classes(Rows - 1, 2);

            foreach (var call in new Action[]
            {
                () => net.TrainStep(x, classes),
                () => net.ComputeGradients(x, classes),
                () => net.EvaluateLoss(x, classes),
                () => net.Fit(x, classes, 1, 4),
                () => net.Accuracy(x, classes),
            })
            {
                var e = Assert.Throws<ArgumentException>(call);
                Assert.StartsWith($"Expected {Rows} class indices (one per row of inputs) but got {Rows - 1}.", e.Message);
            }
        }

        [Fact]
        public void PredictClass_and_Accuracy_match_a_reference_argmax()
        {
            var net = new TNet();
            var train = Inputs(Rows, 30);
            net.Fit(train, LearnableClasses(train), epochs: 20, batchSize: 8);
            var x = Inputs(Rows, 32);
            var classes = LearnableClasses(x);
            var output = new T[OutputSize];
            int correct = 0;
            var seen = new bool[ClassCount];
            for (int r = 0; r < Rows; r++)
            {
                var row = x.AsSpan(r * InputSize, InputSize);
                net.Predict(row, output);
                int expected = ReferenceClass(output);
                seen[expected] = true;
                Assert.Equal(expected, net.PredictClass(row));
                correct += expected == classes[r] ? 1 : 0;
            }

            Assert.Equal((double)correct / Rows, net.Accuracy(x, classes));
            Assert.True(seen.Count(s => s) >= 2, "the reference predictions should not all be one class");
        }

        [Fact]
        public void Class_index_members_PredictClass_and_Accuracy_allocate_nothing()
        {
            var net = new TNet();
            var x = Inputs(Rows, 40);
            var classes = Classes(Rows, 41);
            for (int i = 0; i < 200; i++)
            {
                Run();
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 200; i++)
            {
                Run();
            }

            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);

            void Run()
            {
                net.TrainStep(x, classes);
                net.ComputeGradients(x, classes);
                net.EvaluateLoss(x, classes);
                net.PredictClass(x.AsSpan(0, InputSize));
                net.Accuracy(x, classes);
            }
        }

        [Fact]
        public void Bad_targets_throw_naming_the_row_before_any_change()
        {
            var x = Inputs(Rows, 50);
            var good = Targets(Classes(Rows, 51));
            foreach (var bad in BadTargets(good))
            {
                var net = new TNet();
                var before = net.Parameters.ToArray();
                foreach (var call in new Func<object>[]
                {
                    () => net.TrainStep(x, bad),
                    () => net.ComputeGradients(x, bad),
                    () => net.EvaluateLoss(x, bad),
                    () => net.Fit(x, bad, 2, 4),
                })
                {
                    var e = Assert.Throws<ArgumentException>(() => call());
                    Assert.Equal("targets", e.ParamName);
                    Assert.Contains("row 9 ", e.Message);
                    Assert.True(e.Message.Length < 300, e.Message);
                }

                Assert.Equal(before, net.Parameters.ToArray());
                Assert.Equal(0, new TNet().Gradients.ToArray().Count(g => g != T.Zero) - net.Gradients.ToArray().Count(g => g != T.Zero));
            }
        }

        /// <summary>Targets wrong at row 9 only: outside [0, 1] for BCE; a negative entry or a bad sum for cross-entropy.</summary>
        private static T[][] BadTargets(T[] good)
        {
            T[] With(params (int Column, double Value)[] changes)
            {
                var bad = (T[])good.Clone();
                foreach (var (column, value) in changes)
                {
                    bad[9 * OutputSize + column] = T.CreateChecked(value);
                }

                return bad;
            }

            if (OutputSize == 1)
            {
                return new[] { With((0, 1.5)), With((0, -0.1)), With((0, 2)) };
            }

            double over = 1 + 2 * double.CreateChecked(Classification.RowSumTolerance<T>(OutputSize));
            return new[]
            {
                With((0, 1.5), (1, -0.5)), // sums to 1 but holds a negative
                With((0, 0.3), (1, 0.3), (2, 0.3)), // sums to 0.9 (the rest of the row zero)
                With((0, 2)), // class index 2 written into a one-hot column: sums to 2 or 3
                With((0, over)),
                Zeroed(),
            };

            T[] Zeroed()
            {
                var bad = (T[])good.Clone();
                bad.AsSpan(9 * OutputSize, OutputSize).Clear();
                return bad;
            }
        }

        [Fact]
        public void Probability_rows_and_targets_within_the_tolerance_train()
        {
            var net = new TNet();
            var x = Inputs(4, 60);
            var targets = new T[4 * OutputSize];
            for (int r = 0; r < 4; r++)
            {
                for (int k = 0; k < OutputSize; k++)
                {
                    // Soft rows (label smoothing) for cross-entropy; 0.25, 0.5, 0.75, 1 for a single sigmoid.
                    targets[r * OutputSize + k] = OutputSize == 1 ? T.CreateChecked((r + 1) / 4.0) : T.CreateChecked(1.0 / OutputSize);
                }
            }

            if (OutputSize > 1)
            {
                // Off 1 by half the tolerance: accepted.
                targets[0] += T.CreateChecked(0.5 * double.CreateChecked(Classification.RowSumTolerance<T>(OutputSize)));
            }

            var before = net.Parameters.ToArray();
            T loss = net.TrainStep(x, targets);
            Assert.True(T.IsFinite(loss));
            Assert.NotEqual(before, net.Parameters.ToArray());
        }

        [Fact]
        public void A_wrong_target_length_says_what_is_expected()
        {
            var net = new TNet();
            var x = Inputs(10, 70);
            var e = Assert.Throws<ArgumentException>(() => net.TrainStep(x, new T[10 * OutputSize + 1]));
            if (OutputSize > 1)
            {
                Assert.StartsWith($"Expected {10 * OutputSize} targets (10 rows × {OutputSize} one-hot columns) or 10 class indices but got {10 * OutputSize + 1} values.", e.Message);
                var classes = Assert.Throws<ArgumentException>(() => net.TrainStep(x, new T[10]));
                Assert.StartsWith($"Expected {10 * OutputSize} targets (10 rows × {OutputSize} one-hot columns) or 10 class indices but got 10 values: pass the classes as ReadOnlySpan<int>.", classes.Message);
                Assert.Throws<ArgumentException>(() => net.Fit(x, new T[10], 1, 4));
                Assert.Throws<ArgumentException>(() => net.EvaluateLoss(x, new T[10]));
            }
            else
            {
                Assert.StartsWith("Expected 10 values (10 rows × 1) but got 11.", e.Message);
            }
        }
    }

    public sealed class ClassifierRowsF32Tests : ClassifierContract<Cls_Rows_F32, float> { }

    public sealed class ClassifierRowsF64Tests : ClassifierContract<Cls_Rows_F64, double> { }

    public sealed class ClassifierUncheckedF32Tests : ClassifierContract<Cls_Rows_Unchecked_F32, float> { }

    public sealed class ClassifierBatchF32Tests : ClassifierContract<Cls_Batch_F32, float> { }

    public sealed class ClassifierBatchF64Tests : ClassifierContract<Cls_Batch_F64, double> { }

    public sealed class ClassifierWideInputF32Tests : ClassifierContract<Cls_WideInput_F32, float> { }

    public sealed class BinaryRowsF32Tests : ClassifierContract<Bin_Rows_F32, float> { }

    public sealed class BinaryBatchF64Tests : ClassifierContract<Bin_Batch_F64, double> { }

    /// <summary>The run-time helpers' definitions: ties, NaN, and the sigmoid threshold.</summary>
    public class ClassificationHelperTests
    {
        [Theory]
        [InlineData(new[] { 1.0, 3.0, 2.0 }, 1)]
        [InlineData(new[] { 5.0, 5.0, 2.0 }, 0)] // first maximum on ties, as torch.argmax
        [InlineData(new[] { -1.0, -1.0, -1.0 }, 0)]
        [InlineData(new[] { 1.0, double.NaN, 3.0, double.NaN }, 1)] // a NaN counts as the largest: the first NaN, as torch.argmax
        [InlineData(new[] { double.NegativeInfinity, double.PositiveInfinity, 0.0 }, 1)]
        public void ArgMax_is_torch_argmax(double[] values, int expected)
        {
            Assert.Equal(expected, Classification.ArgMax<double>(values));
            Assert.Equal(expected, Classification.ArgMax<float>(values.Select(v => (float)v).ToArray()));
        }

        [Theory]
        [InlineData(0.5, 1)]
        [InlineData(0.49999999, 0)]
        [InlineData(1.0, 1)]
        [InlineData(0.0, 0)]
        [InlineData(double.NaN, 0)]
        public void BinaryClass_is_p_at_least_one_half(double p, int expected)
            => Assert.Equal(expected, Classification.BinaryClass(p));

        [Fact]
        public void Non_finite_targets_are_left_to_CheckFinite()
        {
            // With CheckFinite on, a NaN target is a NonFiniteValueException (checked first), not a target error.
            var net = new Cls_Rows_F32();
            var targets = new float[3 * 2];
            targets[0] = 1;
            targets[3] = float.NaN;
            Assert.Throws<NonFiniteValueException>(() => net.TrainStep(new float[4 * 2], targets));
            Classification.EnsureProbabilityRows<float>(targets, 3);
            Classification.EnsureUnitInterval<float>(new[] { 0f, float.NaN, 1f }, 1);
        }
    }
}
