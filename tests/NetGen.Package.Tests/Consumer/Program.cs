using System;
using System.Globalization;

namespace Consumer
{
    /// <summary>Trains the model and prints what the package test checks.</summary>
    public static class Program
    {
        /// <summary>Entry point.</summary>
        public static int Main()
        {
            const int rows = 64;
            var inputs = new float[rows];
            var targets = new float[rows];
            for (int i = 0; i < rows; i++)
            {
                float x = -1f + 2f * i / (rows - 1);
                inputs[i] = x;
                targets[i] = x * x;
            }

            var model = new QuadraticModel();
            float[] losses = model.Fit(inputs, targets, epochs: 200, batchSize: 16);
            var c = CultureInfo.InvariantCulture;
            Console.WriteLine("ParameterCount=" + QuadraticModel.ParameterCount.ToString(c));
            Console.WriteLine("FirstLoss=" + losses[0].ToString("R", c));
            Console.WriteLine("LastLoss=" + losses[losses.Length - 1].ToString("R", c));
            Console.WriteLine("Predict(0.5)=" + model.Predict(0.5f).ToString("R", c));
            // Which of the package's NetGen.Abstractions.dll the host loaded (lib/ or a runtimes/<rid>/ image).
            string loaded = typeof(NetGen.NetworkAttribute).Assembly.Location;
            Console.WriteLine("NetGenAssembly=" + loaded.Substring(AppDomain.CurrentDomain.BaseDirectory.Length).Replace('\\', '/'));
            return 0;
        }
    }
}
