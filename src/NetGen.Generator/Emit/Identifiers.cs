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

        /// <summary>Roslyn accepts only some characters in a hint name; identifiers may hold more (combining marks).</summary>
        public static string ForFileName(string name)
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
