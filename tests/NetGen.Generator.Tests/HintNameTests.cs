using System;
using System.Linq;
using NetGen.Generator.Emit;
using NetGen.Generator.Tests.Infrastructure;

namespace NetGen.Generator.Tests
{
    /// <summary>
    /// Hint names are Namespace.Class.hhhhhhhh.g.cs: readable, stable across processes, and unique whatever the user
    /// names things (Roslyn compares them ignoring case, and throws on a duplicate: CS8785 for every network).
    /// </summary>
    public sealed class HintNameTests
    {
        [Theory]
        [InlineData("")]
        [InlineData("Samples.QuadraticModel")]
        [InlineData("Über.Netze.网络")]
        [InlineData("A.Outer+Ne\u0301t")]
        public void The_hash_is_FNV1a_over_UTF16_as_the_README_says(string metadataName)
        {
            // FNV-1a's offset basis is the hash of no bytes.
            Assert.Equal(2166136261u, Identifiers.StableHash(""));
            Assert.Equal(HintNames.For(metadataName), Identifiers.HintName(metadataName.Replace('+', '.'), metadataName));
        }

        [Fact]
        public void Names_that_differ_only_in_case_or_in_cleaned_characters_get_different_names()
        {
            var names = new[] { "N.Net", "N.NET", "N.net", "models.Net", "Models.Net", "N.Ne_t", "N.Ne\u0301t", "N.Ne\u0300t", "A.B.Net", "A.B+Net", "A+B+Net" };
            var hints = names.Select(n => Identifiers.HintName(n.Replace('+', '.'), n)).ToList();

            Assert.Equal(names.Length, hints.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.All(hints, h => Assert.Matches("^[\\w.]+\\.[0-9a-f]{8}\\.g\\.cs$", h));
        }

        [Fact]
        public void Long_names_are_cut_but_stay_apart()
        {
            string a = "N." + new string('x', 500), b = "N." + new string('x', 499) + "y";
            string hintA = Identifiers.HintName(a, a), hintB = Identifiers.HintName(b, b);

            Assert.Equal(Identifiers.HintNamePrefixLength + ".hhhhhhhh.g.cs".Length, hintA.Length);
            Assert.NotEqual(hintA, hintB);
        }

        /// <summary>
        /// Two names that clean alike ("N____": combining marks clean to '_') and whose 32-bit hashes collide: the
        /// second gets a numbered name instead of the generator failing. The pair was found by a birthday search over
        /// "N" plus four marks of U+0300..U+036F (11 million names); the test checks that it really collides.
        /// </summary>
        [Fact]
        public void A_hash_collision_still_gives_unique_names()
        {
            const string First = "N\u0358\u0337\u0328\u0305", Second = "N\u032F\u0301\u0300\u0308";
            Assert.Equal(Identifiers.StableHash(First), Identifiers.StableHash(Second));
            Assert.Equal(Identifiers.HintName(First, First), Identifiers.HintName(Second, Second), StringComparer.OrdinalIgnoreCase);

            var run = GeneratorHarness.Run($"using NetGen;\n[Network][Input(2)][Dense(1)] partial class {Second} {{ }}\n[Network][Input(2)][Dense(1)] partial class {First} {{ }}");

            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CS8785");
            Assert.Empty(run.OutputDiagnostics.Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
            var hints = run.Sources.Select(s => s.HintName).OrderBy(h => h, StringComparer.Ordinal).ToList();
            Assert.Equal(new[] { "N____." + Identifiers.StableHash(First).ToString("x8") + ".1.g.cs", "N____." + Identifiers.StableHash(First).ToString("x8") + ".g.cs" }, hints);

            // The numbering follows the names, not their order in the source: the ordinally first keeps the plain name.
            var swapped = GeneratorHarness.Run($"using NetGen;\n[Network][Input(2)][Dense(1)] partial class {First} {{ }}\n[Network][Input(2)][Dense(1)] partial class {Second} {{ }}");
            Assert.Equal(
                run.Sources.ToDictionary(s => s.HintName, s => s.SourceText.ToString()),
                swapped.Sources.ToDictionary(s => s.HintName, s => s.SourceText.ToString()));
        }
    }
}
