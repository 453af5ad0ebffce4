using System.Globalization;
using System.Text;

namespace NetGen.Generator.Tests.Infrastructure
{
    /// <summary>
    /// The hint names the README documents ("Namespace.Class.hhhhhhhh.g.cs"), worked out independently of the
    /// generator: FNV-1a (32-bit) over the UTF-16 code units of the metadata name, low byte first.
    /// </summary>
    internal static class HintNames
    {
        public static string For(string metadataName)
        {
            uint hash = 2166136261;
            foreach (byte b in Encoding.Unicode.GetBytes(metadataName))
            {
                hash = unchecked((hash ^ b) * 16777619);
            }

            var cleaned = new StringBuilder();
            foreach (char c in metadataName.Replace('+', '.'))
            {
                cleaned.Append(char.IsLetterOrDigit(c) || c is '.' or '_' ? c : '_');
            }

            return cleaned + "." + hash.ToString("x8", CultureInfo.InvariantCulture) + ".g.cs";
        }

        /// <summary>Whether <paramref name="hintName"/> is the file of the type named <paramref name="simpleName"/>.</summary>
        public static bool IsFileOf(string hintName, string simpleName) =>
            System.Text.RegularExpressions.Regex.IsMatch(hintName, "(^|\\.)" + System.Text.RegularExpressions.Regex.Escape(simpleName) + "\\.[0-9a-f]{8}\\.g\\.cs$");
    }
}
