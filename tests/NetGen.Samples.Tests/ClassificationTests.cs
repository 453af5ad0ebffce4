using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using NetGen.Samples.Classification;

namespace NetGen.Samples.Tests
{
    public sealed class ClassificationTests
    {
        [Fact]
        public void TheShippedDataIsTheUciDigits()
        {
            LabelledRows all = Digits.Load();

            Assert.Equal(1797, all.Count);
            Assert.Equal(1797 * 64, all.Features.Length);
            Assert.All(all.Features, v => Assert.InRange(v, 0f, 16f));
            // The class counts UCI lists for optdigits.tes, the 1797 rows scikit-learn ships as load_digits.
            Assert.Equal(new[] { 178, 182, 177, 183, 181, 182, 181, 179, 174, 180 },
                Enumerable.Range(0, 10).Select(c => all.Labels.Count(l => l == c)));
        }

        [Fact]
        public void TheSplitIsADisjointStratifiedPartitionThatDependsOnTheSeed()
        {
            int[] labels = Digits.Load().Labels;

            Split split = Digits.StratifiedSplit(labels, 0.2, 0.2, seed: 0);

            int[] every = split.Train.Concat(split.Validation).Concat(split.Test).Order().ToArray();
            Assert.Equal(Enumerable.Range(0, labels.Length), every);
            for (int c = 0; c < 10; c++)
            {
                int inClass = labels.Count(l => l == c);
                int expected = (int)Math.Round(inClass * 0.2, MidpointRounding.AwayFromZero);
                Assert.Equal(expected, split.Test.Count(i => labels[i] == c));
                Assert.Equal(expected, split.Validation.Count(i => labels[i] == c));
            }

            Assert.Equal(split.Test, Digits.StratifiedSplit(labels, 0.2, 0.2, seed: 0).Test);
            Assert.NotEqual(split.Test, Digits.StratifiedSplit(labels, 0.2, 0.2, seed: 1).Test);
        }

