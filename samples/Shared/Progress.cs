using System;
using System.Globalization;
using System.IO;

namespace NetGen.Samples
{
    /// <summary>Prints training progress about ten times per run, always including the first and last epoch.</summary>
    public sealed class Progress
    {
        private readonly TextWriter _log;
        private readonly int _total;
        private readonly int _interval;
        private readonly string _label;
        private readonly string _unit;

        /// <summary>Creates a printer for a run of <paramref name="total"/> epochs.</summary>
        /// <param name="log">Where the lines go.</param>
        /// <param name="total">The number of epochs (or steps) of the run.</param>
        /// <param name="label">Shown before each line, e.g. the variant being trained; may be empty.</param>
        /// <param name="unit">What is counted: "epoch", or "step" for loops of single full-batch steps.</param>
        public Progress(TextWriter log, int total, string label = "", string unit = "epoch")
        {
            _unit = unit;
            _log = log;
            _total = total;
            _label = label.Length == 0 ? "" : label + "  ";
            _interval = IntervalFor(total);
        }

        /// <summary>Print every <c>interval</c>-th epoch: every epoch up to 20, else about a tenth of the run.</summary>
        public static int IntervalFor(int total) => total <= 20 ? 1 : (int)Math.Ceiling(total / 10.0);

        /// <summary>Whether <paramref name="epoch"/> (1-based) gets a line.</summary>
        public bool ShouldPrint(int epoch) => epoch == 1 || epoch == _total || epoch % _interval == 0;

        /// <summary>Fits the generated <c>Fit(..., onEpoch)</c> callback.</summary>
        public void Report(int epoch, float loss) => Report(epoch, (double)loss);

        /// <summary>Prints "epoch   n/total  loss x" (or "step ...") when <see cref="ShouldPrint"/> says so.</summary>
        public void Report(int epoch, double loss)
        {
            if (ShouldPrint(epoch))
            {
                int digits = _total.ToString(CultureInfo.InvariantCulture).Length;
                string counter = epoch.ToString(CultureInfo.InvariantCulture).PadLeft(digits);
                _log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{_label}{_unit} {counter}/{_total}  loss {loss:g4}"));
            }
        }
    }
}
