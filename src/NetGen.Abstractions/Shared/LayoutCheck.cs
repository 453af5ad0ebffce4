using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

// Compiled into the netstandard2.0 generator as well as the Abstractions: the run-time Load and the generator's
// baking report the same problems in the same words.

namespace NetGen
{
    /// <summary>What is wrong with one tensor of a file checked against a network.</summary>
    internal enum LayoutProblemKind
    {
        /// <summary>The network needs a tensor the file lacks.</summary>
        Missing,

        /// <summary>The file has a tensor the network does not.</summary>
        Unexpected,

        /// <summary>The names match but the shapes differ.</summary>
        WrongShape,

        /// <summary>The tensor's dtype is not F32, F64 or I64.</summary>
        UnreadableDType,
    }

    /// <summary>One problem found by <see cref="LayoutCheck.Compare"/>.</summary>
    internal sealed class LayoutProblem
    {
        public LayoutProblem(LayoutProblemKind kind, string name, string message)
        {
            Kind = kind;
            Name = name;
            Message = message;
        }

        public LayoutProblemKind Kind { get; }

        public string Name { get; }

        public string Message { get; }
    }

    /// <summary>Checks that a file holds exactly the tensors a network expects, with the right shapes and readable dtypes.</summary>
    internal static class LayoutCheck
    {
        /// <summary>Problems listed in one message before the rest are counted.</summary>
        private const int MaxListed = 6;

        /// <summary>Characters after which no further problem is listed, so a message stays under 1 KB.</summary>
        private const int MaxListedLength = 600;

        /// <summary>Compares the expected tensors with the file's; returns every problem, expected tensors first.</summary>
        /// <param name="expected">Name and shape of each tensor the network needs.</param>
        /// <param name="actual">Name, dtype and shape of each tensor in the file.</param>
        public static List<LayoutProblem> Compare(
            IEnumerable<KeyValuePair<string, IReadOnlyList<int>>> expected,
            IEnumerable<(string Name, string DType, IReadOnlyList<int> Shape)> actual)
        {
            var inFile = new Dictionary<string, (string DType, IReadOnlyList<int> Shape)>(StringComparer.Ordinal);
            var fileOrder = new List<string>();
            foreach (var tensor in actual)
            {
                inFile[tensor.Name] = (tensor.DType, tensor.Shape);
                fileOrder.Add(tensor.Name);
            }

            var problems = new List<LayoutProblem>();
            var wanted = new HashSet<string>(StringComparer.Ordinal);
            foreach (var pair in expected)
            {
                string name = pair.Key;
                wanted.Add(name);
                if (!inFile.TryGetValue(name, out var found))
                {
                    problems.Add(new LayoutProblem(LayoutProblemKind.Missing, name,
                        "missing tensor " + SafetensorsLimits.Quote(name) + " " + SafetensorsHeader.FormatShape(pair.Value)));
                    continue;
                }

                if (!SameShape(found.Shape, pair.Value))
                {
                    problems.Add(new LayoutProblem(LayoutProblemKind.WrongShape, name,
                        "tensor " + SafetensorsLimits.Quote(name) + " has shape " + SafetensorsHeader.FormatShape(found.Shape) +
                        " but the network needs " + SafetensorsHeader.FormatShape(pair.Value)));
                }

                if (!SafetensorsHeader.IsReadableDType(found.DType))
                {
                    problems.Add(new LayoutProblem(LayoutProblemKind.UnreadableDType, name,
                        "tensor " + SafetensorsLimits.Quote(name) + " has dtype " + found.DType + " but only F32, F64 and I64 can be loaded"));
                }
            }

            foreach (string name in fileOrder)
            {
                if (!wanted.Contains(name))
                {
                    problems.Add(new LayoutProblem(LayoutProblemKind.Unexpected, name, "unexpected tensor " + SafetensorsLimits.Quote(name) + ""));
                }
            }

            return problems;
        }

        /// <summary>
        /// The problems as one sentence fragment: the first few joined by "; ", then a count of the rest. The kinds
        /// take turns, so a file with other names shows both a missing and an unexpected tensor.
        /// </summary>
        public static string Describe(IReadOnlyList<LayoutProblem> problems)
        {
            var queues = new List<Queue<LayoutProblem>>();
            foreach (LayoutProblemKind kind in new[] { LayoutProblemKind.Missing, LayoutProblemKind.Unexpected, LayoutProblemKind.WrongShape, LayoutProblemKind.UnreadableDType })
            {
                var queue = new Queue<LayoutProblem>();
                foreach (var problem in problems)
                {
                    if (problem.Kind == kind)
                    {
                        queue.Enqueue(problem);
                    }
                }

                queues.Add(queue);
            }

            var text = new StringBuilder();
            int listed = 0;
            while (listed < problems.Count && listed < MaxListed && text.Length < MaxListedLength)
            {
                foreach (var queue in queues)
                {
                    if (queue.Count > 0 && listed < MaxListed && text.Length < MaxListedLength)
                    {
                        if (listed > 0)
                        {
                            text.Append("; ");
                        }

                        text.Append(queue.Dequeue().Message);
                        listed++;
                    }
                }
            }

            if (problems.Count > listed)
            {
                text.Append("; and ").Append((problems.Count - listed).ToString(CultureInfo.InvariantCulture)).Append(" more");
            }

            return text.ToString();
        }

        private static bool SameShape(IReadOnlyList<int> a, IReadOnlyList<int> b)
        {
            if (a.Count != b.Count)
            {
                return false;
            }

            for (int i = 0; i < a.Count; i++)
            {
                if (a[i] != b[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
