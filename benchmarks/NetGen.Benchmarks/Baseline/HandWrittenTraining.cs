using System;

namespace NetGen.Benchmarks.Baseline
{
    /// <summary>The hand-written counterpart of Fit: shuffled mini-batches of one-input, one-output rows, last partial batch dropped.</summary>
    public static class HandWrittenTraining
    {
        /// <summary>Trains <paramref name="net"/> for <paramref name="epochs"/> epochs; returns the last batch's loss.</summary>
        public static float Fit(HandWrittenMlp net, float[] x, float[] y, int epochs, int batchSize, int seed)
        {
            var order = new int[x.Length];
            for (int i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            var batchX = new float[batchSize];
            var batchY = new float[batchSize];
            var random = new Random(seed);
            float loss = 0;
            for (int epoch = 0; epoch < epochs; epoch++)
            {
                random.Shuffle(order);
                for (int b = 0; b < x.Length / batchSize; b++)
                {
                    for (int r = 0; r < batchSize; r++)
                    {
                        batchX[r] = x[order[b * batchSize + r]];
                        batchY[r] = y[order[b * batchSize + r]];
                    }

                    loss = net.TrainStep(batchX, batchY);
                }
            }

            return loss;
        }
    }
}
