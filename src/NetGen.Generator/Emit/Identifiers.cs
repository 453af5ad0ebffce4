using System.Linq;
using System.Text;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;
using NetGen.Generator.Model;

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
        /// name alone collides; the hash of the exact text tells "Net" from "NET". <paramref name="attempt"/> &gt; 0
        /// numbers the rare names whose hashes collide too (<see cref="AssignHintNames"/>): "Samples.Net.1a2b3c4d.1.g.cs".
        /// </summary>
        public static string HintName(string fullName, string metadataName, int attempt = 0)
        {
            string cleaned = ForFileName(fullName);
            if (cleaned.Length > HintNamePrefixLength)
            {
                cleaned = cleaned.Substring(0, HintNamePrefixLength);
            }

            // A numbered name ends in ".<n>.g.cs", an unnumbered one in eight hex digits, so the two never meet.
            string suffix = attempt == 0 ? "" : "." + attempt.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return cleaned + "." + StableHash(metadataName).ToString("x8", System.Globalization.CultureInfo.InvariantCulture) + suffix + ".g.cs";
        }

        /// <summary>
        /// The hint name of every network in the compilation. A 32-bit hash can collide (a hostile name can be
        /// searched for in a second), and Roslyn fails the whole generator on a duplicate, so names whose hint names
        /// are equal ignoring case are numbered in ordinal order of their metadata names: the first keeps its name,
        /// the next get ".1", ".2" before ".g.cs". The numbering depends only on the set of names, not on order.
        /// </summary>
        public static EquatableArray<HintAssignment> AssignHintNames(IEnumerable<TargetType> types)
        {
            var assignments = new List<HintAssignment>();
            var groups = types
                .GroupBy(t => t.MetadataName, System.StringComparer.Ordinal)
                .Select(g => g.First())
                .GroupBy(t => HintName(t.FullName, t.MetadataName), System.StringComparer.OrdinalIgnoreCase);
            foreach (var group in groups)
            {
                int attempt = 0;
                foreach (var type in group.OrderBy(t => t.MetadataName, System.StringComparer.Ordinal))
                {
                    assignments.Add(new HintAssignment(type.MetadataName, HintName(type.FullName, type.MetadataName, attempt++)));
                }
            }

            return assignments.OrderBy(a => a.MetadataName, System.StringComparer.Ordinal).ToEquatableArray();
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

    /// <summary>The hint name given to the network with this metadata name.</summary>
    internal sealed record HintAssignment(string MetadataName, string HintName);
}
