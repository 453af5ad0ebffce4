using System;
using System.IO;
using System.Linq;
using NetGen.Portable.Tests.Rewriter;

namespace NetGen.Portable.Tests;

/// <summary>The committed Portable/**/*.g.cs are what the rewriter makes of today's generic sources.</summary>
public class PortableRuntimeTests
{
    internal static string ProjectDirectory
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NetGen.sln")))
            {
                directory = directory.Parent;
            }

            return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("NetGen.sln not found above the test's directory."), "src", "NetGen.Abstractions");
        }
    }

    [Fact]
    public void Committed_portable_sources_match_a_fresh_rewrite()
        => MatchOrAccept(PortableRewriter.Rewrite(ProjectDirectory), PortableRewriter.OutputFolder, "*.g.cs");

    [Fact]
    public void Committed_float_copies_match_a_fresh_rewrite()
        => MatchOrAccept(FloatCopyRewriter.Rewrite(ProjectDirectory), FloatCopyRewriter.OutputFolder, "*.g.cs");

    private static void MatchOrAccept(System.Collections.Generic.SortedDictionary<string, string> fresh, string outputFolder, string pattern)
    {
        string folder = Path.Combine(ProjectDirectory, outputFolder);
        var committed = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories)
                .ToDictionary(path => Path.GetRelativePath(ProjectDirectory, path).Replace('\\', '/'), File.ReadAllText)
            : new();

        if (Environment.GetEnvironmentVariable("NETGEN_ACCEPT_PORTABLE") == "1")
        {
            foreach (var stale in committed.Keys.Except(fresh.Keys))
            {
                File.Delete(Path.Combine(ProjectDirectory, stale));
            }

            foreach (var (path, text) in fresh)
            {
                string full = Path.Combine(ProjectDirectory, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text);
            }

            return;
        }

        Assert.Equal(fresh.Keys.OrderBy(k => k, StringComparer.Ordinal), committed.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (var (path, text) in fresh)
        {
            Assert.True(text == committed[path].Replace("\r\n", "\n"),
                $"{path} is stale: run NETGEN_ACCEPT_PORTABLE=1 dotnet test tests/NetGen.Portable.Tests --filter FullyQualifiedName~PortableRuntime");
        }
    }
}
