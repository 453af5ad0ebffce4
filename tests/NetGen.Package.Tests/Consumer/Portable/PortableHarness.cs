using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace Portable
{
    /// <summary>
    /// What the package tests run on each runtime. It lives in the netstandard library, so the network's generated
    /// API is called from code compiled for netstandard: Fit, TrainStep, Predict, PredictBatch, EvaluateLoss,
    /// Parameters, Save and Load (path and stream).
    /// </summary>
    public static class PortableHarness
    {
        /// <summary>Grid points per input.</summary>
        public const int Side = 8;

        /// <summary>Rows of the data set.</summary>
        public const int Rows = Side * Side;

        /// <summary>The grid: inputs (row-major, 2 per row) and targets, from + and × only (no library math).</summary>
        public static void MakeData(out float[] inputs, out float[] targets)
        {
            inputs = new float[Rows * 2];
            targets = new float[Rows];
            for (int i = 0; i < Side; i++)
            {
                for (int j = 0; j < Side; j++)
                {
                    int row = i * Side + j;
                    float x1 = -1f + 2f * i / (Side - 1);
                    float x2 = -1f + 2f * j / (Side - 1);
                    inputs[2 * row] = x1;
                    inputs[2 * row + 1] = x2;
                    targets[row] = x1 * x2 + 0.5f * x1 - 0.25f;
                }
            }
        }

        /// <summary>20 shuffled epochs of 16-row batches, then 5 full-batch steps; returns every loss in order.</summary>
        public static float[] Train(PortableModel model)
        {
            MakeData(out var inputs, out var targets);
            float[] epochLosses = model.Fit(inputs, targets, epochs: 20, batchSize: 16, shuffle: true, dropLast: false, seed: 3);
            var losses = new float[epochLosses.Length + 5];
            Array.Copy(epochLosses, losses, epochLosses.Length);
            for (int step = 0; step < 5; step++)
            {
                losses[epochLosses.Length + step] = model.TrainStep(inputs, targets);
            }

            return losses;
        }

        /// <summary>PredictBatch over the grid, then Predict of each row one at a time.</summary>
        public static float[] Predictions(PortableModel model)
        {
            MakeData(out var inputs, out _);
            var result = new float[2 * Rows];
            model.PredictBatch(inputs, result.AsSpan(0, Rows));
            for (int row = 0; row < Rows; row++)
            {
                model.Predict(inputs.AsSpan(2 * row, 2), result.AsSpan(Rows + row, 1));
            }

            return result;
        }

        /// <summary>The mean loss on the grid, without an update.</summary>
        public static float Loss(PortableModel model)
        {
            MakeData(out var inputs, out var targets);
            return model.EvaluateLoss(inputs, targets);
        }

        /// <summary>Every parameter's bit pattern in hex, comma-separated: equal text means equal parameters.</summary>
        public static string ParameterBits(PortableModel model)
        {
            var text = new StringBuilder();
            foreach (float value in model.Parameters)
            {
                if (text.Length > 0)
                {
                    text.Append(',');
                }

                text.Append(BitConverter.ToInt32(BitConverter.GetBytes(value), 0).ToString("x8", CultureInfo.InvariantCulture));
            }

            return text.ToString();
        }

        /// <summary>Save to a file.</summary>
        public static void Save(PortableModel model, string path) => model.Save(path);

        /// <summary>A fresh network (its own initial weights) loaded from a file.</summary>
        public static PortableModel Load(string path)
        {
            var model = new PortableModel();
            model.Load(path);
            return model;
        }

        /// <summary>Save to a stream and Load from it into a fresh network: true when the parameters came back equal.</summary>
        public static bool StreamRoundTrip(PortableModel model)
        {
            using var stream = new MemoryStream();
            model.Save(stream);
            stream.Position = 0;
            var copy = new PortableModel(seed: 12345);
            copy.Load(stream);
            return ParameterBits(copy) == ParameterBits(model);
        }
    }
}
