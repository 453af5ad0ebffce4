using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NetGen.Portable.Tests.Portable;

/// <summary>
/// The net8.0 build holds the portable float/double overloads beside the generic helpers (a netstandard library
/// compiled against the portable build runs on it). Calls written without type arguments must still bind to the
/// generic originals there: the overloads carry [OverloadResolutionPriority(-1)]. Helpers marked [FloatCopy] are the
/// exception: their float overload on net8.0 is the float copy, which such calls bind to.
/// </summary>
public class OverloadResolutionTests
{
    private const string Source = """
        using System;
        using NetGen;
        using NetGen.Runtime;
        static class Calls
        {
            static float Relu() => Activations.Relu(1f);
            static double Sigmoid() => Activations.Sigmoid(0.5);
            static float Dot(float[] a) => LinearAlgebra.Dot((ReadOnlySpan<float>)a, (ReadOnlySpan<float>)a);
            static void Adam(float[] p, float[] g, float[] m, float[] v)
                => Optimizers.Adam(p.AsSpan(), (ReadOnlySpan<float>)g, m.AsSpan(), v.AsSpan(), 1, 0.001, 0.9, 0.999, 1e-8, 0, false);
            static float Loss(float[] y) => Losses.SquaredErrorSum((ReadOnlySpan<float>)y, (ReadOnlySpan<float>)y);
            static bool Finite(float x) => FiniteGuard.IsFinite(x);
        }
        """;

    [Theory]
    [InlineData(LanguageVersion.CSharp13, true)]
    [InlineData(LanguageVersion.Latest, true)]
    // C# 12 ignores the priority: such calls bind to the float/double overloads, whose results ParityTests prove
    // equal bit for bit (and whose SIMD-capable kernels forward to the generic ones).
    [InlineData(LanguageVersion.CSharp12, false)]
    public void Calls_without_type_arguments_bind_to_the_generic_helpers_in_the_net8_build(LanguageVersion language, bool generic)
    {
        string net8 = Path.Combine(PortableRuntimeTests.ProjectDirectory, "bin", Configuration, "net8.0", "NetGen.Abstractions.dll");
        Assert.True(File.Exists(net8), $"{net8} is missing: build src/NetGen.Abstractions first.");
        var tree = CSharpSyntaxTree.ParseText(Source, new CSharpParseOptions(language));
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetDirectoryName(path) == Path.GetDirectoryName(typeof(object).Assembly.Location))
            .Select(path => MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(net8));
        var compilation = CSharpCompilation.Create("Calls", [tree], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var model = compilation.GetSemanticModel(tree);
        var calls = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Select(call => (Text: call.Expression.ToString(), Method: (IMethodSymbol)model.GetSymbolInfo(call).Symbol!))
            .Where(call => call.Method.ContainingNamespace.ToDisplayString().StartsWith("NetGen", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(6, calls.Count);
        // Helpers with a float copy (Runtime/FloatCopies, for ReadyToRun) bind to it in every language version: on net8.0 it
        // is their only float overload, SIMD as the generic original and equal to it bit for bit (NetGen.Tests' FloatCopyTests).
        string[] copied = ["Optimizers.Adam", "FiniteGuard.IsFinite", "LinearAlgebra.Dot", "Losses.SquaredErrorSum"];
        Assert.All(calls, call => Assert.True(call.Method.IsGenericMethod == (generic && !copied.Contains(call.Text)), $"{call.Text} bound to {call.Method.ToDisplayString()}"));
        Assert.All(calls.Where(call => copied.Contains(call.Text)), call => Assert.DoesNotContain(call.Method.GetAttributes(), a => a.AttributeClass?.Name == "OverloadResolutionPriorityAttribute"));

        // The overloads are there: the same call with the generic original out of reach binds to one of them.
        var overloads = typeof(global::NetGen.Activations).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name == "Relu" && !m.IsGenericMethod).Select(m => m.GetParameters()[0].ParameterType).ToList();
        Assert.Equal([typeof(float), typeof(double)], overloads.OrderBy(t => t.Name == "Double"));
    }

    private static string Configuration
        => typeof(OverloadResolutionTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
}
