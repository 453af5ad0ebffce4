using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using NetGen.PortableParity;

namespace NetGen.Tests
{
    /// <summary>
    /// The networks of tests/Shared/PortableParityNetworks.cs trained by the net8.0+ (modern) generated code: their
    /// trajectories are the committed reference the portable build (tests/NetGen.PortableNetworks.Tests) must reproduce.
    /// NETGEN_ACCEPT_PORTABLE_REFERENCE=1 rewrites the file.
    /// </summary>
    public class PortableParityReferenceTests
    {
        public const string AcceptVariable = "NETGEN_ACCEPT_PORTABLE_REFERENCE";

        [Fact]
        public void The_modern_trajectories_are_the_committed_reference()
        {
            var runs = ParityRuns.All();
            if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
            {
                File.WriteAllText(SourcePath(), JsonSerializer.Serialize(runs, new JsonSerializerOptions { WriteIndented = true }));
                return;
            }

            var reference = JsonSerializer.Deserialize<Dictionary<string, double[]>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, ParityRuns.ReferenceFile)))!;
            Assert.Equal(reference.Keys.OrderBy(k => k, StringComparer.Ordinal), runs.Keys.OrderBy(k => k, StringComparer.Ordinal));
            foreach (var (name, values) in runs)
            {
                Assert.Equal(reference[name].Length, values.Length);
                for (int i = 0; i < values.Length; i++)
                {
                    // Another machine's vector width changes the order of some sums (Shallow, Lanes): rounding only.
                    double limit = 1e-5 * Math.Max(Math.Abs(reference[name][i]), 1e-3);
                    Assert.True(Math.Abs(values[i] - reference[name][i]) <= limit, $"{name}[{i}]: {values[i]:R}, reference {reference[name][i]:R}; rerun with {AcceptVariable}=1 if the change is intended.");
                }
            }
        }

        private static string SourcePath([CallerFilePath] string thisFile = "") =>
            Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "Shared", ParityRuns.ReferenceFile);
    }
}