        [Fact]
        public void DefaultRunStandardisesWithTrainingStatisticsStopsEarlyAndClassifiesTheTestDigits()
        {
            using var folder = new TempFolder();
            var log = new StringWriter();
            var options = new ClassificationOptions { OutputFolder = folder.Path };

            ClassificationResult result = ClassificationSample.Run(options, log);

            // Standardisation: the mean and population deviation of the raw training rows, recomputed here.
            LabelledRows all = Digits.Load();
            LabelledRows rawTrain = all.Select(result.Split.Train);
            int constantFeatures = 0;
            for (int j = 0; j < 64; j++)
            {
                double[] column = Enumerable.Range(0, rawTrain.Count).Select(r => (double)rawTrain.Features[r * 64 + j]).ToArray();
                double mean = column.Average();
                double deviation = Math.Sqrt(column.Select(v => (v - mean) * (v - mean)).Average());
                Assert.Equal(mean, result.Standardizer.Mean[j], 1e-9);
                Assert.Equal(deviation, result.Standardizer.StandardDeviation[j], 1e-9);
                constantFeatures += deviation == 0 ? 1 : 0;
            }

            // The digits have always-blank corner pixels: a constant feature is 0 in every part, even where a test row inks it.
            Assert.True(constantFeatures > 0, "Expected constant pixels on the training rows.");
            LabelledRows test = result.Standardizer.Transform(all.Select(result.Split.Test));
            for (int j = 0; j < 64; j++)
            {
                if (result.Standardizer.StandardDeviation[j] == 0)
                {
                    Assert.All(Enumerable.Range(0, test.Count), r => Assert.Equal(0f, test.Features[r * 64 + j]));
                }
            }

            // Accuracy, recomputed from the trained network's outputs.
            var output = new float[10];
            int correct = 0;
            var confusion = new int[10, 10];
            for (int r = 0; r < test.Count; r++)
            {
                result.Network.Predict(test.Features.AsSpan(r * 64, 64), output);
                int predicted = Array.IndexOf(output, output.Max());
                correct += predicted == test.Labels[r] ? 1 : 0;
                confusion[test.Labels[r], predicted]++;
            }

            double accuracy = (double)correct / test.Count;
            Assert.Equal(accuracy, result.TestAccuracy, 12);
            Assert.True(accuracy > 0.9, $"Test accuracy {accuracy} (chance: 0.1).");
            Assert.Equal(confusion, result.ConfusionMatrix);
            Assert.Equal(Enumerable.Range(0, 10).Select(c => test.Labels.Count(l => l == c)),
                Enumerable.Range(0, 10).Select(c => Enumerable.Range(0, 10).Sum(p => result.ConfusionMatrix[c, p])));

            // Early stopping: the network holds the best epoch's weights, whose validation loss is the minimum reported.
            TrainingHistory history = result.History;
            int epochs = history.TrainLosses.Length;
            Assert.Equal(epochs, history.ValidationLosses.Length);
            Assert.Equal(epochs, history.ValidationAccuracies.Length);
            Assert.True(history.StoppedEarly, $"The default run should stop early; it ran {epochs} epochs.");
            Assert.Equal(history.BestEpoch + options.Patience, epochs);
            Assert.Equal(history.ValidationLosses.Min(), history.ValidationLosses[history.BestEpoch - 1]);
            LabelledRows validation = result.Standardizer.Transform(all.Select(result.Split.Validation));
            float[] oneHot = new float[validation.Count * 10];
            for (int r = 0; r < validation.Count; r++)
            {
                oneHot[r * 10 + validation.Labels[r]] = 1;
            }

            Assert.Equal(history.ValidationLosses[history.BestEpoch - 1], result.Network.EvaluateLoss(validation.Features, oneHot));
            Assert.Equal(history.ValidationAccuracies[history.BestEpoch - 1], result.ValidationAccuracy, 12);
            Assert.True(history.TrainLosses[^1] < history.TrainLosses[0] / 10, "The training loss should fall.");

            // Progress lines carry the step schedule: lr 0.003 up to epoch 20, 0.0015 from epoch 21.
            string[] lines = log.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
            Assert.Contains(lines, l => l.StartsWith("epoch  20/100", StringComparison.Ordinal) && l.EndsWith("lr 0.003", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith("epoch  30/100", StringComparison.Ordinal) && l.EndsWith("lr 0.0015", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith("Stopped early after epoch", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith("Accuracy: train", StringComparison.Ordinal));
            int header = Array.FindIndex(lines, l => l.StartsWith("Test confusion matrix", StringComparison.Ordinal));
            Assert.True(header >= 0, "No confusion matrix printed.");
            for (int c = 0; c < 10; c++)
            {
                int[] printed = lines[header + 2 + c].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();
                Assert.Equal(c, printed[0]);
                Assert.Equal(Enumerable.Range(0, 10).Select(p => result.ConfusionMatrix[c, p]), printed[1..]);
            }

            Assert.Equal(new[] { "classification-curves.png", "classification-confusion.png" }, result.Plots.Select(Path.GetFileName));
            foreach (string png in result.Plots)
            {
                PngAssert.IsPicture(png, folder.Path);
            }
        }

        [Fact]
        public void TheSameSeedGivesTheSameRun()
        {
            using var folder = new TempFolder();
            var options = new ClassificationOptions { Epochs = 3, OutputFolder = folder.Path };

            ClassificationResult first = ClassificationSample.Run(options, TextWriter.Null);
            ClassificationResult second = ClassificationSample.Run(options, TextWriter.Null);

            Assert.Equal(first.History.TrainLosses, second.History.TrainLosses);
            Assert.Equal(first.History.ValidationLosses, second.History.ValidationLosses);
            Assert.Equal(first.Network.Parameters.ToArray(), second.Network.Parameters.ToArray());
        }

        [Fact]
        public void MainParsesItsOptionsAndRejectsBadValues()
        {
            using var folder = new TempFolder();
            string output = Path.Combine(folder.Path, "nested");

            int exitCode = Program.Main(new[] { "--epochs", "3", "--seed=2", "--lr", "0.01", "--patience", "2", "--batch-size", "64", "--step-size", "1", "--gamma", "0.9", "--out", output });

            Assert.Equal(0, exitCode);
            Assert.True(File.Exists(Path.Combine(output, "classification-curves.png")));
            Assert.True(File.Exists(Path.Combine(output, "classification-confusion.png")));
            Assert.Equal(2, Program.Main(new[] { "--gamma", "1.5", "--out", output }));
            Assert.Equal(2, Program.Main(new[] { "--lr", "0", "--out", output }));
        }

        [Theory]
        [InlineData("1,2,3", "line 2: 3 fields")]
        [InlineData("17" + Pixels63 + ",4", "line 2, field 1: '17'")]
        [InlineData("0" + Pixels63 + ",10", "line 2, field 65: '10'")]
        [InlineData("-1" + Pixels63 + ",4", "line 2, field 1: '-1'")]
        [InlineData("x" + Pixels63 + ",4", "line 2, field 1: 'x'")]
        public void ParseNamesTheBadLine(string badLine, string expected)
        {
            using var gzip = Compress("0" + Pixels63 + ",3\n" + badLine + "\n");

            var error = Assert.Throws<InvalidDataException>(() => Digits.Parse(gzip));

            Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        }

        private const string Pixels63 = ",0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0";

        private static MemoryStream Compress(string text)
        {
            var stream = new MemoryStream();
            using (var gzip = new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true))
            {
                gzip.Write(Encoding.UTF8.GetBytes(text));
            }

            stream.Position = 0;
            return stream;
        }
    }
}
