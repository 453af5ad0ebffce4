using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace NetGen.Samples
{
    /// <summary>
    /// A tiny <c>--name value</c> parser. Each option is read once, with its default and help text, which
    /// also builds the <c>--help</c> page; <see cref="Finish"/> then reports unknown options and bad values.
    /// </summary>
    /// <example>
    /// <code>
    /// var cli = new CommandLine(args, "QuadraticFit", "Fits y = x² + x + 1.");
    /// int epochs = cli.Epochs(100);
    /// return cli.Run(() => Train(epochs), Console.Out, Console.Error);
    /// </code>
    /// </example>
    public sealed class CommandLine
    {
        private readonly string _program;
        private readonly string _summary;
        private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
        private readonly HashSet<string> _read = new(StringComparer.Ordinal);
        private readonly List<(string Usage, string Help)> _options = new();
        private readonly List<string> _errors = new();
        private readonly bool _help;

        /// <summary>Splits <paramref name="args"/> into options; values are checked when they are read.</summary>
        /// <param name="args">The program's arguments: <c>--name value</c>, <c>--name=value</c>, <c>--help</c>.</param>
        /// <param name="program">The name shown in the usage line.</param>
        /// <param name="summary">One sentence shown under the usage line.</param>
        public CommandLine(IReadOnlyList<string> args, string program, string summary)
        {
            _program = program;
            _summary = summary;
            for (int i = 0; i < args.Count; i++)
            {
                string arg = args[i];
                if (arg is "--help" or "-h" or "-?")
                {
                    _help = true;
                    continue;
                }

                if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
                {
                    _errors.Add($"Unexpected argument '{arg}'.");
                    continue;
                }

                string name = arg[2..];
                string? value = null;
                int equals = name.IndexOf('=', StringComparison.Ordinal);
                if (equals >= 0)
                {
                    value = name[(equals + 1)..];
                    name = name[..equals];
                }
                else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    value = args[++i];
                }

                if (value is null)
                {
                    _errors.Add($"Option --{name} needs a value.");
                }
                else
                {
                    _values[name] = value; // the last one wins, as in most tools
                }
            }
        }

        /// <summary>The standard <c>--epochs</c> option.</summary>
        public int Epochs(int defaultValue, string help = "passes over the data") => Int("epochs", defaultValue, help, min: 1);

        /// <summary>The standard <c>--seed</c> option.</summary>
        public int Seed(int defaultValue, string help = "seed of the data, the initial weights and the shuffling")
            => Int("seed", defaultValue, help);

        /// <summary>The standard <c>--out</c> option: the folder the PNG plots go to.</summary>
        public string OutputFolder(string defaultValue) => String("out", defaultValue, "folder for the PNG plots", "folder");

        /// <summary>Reads an integer option.</summary>
        public int Int(string name, int defaultValue, string help, int min = int.MinValue, int max = int.MaxValue)
        {
            Declare(name, "n", help, defaultValue.ToString(CultureInfo.InvariantCulture));
            if (!_values.TryGetValue(name, out string? text))
            {
                return defaultValue;
            }

            if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
            {
                _errors.Add($"Option --{name} expects an integer but got '{text}'.");
                return defaultValue;
            }

            if (value < min || value > max)
            {
                _errors.Add($"Option --{name} must be in [{min}, {max}] but got {value}.");
                return defaultValue;
            }

            return value;
        }

        /// <summary>Reads a finite floating-point option.</summary>
        public double Double(string name, double defaultValue, string help)
        {
            Declare(name, "x", help, defaultValue.ToString(CultureInfo.InvariantCulture));
            if (!_values.TryGetValue(name, out string? text))
            {
                return defaultValue;
            }

            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
            {
                _errors.Add($"Option --{name} expects a finite number but got '{text}'.");
                return defaultValue;
            }

            return value;
        }

        /// <summary>Reads a text option.</summary>
        public string String(string name, string defaultValue, string help, string valueName = "text")
        {
            Declare(name, valueName, help, defaultValue);
            return _values.TryGetValue(name, out string? text) ? text : defaultValue;
        }

        /// <summary>
        /// Call after reading every option. Prints the help page (exit code 0) or the errors and the help page
        /// (exit code 2) and returns the exit code; returns null when the program should run.
        /// </summary>
        public int? Finish(TextWriter output, TextWriter error)
        {
            foreach (string name in _values.Keys)
            {
                if (!_read.Contains(name))
                {
                    _errors.Add($"Unknown option --{name}.");
                }
            }

            if (_errors.Count > 0)
            {
                foreach (string message in _errors)
                {
                    error.WriteLine(message);
                }

                error.WriteLine();
                error.Write(HelpText());
                return 2;
            }

            if (_help)
            {
                output.Write(HelpText());
                return 0;
            }

            return null;
        }

        /// <summary>
        /// <see cref="Finish"/>, then <paramref name="run"/> when the arguments were fine. Settings that only
        /// clash at run time (an <see cref="ArgumentException"/>) are reported like parse errors, with exit code 2.
        /// </summary>
        /// <returns>The process exit code.</returns>
        public int Run(Action run, TextWriter output, TextWriter error)
        {
            if (Finish(output, error) is int exitCode)
            {
                return exitCode;
            }

            try
            {
                run();
                return 0;
            }
            catch (ArgumentException e)
            {
                error.WriteLine(e.Message);
                return 2;
            }
        }

        /// <summary>The usage line, the summary and one line per option read so far.</summary>
        public string HelpText()
        {
            var text = new StringBuilder();
            text.Append("Usage: ").Append(_program).AppendLine(" [options]");
            text.AppendLine(_summary);
            text.AppendLine();
            text.AppendLine("Options:");
            int width = 10;
            foreach (var (usage, _) in _options)
            {
                width = Math.Max(width, usage.Length);
            }

            foreach (var (usage, help) in _options)
            {
                text.Append("  ").Append(usage.PadRight(width + 2)).AppendLine(help);
            }

            text.Append("  ").Append("--help".PadRight(width + 2)).AppendLine("show this help");
            return text.ToString();
        }

        private void Declare(string name, string valueName, string help, string defaultText)
        {
            if (!_read.Add(name))
            {
                throw new InvalidOperationException($"Option --{name} is read twice.");
            }

            _options.Add(($"--{name} <{valueName}>", $"{help} (default: {defaultText})"));
        }
    }
}
