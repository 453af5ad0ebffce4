using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace NetGen.Generator.Tests.Infrastructure
{
    /// <summary>
    /// Test source with the expected diagnostic spans marked: <c>{|NG0007:Dense(0)|}</c> names the diagnostic,
    /// <c>[|Dense(0)|]</c> takes the test's default ID. Markers are removed from the compiled text.
    /// </summary>
    internal sealed class Markup
    {
        private Markup(string source, IReadOnlyList<(string Id, TextSpan Span)> spans)
        {
            Source = source;
            Spans = spans;
        }

        public string Source { get; }

        /// <summary>The marked spans, in the order they close.</summary>
        public IReadOnlyList<(string Id, TextSpan Span)> Spans { get; }

        public static Markup Parse(string markup, string? defaultId = null)
        {
            var text = new StringBuilder();
            var open = new Stack<(string? Id, int Start)>();
            var spans = new List<(string, TextSpan)>();
            for (int i = 0; i < markup.Length; i++)
            {
                if (At(markup, i, "{|"))
                {
                    int colon = markup.IndexOf(':', i);
                    open.Push((markup.Substring(i + 2, colon - i - 2), text.Length));
                    i = colon;
                }
                else if (At(markup, i, "[|"))
                {
                    open.Push((null, text.Length));
                    i++;
                }
                else if (At(markup, i, "|}") || At(markup, i, "|]"))
                {
                    var (id, start) = open.Pop();
                    string resolved = id ?? defaultId ?? throw new System.ArgumentException("[|...|] needs a default diagnostic ID.");
                    spans.Add((resolved, TextSpan.FromBounds(start, text.Length)));
                    i++;
                }
                else
                {
                    text.Append(markup[i]);
                }
            }

            Assert.Empty(open);
            return new Markup(text.ToString(), spans);
        }

        private static bool At(string text, int index, string token) => string.CompareOrdinal(text, index, token, 0, token.Length) == 0;
    }
}
