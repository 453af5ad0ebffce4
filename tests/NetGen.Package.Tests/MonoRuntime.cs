using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace NetGen.Package.Tests
{
    /// <summary>Runs .NET Framework programs on Mono (Debian's mono-runtime; mono-devel brings the netstandard facade).</summary>
    public static class MonoRuntime
    {
        public const string InstallHint =
            "The package tests run a net48 program on Mono. Install it with `sudo apt-get install -y mono-runtime mono-devel` " +
            "(mono-devel brings the netstandard facade that netstandard libraries need); .ci/run does this when `mono` is missing.";

        /// <summary>The mono executable on PATH, or null.</summary>
        public static string? Find() =>
            (Environment.GetEnvironmentVariable("PATH") ?? "")
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(folder => Path.Combine(folder, "mono"))
                .FirstOrDefault(File.Exists);

        /// <summary><c>mono program arguments…</c>; fails the test with <see cref="InstallHint"/> when Mono is missing.</summary>
        public static CliResult Run(string program, params string[] arguments)
        {
            var mono = Find();
            Assert.True(mono is not null, "mono was not found on PATH. " + InstallHint);
            var all = new List<string> { program };
            all.AddRange(arguments);
            return DotNetCli.RunProgram(mono!, "mono", Path.GetDirectoryName(program)!, null, all.ToArray());
        }
    }
}
