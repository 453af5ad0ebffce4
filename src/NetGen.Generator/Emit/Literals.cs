using System.Globalization;

namespace NetGen.Generator.Emit
{
    /// <summary>Culture-invariant, round-tripping C# literals.</summary>
    internal static class Literals
    {
        /// <summary>A literal of the network's element type: 0.1f or 0.1d.</summary>
        public static string Element(double value, string element) => element == "double"
            ? value.ToString("R", CultureInfo.InvariantCulture) + "d"
            : ((float)value).ToString("R", CultureInfo.InvariantCulture) + "f";

        /// <summary>A double literal for hyper-parameters passed as double.</summary>
        public static string Double(double value)
        {
            string text = value.ToString("R", CultureInfo.InvariantCulture);
            return text.IndexOfAny(new[] { '.', 'E', 'e' }) >= 0 ? text : text + ".0";
        }

        /// <summary>
        /// An int literal. Interpolation would use the build machine's culture, which writes a negative number
        /// with U+2212 in fi-FI; only ints that can be negative need this.
        /// </summary>
        public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>A number for comments and docs.</summary>
        public static string Plain(double value) => value.ToString("R", CultureInfo.InvariantCulture);
    }
}
