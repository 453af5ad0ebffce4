using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using NetGen.Samples.Tabular;

namespace NetGen.Samples.Tests
{
    public sealed class TabularTests
    {
        private const int Width = BreastCancer.FeatureCount;

        [Fact]
        public void TheShippedDataIsTheWisconsinDiagnosticSet()
        {
            LabelledRows all = BreastCancer.Load(out string[] names);

            Assert.Equal(569, all.Count);
            Assert.Equal(569 * Width, all.Features.Length);
            // The class counts and ranges scikit-learn's description (and UCI) list for the data set.
            Assert.Equal(212, all.Labels.Count(l => l == 0));
            Assert.Equal(357, all.Labels.Count(l => l == 1));
            Assert.Equal("mean_area", names[3]);
            Assert.Equal("worst_area", names[23]);
            Assert.Equal((143.5f, 2501f), Range(all, 3));
            Assert.Equal((185.2f, 4254f), Range(all, 23));
            Assert.Equal((0.0008948f, 0.02984f), Range(all, 19));
            // Scales six orders of magnitude apart: the point of the sample.
            Assert.True(Range(all, 23).Max / Range(all, 19).Max > 1e5);
        }

        [Fact]
        public void TheSplitIsADisjointStratifiedPartitionThatDependsOnTheSeed()
        {
            int[] labels = BreastCancer.Load().Labels;

            Split split = BreastCancer.StratifiedSplit(labels, 0.2, 0.2, seed: 0);

            Assert.Equal(Enumerable.Range(0, labels.Length), split.Train.Concat(split.Validation).Concat(split.Test).Order());
            Assert.Equal((42, 71), (split.Test.Count(i => labels[i] == 0), split.Test.Count(i => labels[i] == 1)));
            Assert.Equal((42, 71), (split.Validation.Count(i => labels[i] == 0), split.Validation.Count(i => labels[i] == 1)));
            Assert.Equal(split.Test, BreastCancer.StratifiedSplit(labels, 0.2, 0.2, seed: 0).Test);
            Assert.NotEqual(split.Test, BreastCancer.StratifiedSplit(labels, 0.2, 0.2, seed: 1).Test);
        }

