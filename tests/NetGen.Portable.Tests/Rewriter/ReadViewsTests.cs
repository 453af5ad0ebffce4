using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace NetGen.Portable.Tests.Rewriter;

/// <summary>The pass that turns per-element PortableSpans.Read calls into reads of one view taken per method.</summary>
public class ReadViewsTests
{
    private const string Read = "global::NetGen.Runtime.PortableSpans.Read";

    private static string Apply(string body)
    {
        string source = "class C\n{\n" + body + "\n}\n";
        return new ReadViews().Visit(CSharpSyntaxTree.ParseText(source).GetRoot())!.ToFullString();
    }

    private static string[] Lines(string text) => text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToArray();

    [Fact]
    public void A_parameter_read_in_a_loop_gets_one_view_at_the_top_of_the_method()
    {
        var lines = Lines(Apply($$"""
            static float Dot(global::System.ReadOnlySpan<float> a, System.ReadOnlySpan<float> b)
            {
                float sum = 0f;
                for (int i = 0; i < a.Length; i++)
                {
                    sum += {{Read}}(a, i) * {{Read}}(b, i);
                }
                return sum;
            }
            """));

        int method = System.Array.FindIndex(lines, line => line.StartsWith("static float Dot(", System.StringComparison.Ordinal));
        Assert.Equal("{", lines[method + 1]);
        Assert.Equal("var aView = global::NetGen.Runtime.PortableSpans.View(a);", lines[method + 2]);
        Assert.Equal("var bView = global::NetGen.Runtime.PortableSpans.View(b);", lines[method + 3]);
        Assert.Equal("float sum = 0f;", lines[method + 4]);
        Assert.Contains("sum += aView[i] * bView[i];", lines);
        Assert.DoesNotContain(lines, line => line.Contains(Read));
    }

    [Fact]
    public void A_local_gets_its_view_right_after_its_declaration_and_nested_reads_are_replaced()
    {
        var lines = Lines(Apply($$"""
            static void Gather(float[] source, int[] indices, float[] destination)
            {
                for (int r = 0; r < 2; r++)
                {
                    ReadOnlySpan<int> rows = indices.AsSpan(r);
                    var values = new ReadOnlySpan<float>(source);
                    destination[r] = {{Read}}(values, {{Read}}(rows, 0));
                }
            }
            """));

        int rows = System.Array.IndexOf(lines, "ReadOnlySpan<int> rows = indices.AsSpan(r);");
        Assert.Equal("var rowsView = global::NetGen.Runtime.PortableSpans.View(rows);", lines[rows + 1]);
        Assert.Equal("var values = new ReadOnlySpan<float>(source);", lines[rows + 2]);
        Assert.Equal("var valuesView = global::NetGen.Runtime.PortableSpans.View(values);", lines[rows + 3]);
        Assert.Equal("destination[r] = valuesView[rowsView[0]];", lines[rows + 4]);
    }

    [Fact]
    public void A_reassigned_span_and_a_non_variable_span_keep_their_reads()
    {
        string output = Apply($$"""
            static float Sum(System.ReadOnlySpan<float> x, int count)
            {
                float sum = 0f;
                while (x.Length > 0)
                {
                    sum += {{Read}}(x, 0) + {{Read}}(x.Slice(0), 0);
                    x = x.Slice(1);
                }
                return sum;
            }
            """);

        Assert.DoesNotContain("View", output);
        Assert.Contains($"{Read}(x, 0)", output);
        Assert.Contains($"{Read}(x.Slice(0), 0)", output);
    }

    [Fact]
    public void A_span_swapped_by_deconstruction_or_passed_by_ref_keeps_its_reads()
    {
        string output = Apply($$"""
            static float Swap(System.ReadOnlySpan<float> x, System.ReadOnlySpan<float> y, System.ReadOnlySpan<float> z)
            {
                (x, y) = (y, x);
                Advance(ref z);
                return {{Read}}(x, 0) + {{Read}}(y, 0) + {{Read}}(z, 0);
            }
            """);

        Assert.DoesNotContain("View", output);
    }

    [Fact]
    public void A_view_name_that_is_a_parameter_is_refused()
    {
        var error = Assert.Throws<PortableRewriteException>(() => Apply($$"""
            static float First(System.ReadOnlySpan<float> x, float xView)
            {
                return {{Read}}(x, 0);
            }
            """));
        Assert.Contains("xView", error.Message);
    }

    [Fact]
    public void A_view_name_the_method_already_uses_is_refused()
    {
        var error = Assert.Throws<PortableRewriteException>(() => Apply($$"""
            static float First(System.ReadOnlySpan<float> x)
            {
                float xView = 1f;
                return {{Read}}(x, 0) + xView;
            }
            """));
        Assert.Contains("xView", error.Message);
    }
}
