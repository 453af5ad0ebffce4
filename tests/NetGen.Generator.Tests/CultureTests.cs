using System;
using System.Globalization;
using System.Linq;
using DiffPlex.Renderer;
using Microsoft.CodeAnalysis;
using NetGen.Generator.Tests.Infrastructure;

namespace NetGen.Generator.Tests
{
    /// <summary>
    /// The build machine's culture must not leak into generated code or diagnostics: fi-FI writes "0,01" and a
    /// minus sign U+2212, ar-SA adds direction marks, de-DE uses comma decimals. And the output is deterministic.
    /// </summary>
    public sealed class CultureTests
    {
        private const string Source = """
            using NetGen;

            namespace App
            {
                [Network(Seed = -42, BiasInit = -0.25)]
                [Input(3)]
                [Dense(4), Activation(Activation.LeakyRelu, Alpha = 0.1)]
                [Dense(2), Activation(Activation.Elu, Alpha = 1.5)]
                [Loss(Loss.Huber, Delta = 0.75)]
                [Adam(LearningRate = 0.01, Beta1 = 0.85, Epsilon = 1e-8, WeightDecay = 1e-4)]
                partial class FloatNet { }

                [Network(Precision = Precision.Double, Seed = -7)]
                [Input(40)]
                [Dense(30), Activation(Activation.LeakyRelu, Alpha = 0.01)]
                [Dense(1)]
                [Sgd(LearningRate = 0.001, Momentum = 0.95, Nesterov = true, WeightDecay = 5e-5)]
                partial class DoubleNet { }

                [Network]
                [Input(-1)]
                [Dense(2), Activation(Activation.Relu, Alpha = 0.5)]
                [Adam(LearningRate = -0.5)]
                partial class Broken { }
            }
            """;

        [Theory]
        [InlineData("fi-FI")]
        [InlineData("ar-SA")]
        [InlineData("de-DE")]
        public void SameOutputAsInvariantCulture(string cultureName)
        {
            var invariant = Generate(CultureInfo.InvariantCulture);
            var local = Generate(CultureInfo.GetCultureInfo(cultureName));

            Assert.Equal(invariant.Sources.Select(s => s.Name), local.Sources.Select(s => s.Name));
            foreach (var (expected, actual) in invariant.Sources.Zip(local.Sources))
            {
                Assert.True(expected.Text == actual.Text, UnidiffRenderer.GenerateUnidiff(expected.Text, actual.Text, "invariant/" + expected.Name, cultureName + "/" + actual.Name, contextLines: 1));
            }

            Assert.Equal(invariant.Diagnostics, local.Diagnostics);
            Assert.Empty(local.Problems);
        }

        [Fact]
        public void TheCulturesReallyDiffer()
        {
            // Without ICU every culture would format like the invariant one and the test above would prove nothing.
            Assert.Equal("0,01", 0.01.ToString(CultureInfo.GetCultureInfo("fi-FI")));
            Assert.NotEqual("-1", (-1).ToString(CultureInfo.GetCultureInfo("fi-FI")));
        }

        [Fact]
        public void LiteralsAreInvariantAndRoundTrip()
        {
            var run = Generate(CultureInfo.GetCultureInfo("fi-FI"));
            string floatNet = run.Sources.Single(s => s.Name == HintNames.For("App.FloatNet")).Text;
            Assert.Contains(": this(-42)", floatNet);
            Assert.Contains("0.1f", floatNet);
            Assert.Contains("1.5f", floatNet);
            Assert.Contains("0.75f", floatNet);
            Assert.Contains("__learningRate = 0.01;", floatNet);
            Assert.Contains("__learningRate, 0.85, 0.999, 1E-08, 0.0001", floatNet);
            Assert.Contains("-0.25)", floatNet);
        }

        [Fact]
        public void TwoRunsAreIdentical()
        {
            var first = Generate(CultureInfo.InvariantCulture);
            var second = Generate(CultureInfo.InvariantCulture);
            Assert.Equal(first.Sources, second.Sources);
            Assert.Equal(first.Diagnostics, second.Diagnostics);
        }

        private static Output Generate(CultureInfo culture)
        {
            var (savedCulture, savedUiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            try
            {
                CultureInfo.CurrentCulture = culture;
                CultureInfo.CurrentUICulture = culture;
                var run = GeneratorHarness.Run(Source);
                return new Output(
                    run.Sources.Select(s => (s.HintName, s.SourceText.ToString())).Select(x => new Named(x.HintName, x.Item2)).ToArray(),
                    run.GeneratorDiagnostics.Select(d => $"{d.Id} {d.Location.SourceSpan} {d.GetMessage(CultureInfo.InvariantCulture)}").ToArray(),
                    run.ProblemsInGeneratedFiles().Select(d => d.ToString()).ToArray());
            }
            finally
            {
                CultureInfo.CurrentCulture = savedCulture;
                CultureInfo.CurrentUICulture = savedUiCulture;
            }
        }

        private sealed record Named(string Name, string Text);

        private sealed record Output(Named[] Sources, string[] Diagnostics, string[] Problems);
    }
}
