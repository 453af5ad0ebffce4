using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Tasks;
using DiffPlex.Renderer;
using Microsoft.CodeAnalysis;

namespace NetGen.Generator.Tests.Infrastructure
{
    /// <summary>
    /// A stand-in for Verify.SourceGenerators: each generated file is compared with
    /// Snapshots/{TestClass}.{TestMethod}#{HintName without .cs}.verified.cs beside the test's source file.
    /// A mismatch or a missing file writes .received.cs next to it and fails with a unified diff.
    /// Set NETGEN_ACCEPT_SNAPSHOTS=1 to overwrite the verified files instead (see README.md).
    /// </summary>
    internal static class Snapshot
    {
        public const string AcceptVariable = "NETGEN_ACCEPT_SNAPSHOTS";

        private static readonly UTF8Encoding s_utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

        /// <summary>Verifies every source the driver's last run generated. Shaped like Verify's <c>Verify(driver)</c>.</summary>
        /// <param name="driver">A driver that has run.</param>
        /// <param name="sourceFile">Filled by the compiler: the test's source file; its name is the test class's.</param>
        /// <param name="testMethod">Filled by the compiler: the test method.</param>
        public static Task Verify(GeneratorDriver driver, [CallerFilePath] string sourceFile = "", [CallerMemberName] string testMethod = "")
        {
            var sources = driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources).ToList();
            Assert.True(sources.Count > 0, "The generator produced no source to verify.");

            string directory = Path.Combine(TestPaths.DirectoryOf(sourceFile), "Snapshots");
            string prefix = $"{Path.GetFileNameWithoutExtension(sourceFile)}.{testMethod}#";
            bool accept = Environment.GetEnvironmentVariable(AcceptVariable) == "1";

            var failures = new List<string>();
            foreach (var source in sources)
            {
                string stem = Path.Combine(directory, prefix + StripCs(source.HintName));
                string verifiedPath = stem + ".verified.cs";
                string receivedPath = stem + ".received.cs";

                // Verify.SourceGenerators starts each file with this line; keeping it makes a switch to Verify a no-op for the files.
                string received = Normalize($"//HintName: {source.HintName}\n{source.SourceText}");
                string? verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
                if (verified == received)
                {
                    File.Delete(receivedPath);
                    continue;
                }

                if (accept)
                {
                    Directory.CreateDirectory(directory);
                    File.WriteAllText(verifiedPath, received, s_utf8NoBom);
                    File.Delete(receivedPath);
                    continue;
                }

                Directory.CreateDirectory(directory);
                File.WriteAllText(receivedPath, received, s_utf8NoBom);
                failures.Add(verified is null
                    ? $"No snapshot {verifiedPath}; wrote {receivedPath}. Read it, then accept it (README.md)."
                    : $"{verifiedPath} differs; wrote {receivedPath}.\n"
                        + UnidiffRenderer.GenerateUnidiff(verified, received, Path.GetFileName(verifiedPath), Path.GetFileName(receivedPath), contextLines: 3));
            }

            if (failures.Count > 0)
            {
                Assert.Fail(string.Join("\n\n", failures));
            }

            return Task.CompletedTask;
        }

        /// <summary>"\n" line endings and no byte-order mark, so a checkout with CRLF or a BOM still matches.</summary>
        public static string Normalize(string text) => text.TrimStart('\uFEFF').Replace("\r\n", "\n");

        private static string StripCs(string hintName) =>
            hintName.EndsWith(".cs", StringComparison.Ordinal) ? hintName.Substring(0, hintName.Length - 3) : hintName;
    }
}
