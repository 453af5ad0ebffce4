using System;
using System.Collections.Generic;
using System.Linq;
using NetGen.Generator.Model;

namespace NetGen.Generator.Baking
{
    /// <summary>
    /// Finds the AdditionalFiles item a <c>[Network(Weights = ...)]</c> path names. The rule, in order:
    /// <list type="number">
    /// <item>an absolute path matches the item with that path;</item>
    /// <item>a relative path is resolved against the folder of the source file declaring the network, and
    /// matches the item with the resulting path;</item>
    /// <item>failing that, a relative path without <c>..</c> matches every item whose path ends with it, whole
    /// folder and file names only ("quadratic.safetensors" matches "Weights/quadratic.safetensors"); more than
    /// one such item is ambiguous.</item>
    /// </list>
    /// Paths compare with '/' and '\' as equals and ignoring case, as on Windows and macOS file systems.
    /// </summary>
    internal static class WeightsMatcher
    {
        public static IReadOnlyList<WeightsItem> Find(WeightsSource source, IReadOnlyList<WeightsItem> files)
        {
            string wanted = Normalize(source.Path);
            if (IsRooted(wanted))
            {
                return files.Where(f => Same(Normalize(f.Path), wanted)).Take(1).ToList();
            }

            if (source.SourceDirectory is { Length: > 0 } directory)
            {
                string resolved = Normalize(directory + "/" + source.Path);
                var exact = files.Where(f => Same(Normalize(f.Path), resolved)).Take(1).ToList();
                if (exact.Count > 0)
                {
                    return exact;
                }
            }

            if (wanted.Split('/').Contains(".."))
            {
                return Array.Empty<WeightsItem>();
            }

            string suffix = "/" + wanted;
            return files
                .Where(f => Normalize(f.Path) is var path && (Same(path, wanted) || path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)))
                .GroupBy(f => Normalize(f.Path), StringComparer.OrdinalIgnoreCase)
                .Select(g => g.First())
                .ToList();
        }

        /// <summary>'/' separators, no empty or "." segments, ".." folded into its parent where there is one.</summary>
        internal static string Normalize(string path)
        {
            string slashed = path.Replace('\\', '/');
            bool rooted = slashed.StartsWith("/", StringComparison.Ordinal);
            var segments = new List<string>();
            foreach (string segment in slashed.Split('/'))
            {
                if (segment.Length == 0 || segment == ".")
                {
                    continue;
                }

                if (segment == ".." && segments.Count > 0 && segments[segments.Count - 1] != "..")
                {
                    segments.RemoveAt(segments.Count - 1);
                    continue;
                }

                segments.Add(segment);
            }

            return (rooted ? "/" : "") + string.Join("/", segments);
        }

        private static bool IsRooted(string normalized) =>
            normalized.StartsWith("/", StringComparison.Ordinal) || (normalized.Length >= 2 && normalized[1] == ':');

        private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
    }
}
