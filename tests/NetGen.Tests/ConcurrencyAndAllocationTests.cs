using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NetGen.Tests.Infrastructure;
using NetGen.Tests.Networks;

namespace NetGen.Tests
{
    public class ConcurrencyAndAllocationTests
    {
        [Fact]
        public void Predict_from_eight_threads_on_one_instance_matches_one_thread()
        {
            var net = new MyNet();
            var random = new DeterministicRandom(9);
            var inputs = Enumerable.Range(0, 2000 * MyNet.InputSize).Select(_ => (float)random.NextNormal(0, 2)).ToArray();
            var expected = new float[2000];
            for (int r = 0; r < 2000; r++)
            {
                net.Predict(inputs.AsSpan(r * MyNet.InputSize, MyNet.InputSize), expected.AsSpan(r, 1));
            }

            var results = new float[8][];
            using var start = new Barrier(8);
            Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, t =>
            {
                var mine = new float[2000];
                start.SignalAndWait();
                for (int repeat = 0; repeat < 20; repeat++)
                {
                    for (int r = 0; r < 2000; r++)
                    {
                        // Threads start at different rows, half of them walking backwards, so they work on different data.
                        int shifted = (r + t * 97) % 2000;
                        int row = t % 2 == 0 ? shifted : 1999 - shifted;
                        net.Predict(inputs.AsSpan(row * MyNet.InputSize, MyNet.InputSize), mine.AsSpan(row, 1));
                    }
                }

                results[t] = mine;
            });

            foreach (var result in results)
            {
                Assert.Equal(expected, result);
            }
        }

        [Fact]
        public void Train_step_and_predict_allocate_nothing()
        {
            var net = new QuadraticModel();
            var x = Enumerable.Range(0, 20).Select(i => i / 10f - 1).ToArray();
            var y = x.Select(v => v * v + v + 1).ToArray();
            var output = new float[20];
            float[] one = new float[1];

            Assert.Equal(0, Allocations.Least(() => net.TrainStep(x, y)));
            Assert.Equal(0, Allocations.Least(() =>
            {
                net.Predict(x.AsSpan(0, 1), one);
                net.Predict(0.5f);
                net.PredictBatch(x, output);
                net.EvaluateLoss(x, y);
            }));
        }

        [Fact]
        public void Looped_network_train_step_allocates_nothing()
        {
            var net = new Grad_Looped_Softmax_CrossEntropy_F32();
            var (x, y) = GradientCheckTests.Batch<float>(8, 32, Loss.CrossEntropy, rows: 16, seed: 1);
            Assert.Equal(0, Allocations.Least(
                () =>
                {
                    net.TrainStep(x, y);
                    net.EvaluateLoss(x, y);
                },
                times: 200,
                warmUp: 100));
        }
    }
}
