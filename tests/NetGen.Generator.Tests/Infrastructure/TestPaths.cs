using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace NetGen.Generator.Tests.Infrastructure
{
    /// <summary>
    /// Finds the test project's files on disk. [CallerFilePath] alone is not enough: CI builds
    /// (ContinuousIntegrationBuild) map source paths to "/_/…", so the project directory is also baked in at build time.
    /// </summary>
    internal static class TestPaths
    {
        /// <summary>The test project's directory, from the AssemblyMetadata the project file adds.</summary>
        public static string ProjectDirectory { get; } =
            typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ProjectDirectory").Value!;

        /// <summary>The repository's root, two levels above the project.</summary>
        public static string RepositoryRoot => Path.GetFullPath(Path.Combine(ProjectDirectory, "..", ".."));

        /// <summary>The directory of a source file of this project, given its (possibly mapped) compile-time path.</summary>
        public static string DirectoryOf(string callerFilePath)
        {
            if (File.Exists(callerFilePath))
            {
                return Path.GetDirectoryName(callerFilePath)!;
            }

            string marker = "/" + Path.GetFileName(ProjectDirectory.TrimEnd('/', '\\')) + "/";
            string normalized = callerFilePath.Replace('\\', '/');
            int at = normalized.LastIndexOf(marker, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new InvalidOperationException($"'{callerFilePath}' is not a file of {ProjectDirectory}.");
            }

            string relative = normalized.Substring(at + marker.Length);
            return Path.GetDirectoryName(Path.Combine(ProjectDirectory, relative))!;
        }
    }
}
