using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace NetGen.Generator.Emit
{
    /// <summary>Names from the user's code, written back as C# identifiers and as a file name.</summary>
    internal static class Identifiers
    {
        /// <summary>
        /// Adds '@' to keywords (class), contextual keywords (record) and lower-case ASCII names (CS8981), so the
        /// generated declaration compiles, and warns no more than the user's own does.
        /// </summary>
        public static string Escape(string name) =>
            SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None
            || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None
            || name.All(c => c >= 'a' && c <= 'z')
                ? "@" + name
                : name;

        /// <summary>Namespaces need '@' for keywords only; "namespace samples" draws no warning.</summary>
        public static string EscapeNamespace(string dottedName) =>
            string.Join(".", dottedName.Split('.').Select(part => SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None ? "@" + part : part));

        /// <summary>Longest cleaned name kept in a hint name; the hash keeps longer names apart.</summary>
        public const int HintNamePrefixLength = 100;

        /// <summary>
        /// The hint (file) name of a network: its full name cleaned for a file name (anything but letters, digits,
        /// '.' and '_' becomes '_', at most <see cref="HintNamePrefixLength"/> characters), then '.', eight
        /// lower-case hex digits of a hash of the exact metadata name ("A.Outer+Net"), then ".g.cs": "Samples.Net.1a2b3c4d.g.cs".
        /// Roslyn compares hint names ignoring case, and cleaning merges names ("Ne_t", "Ne\u0301t"), so the cleaned
        /// name alone collides; the hash of the exact text tells "Net" from "NET".
        /// </summary>
        public static string HintName(string fullName, string metadataName, int attempt = 0)
        {
            string cleaned = ForFileName(fullName);
            if (cleaned.Length > HintNamePrefixLength)
            {
                cleaned = cleaned.Substring(0, HintNamePrefixLength);
            }

            string suffix = attempt == 0 ? "" : "." + attempt.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return cleaned + "." + StableHash(metadataName).ToString("x8", System.Globalization.CultureInfo.InvariantCulture) + suffix + ".g.cs";
        }

        /// <summary>
        /// 32-bit FNV-1a over the UTF-16 code units (low byte, then high byte). string.GetHashCode is randomised per
        /// process, so it would rename the files on every build.
        /// </summary>
        public static uint StableHash(string text)
        {
            const uint Offset = 2166136261;
            const uint Prime = 16777619;
            uint hash = Offset;
            foreach (char c in text)
            {
                hash = (hash ^ (byte)c) * Prime;
                hash = (hash ^ (byte)(c >> 8)) * Prime;
            }

            return hash;
        }

        /// <summary>Roslyn accepts only some characters in a hint name; identifiers may hold more (combining marks).</summary>
        private static string ForFileName(string name)
        {
            var builder = new StringBuilder(name.Length);
            foreach (char c in name)
            {
                builder.Append(char.IsLetterOrDigit(c) || c is '.' or '_' ? c : '_');
            }

            return builder.ToString();
        }
    }
}
