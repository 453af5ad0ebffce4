using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NetGen.Generator.Tests.Infrastructure
{
    /// <summary>
    /// Networks that between them use every module kind, activation, loss and optimizer, looped, unrolled and RowDots
    /// layers, both strategies of the portable flavour, classifier members, Standardize and baked weights (literals and
    /// base64 text), each in float and in double.
    /// </summary>
    internal static class PortableCorpus
    {
        private const string WeightsFile = "model.safetensors";

        private static readonly string[] s_hiddenActivations =
        {
            "Relu", "LeakyRelu, Alpha = 0.2", "Relu6", "Sigmoid", "Tanh", "Softplus", "Elu, Alpha = 0.5", "Selu", "Gelu", "Silu", "Mish", "GeluTanh",
        };

        /// <summary>(name, source, weights to bake or null) for each network; "{P}" in a template is the precision.</summary>
        private static IEnumerable<(string Name, string Template, byte[]? Weights)> Templates()
        {
            yield return ("readme", "[Network(Seed = 1{P})][Input(1)][Dense(32), Activation(Relu)][Dense(1)][Adam(LearningRate = 0.01, Beta1 = 0.8)] public partial class Net { }", null);
            string unrolled = string.Concat(s_hiddenActivations.Select(a => $"[Dense(3), Activation({a})]"));
            yield return ("every activation, unrolled", "[Network(Seed = 2{P})][Input(2)]" + unrolled + "[Dense(2)][AdamW(WeightDecay = 0.01)] public partial class Net { }", null);
            string looped = string.Concat(s_hiddenActivations.Select(a => $"[Dense(40), Activation({a})]"));
            yield return ("every activation, looped", "[Network(Seed = 3{P})][Input(40)]" + looped + "[Dense(1)][Sgd(LearningRate = 0.01)] public partial class Net { }", null);
            yield return ("row dots, mean absolute error", "[Network(Seed = 4{P})][Input(20)][Dense(3), Activation(Tanh)][Dense(1)][Loss(Loss.MeanAbsoluteError)][Sgd(Momentum = 0.9, Nesterov = true)] public partial class Net { }", null);
            yield return ("huber, standardize, per row", "[Network(Seed = 5{P})][Input(3)][Standardize][Dense(8), Activation(Silu)][Dense(2)][Loss(Loss.Huber, Delta = 0.5)][Sgd(Momentum = 0.5, Dampening = 0.1, WeightDecay = 0.001)] public partial class Net { }", null);
            yield return ("binary classifier, rprop", "[Network(Seed = 6{P})][Input(2)][Dense(6), Activation(Tanh)][Dense(1), Activation(Sigmoid)][Loss(Loss.BinaryCrossEntropy)][Rprop] public partial class Net { }", null);
            yield return ("softmax classifier with every module, batch-major", "[Network(Seed = 7{P})][Input(4)][Standardize][Dense(24), Activation(Relu)][BatchNorm][Dense(20), Activation(Tanh)][LayerNorm, Activation(Gelu)][Dropout(0.25)][Dense(3), Activation(Softmax)][Loss(Loss.CrossEntropy)][Adam] public partial class Net { }", null);
            yield return ("wide softmax classifier, looped, batch-major", "[Network(Seed = 8{P}, CheckFinite = false)][Input(64)][Dense(32), Activation(Relu)][Dropout(0.1)][Dense(10), Activation(Softmax)][Loss(Loss.CrossEntropy)] public partial class Net { }", null);
            yield return ("baked, literals", "[Network(Weights = \"model.safetensors\"{P})][Input(1)][Dense(32), Activation(Tanh)][Dense(1)] public partial class Net { }", WeightFiles.TwoLayers(inputs: 1, hidden: 32, value: 0.25f));
            yield return ("baked, base64 text", "[Network(Weights = \"model.safetensors\"{P})][Input(200)][Dense(32), Activation(Relu)][Dense(1)] public partial class Net { }", WeightFiles.TwoLayers(inputs: 200, hidden: 32, value: 0.125f));
        }

        /// <summary>Every network, in float and in double: (name, source, weights or null).</summary>
        public static IEnumerable<(string Name, string Source, byte[]? Weights)> NetworksWithWeights =>
            from template in Templates()
            from precision in new[] { ("float", ""), ("double", ", Precision = Precision.Double") }
            select (template.Name + ", " + precision.Item1,
                "using NetGen;\nusing static NetGen.Activation;\n\nnamespace Samples\n{\n    /// <summary>A network of the portable corpus.</summary>\n    " + template.Template.Replace("{P}", precision.Item2) + "\n}\n",
                template.Weights);

        /// <summary>The sources alone, for tests that add the weights through <see cref="Run"/>.</summary>
        public static IEnumerable<(string Name, string Source)> Networks => NetworksWithWeights.Select(n => (n.Name, n.Source));

        /// <summary>
        /// Compiles <paramref name="source"/> (as a file in <paramref name="files"/>' folder, with the corpus' weights for it
        /// as AdditionalFiles) against <paramref name="references"/>, parsed as <paramref name="parseOptions"/> says, and
        /// runs the generator, whose output is parsed the same way.
        /// </summary>
        public static GeneratorRun Run(WeightFiles files, string source, IEnumerable<MetadataReference> references, CSharpParseOptions parseOptions, CSharpCompilationOptions? options = null)
        {
            var weights = NetworksWithWeights.FirstOrDefault(n => n.Source == source).Weights;
            var additional = new List<AdditionalText>();
            if (weights is not null)
            {
                additional.Add(new DiskText(files.Write(WeightsFile, weights)));
            }
            else if (File.Exists(Path.Combine(files.Folder, WeightsFile)))
            {
                additional.Add(new DiskText(Path.Combine(files.Folder, WeightsFile)));
            }

            var tree = CSharpSyntaxTree.ParseText(source, parseOptions, Path.Combine(files.Folder, "Net.cs"));
            var compilation = CSharpCompilation.Create("Portable", new[] { tree }, references, options ?? GeneratorHarness.CompilationOptions);
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new NetworkGenerator().AsSourceGenerator() },
                additional,
                parseOptions,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
            var run = GeneratorHarness.Run(driver, compilation);
            Assert.Null(run.Result.Exception);
            return run;
        }
    }
}