        [Fact]
        public void StandardizeBeatsRawInputsAndSaveLoadKeepsEveryBuffer()
        {
            using var folder = new TempFolder();
            var log = new StringWriter();
            var options = new TabularOptions { OutputFolder = folder.Path };

            TabularResult result = TabularSample.Run(options, log);

            LabelledRows all = BreastCancer.Load();
            LabelledRows train = all.Select(result.Split.Train);
            LabelledRows validation = all.Select(result.Split.Validation);
            LabelledRows test = all.Select(result.Split.Test);
            Assert.Equal(new[] { "A", "B", "C" }, result.Models.Select(m => m.Key));
            ModelResult a = result.Models[0], b = result.Models[1], c = result.Models[2];

            // Test accuracies recomputed from Predict (p ≥ 0.5 is benign, class 1).
            Assert.Equal(TestAccuracy((x, y) => result.Raw.Predict(x, y), test), a.TestAccuracy, 12);
            Assert.Equal(TestAccuracy((x, y) => result.Standardized.Predict(x, y), test), b.TestAccuracy, 12);
            Assert.Equal(TestAccuracy((x, y) => result.Regularized.Predict(x, y), test), c.TestAccuracy, 12);

            // What the sample shows, with margins seed 0 clears (test: A 105/113, B and C 111/113; best validation loss: A 0.125, B 0.090, C 0.065).
            Assert.True(b.TestAccuracy >= a.TestAccuracy + 0.04, $"B {b.TestAccuracy} vs A {a.TestAccuracy}");
            Assert.True(c.TestAccuracy >= a.TestAccuracy + 0.04, $"C {c.TestAccuracy} vs A {a.TestAccuracy}");
            Assert.True(b.BestValidationLoss < 0.8 * a.BestValidationLoss, $"B {b.BestValidationLoss} vs A {a.BestValidationLoss}");
            Assert.True(c.BestValidationLoss < 0.8 * a.BestValidationLoss, $"C {c.BestValidationLoss} vs A {a.BestValidationLoss}");
            Assert.True(b.EpochsRun < a.EpochsRun && c.EpochsRun < a.EpochsRun, "Standardised inputs should reach their best sooner.");

            // Early stopping: each network holds its best epoch's weights, scored in evaluation mode as Fit scored them.
            Assert.Equal(a.ValidationLosses[a.BestEpoch - 1], result.Raw.EvaluateLoss(validation.Features, validation.Labels));
            Assert.Equal(b.ValidationLosses[b.BestEpoch - 1], result.Standardized.EvaluateLoss(validation.Features, validation.Labels));
            Assert.Equal(c.ValidationLosses[c.BestEpoch - 1], result.Regularized.EvaluateLoss(validation.Features, validation.Labels));
            foreach (ModelResult m in result.Models)
            {
                Assert.True(m.StoppedEarly, $"{m.Key} ran all {m.EpochsRun} epochs.");
                Assert.Equal(m.BestEpoch + options.Patience, m.EpochsRun);
                Assert.Equal(m.ValidationLosses.Min(), m.BestValidationLoss);
                Assert.Equal(m.EpochsRun, m.TrainLosses.Length);
            }

            // Predict is evaluation mode: dropout off, so C gives the same output twice.
            var first = new float[1];
            var second = new float[1];
            for (int row = 0; row < test.Count; row++)
            {
                result.Regularized.Predict(test.Features.AsSpan(row * Width, Width), first);
                result.Regularized.Predict(test.Features.AsSpan(row * Width, Width), second);
                Assert.Equal(first[0], second[0]);
            }

            // The saved file holds Standardize's buffers: the training rows' mean and population deviation, recomputed here.
            using var saved = new MemoryStream();
            result.Regularized.Save(saved);
            Dictionary<string, float[]> tensors = ReadSafetensors(saved.ToArray());
            for (int j = 0; j < Width; j++)
            {
                double[] column = Enumerable.Range(0, train.Count).Select(r => (double)train.Features[r * Width + j]).ToArray();
                double mean = column.Average();
                double deviation = Math.Sqrt(column.Select(v => (v - mean) * (v - mean)).Average());
                Assert.Equal(mean, tensors["0.mean"][j], Math.Max(1e-6, Math.Abs(mean) * 1e-5));
                Assert.Equal(deviation, tensors["0.std"][j], Math.Max(1e-6, deviation * 1e-4));
            }

            // Save → Load into a network of another seed: nothing matched before, everything after.
            RoundTrip trip = result.RoundTrip;
            Assert.Equal(saved.Length, trip.Bytes);
            Assert.Equal(RegularizedNet.ParameterLayout.Tensors.Select(t => t.Name), trip.TensorNames);
            Assert.Equal(trip.TensorNames.Order(), tensors.Keys.Order());
            Assert.Contains("0.mean", trip.TensorNames);
            Assert.Contains("0.std", trip.TensorNames);
            Assert.Equal(RegularizedNet.ParameterLayout.Tensors.Count(t => t.Kind != ParameterTensorKind.Parameter), trip.BufferCount);
            Assert.True(trip.BufferCount >= 2);
            Assert.True(trip.MaxDifferenceBeforeLoad > 0.1, $"A fresh network already agrees to {trip.MaxDifferenceBeforeLoad}.");
            Assert.Equal(0, trip.MaxDifference);
            Assert.Equal(test.Count, trip.SameClasses);

            // The table prints each network's figures.
            string[] lines = log.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
            foreach (ModelResult m in result.Models)
            {
                string row = Assert.Single(lines, l => l.StartsWith(m.Key + " " + m.Description, StringComparison.Ordinal));
                string[] cells = row[29..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                Assert.Equal(m.ParameterCount, int.Parse(cells[0]));
                Assert.Equal(m.EpochsRun, int.Parse(cells[1]));
                Assert.Equal(m.BestEpoch, int.Parse(cells[2]));
                Assert.Equal(m.BestValidationLoss, double.Parse(cells[3], System.Globalization.CultureInfo.InvariantCulture), 4);
                Assert.Equal(m.TestAccuracy, double.Parse(cells[6], System.Globalization.CultureInfo.InvariantCulture), 4);
            }

            Assert.Contains(lines, l => l.StartsWith("Save → Load of C", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains("after Load: max |Δ| = 0,", StringComparison.Ordinal));

            Assert.Equal(new[] { "tabular-features.png", "tabular-curves.png" }, result.Plots.Select(Path.GetFileName));
            foreach (string png in result.Plots)
            {
                PngAssert.IsPicture(png, folder.Path);
            }
        }

        [Fact]
        public void TheSameSeedGivesTheSameRun()
        {
            using var folder = new TempFolder();
            var options = new TabularOptions { Epochs = 3, OutputFolder = folder.Path };

            TabularResult first = TabularSample.Run(options, TextWriter.Null);
            TabularResult second = TabularSample.Run(options, TextWriter.Null);

            for (int i = 0; i < 3; i++)
            {
                Assert.Equal(first.Models[i].TrainLosses, second.Models[i].TrainLosses);
                Assert.Equal(first.Models[i].ValidationLosses, second.Models[i].ValidationLosses);
            }

            Assert.Equal(first.Raw.Parameters.ToArray(), second.Raw.Parameters.ToArray());
            Assert.Equal(first.Standardized.Parameters.ToArray(), second.Standardized.Parameters.ToArray());
            Assert.Equal(first.Regularized.Parameters.ToArray(), second.Regularized.Parameters.ToArray());
        }

        [Fact]
        public void MainParsesItsOptionsAndRejectsBadValues()
        {
            using var folder = new TempFolder();
            string output = Path.Combine(folder.Path, "nested");

            int exitCode = Program.Main(new[] { "--epochs", "3", "--seed=2", "--lr", "0.01", "--patience", "2", "--batch-size", "64", "--out", output });

            Assert.Equal(0, exitCode);
            Assert.True(File.Exists(Path.Combine(output, "tabular-features.png")));
            Assert.True(File.Exists(Path.Combine(output, "tabular-curves.png")));
            Assert.Equal(2, Program.Main(new[] { "--lr", "0", "--out", output }));
            Assert.Equal(2, Program.Main(new[] { "--batch-size", "0", "--out", output }));
        }

        [Theory]
        [InlineData("1,2,3", "line 3: 3 fields")]
        [InlineData("-1" + Features29 + ",1", "line 3, field 1: '-1'")]
        [InlineData("NaN" + Features29 + ",1", "line 3, field 1: 'NaN'")]
        [InlineData("x" + Features29 + ",1", "line 3, field 1: 'x'")]
        [InlineData("1" + Features29 + ",2", "line 3, field 31: '2'")]
        public void ParseNamesTheBadLine(string badLine, string expected)
        {
            string header = string.Join(",", Enumerable.Range(0, Width).Select(i => "f" + i)) + ",target";
            using var reader = new StringReader(header + "\n1" + Features29 + ",0\n" + badLine + "\n");

            var error = Assert.Throws<InvalidDataException>(() => BreastCancer.Parse(reader, out _));

            Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void ParseRefusesAnotherHeader()
        {
            using var reader = new StringReader("a,b,c\n");

            var error = Assert.Throws<InvalidDataException>(() => BreastCancer.Parse(reader, out _));

            Assert.Contains("line 1", error.Message, StringComparison.Ordinal);
        }

        private const string Features29 = ",0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5";

        private static (float Min, float Max) Range(LabelledRows rows, int feature)
        {
            float[] column = Enumerable.Range(0, rows.Count).Select(r => rows.Features[r * Width + feature]).ToArray();
            return (column.Min(), column.Max());
        }

        private delegate void Predictor(ReadOnlySpan<float> input, Span<float> output);

        private static double TestAccuracy(Predictor predict, LabelledRows rows)
        {
            var output = new float[1];
            int correct = 0;
            for (int row = 0; row < rows.Count; row++)
            {
                predict(rows.Features.AsSpan(row * Width, Width), output);
                correct += (output[0] >= 0.5f ? 1 : 0) == rows.Labels[row] ? 1 : 0;
            }

            return (double)correct / rows.Count;
        }

        /// <summary>
        /// The F32 tensors of a safetensors file, read independently of NetGen's loader: an 8-byte little-endian
        /// header length, a JSON header of dtype, shape and data_offsets per name, then the data.
        /// </summary>
        private static Dictionary<string, float[]> ReadSafetensors(byte[] file)
        {
            int headerLength = checked((int)BinaryPrimitives.ReadUInt64LittleEndian(file));
            using JsonDocument header = JsonDocument.Parse(file.AsMemory(8, headerLength));
            var tensors = new Dictionary<string, float[]>(StringComparer.Ordinal);
            foreach (JsonProperty entry in header.RootElement.EnumerateObject())
            {
                if (entry.Name == "__metadata__")
                {
                    continue;
                }

                int begin = entry.Value.GetProperty("data_offsets")[0].GetInt32();
                int end = entry.Value.GetProperty("data_offsets")[1].GetInt32();
                string dtype = entry.Value.GetProperty("dtype").GetString()!;
                ReadOnlySpan<byte> data = file.AsSpan(8 + headerLength + begin, end - begin);
                tensors[entry.Name] = dtype switch
                {
                    "F32" => Enumerable.Range(0, data.Length / 4).Select(i => BinaryPrimitives.ReadSingleLittleEndian(file.AsSpan(8 + headerLength + begin + 4 * i))).ToArray(),
                    "I64" => Enumerable.Range(0, data.Length / 8).Select(i => (float)BinaryPrimitives.ReadInt64LittleEndian(file.AsSpan(8 + headerLength + begin + 8 * i))).ToArray(),
                    _ => throw new InvalidDataException($"Unexpected dtype {dtype} for {entry.Name}."),
                };
            }

            return tensors;
        }
    }
}
