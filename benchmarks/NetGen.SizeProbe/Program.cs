using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

// Generated size, generator time and compile time of one declaration, for the generator's size budgets
// (NetworkPlan.MaxUnrolledWeights, Defaults.MaxLayers, Defaults.MaxBakedBytes). Each run is one process, so the
// peak working set is that case's.
//
// usage: dotnet run -c Release --project benchmarks/NetGen.SizeProbe -- <case> [compile [out.cs]]
//   readme                    the README's 1→32→1 model
//   deep:N[:U[:baked]]        Input(U) then N × [Dense(U), Activation(ACT)] (U = 3; ACT from the environment, Relu)
//   wide:IN:OUT, baked:IN:OUT one Dense layer, baked from a generated weights file for "baked"
//   file:PATH                 the declaration in the C# file PATH (e.g. benchmarks/NetGen.SizeProbe/Shapes/*.cs)
//   compile                   also compiles and emits the output (Release) and reports time and peak memory
string kind = args[0];
bool compile = args.Length > 1 && args[1] == "compile";
var parts = kind.Split(':');
string source;
var extra = new List<AdditionalText>();
string dir = Directory.CreateTempSubdirectory("sizeprobe-").FullName;
switch (parts[0])
{
    case "readme":
        source = "using NetGen; using static NetGen.Activation;\nnamespace Demo {\n[Network(Seed = 1)]\n[Input(1)]\n[Dense(32), Activation(Relu)]\n[Dense(1)]\n[Adam(LearningRate = 0.01, Beta1 = 0.8)]\npublic partial class QuadraticModel { } }";
        break;
    case "deep":
    {
        int n = int.Parse(parts[1]); int u = parts.Length > 2 ? int.Parse(parts[2]) : 3;
        var sb = new StringBuilder("using NetGen;\nnamespace Demo {\n[Network]\n[Input(" + u + ")]\n");
        for (int i = 0; i < n; i++) sb.Append("[Dense(" + u + "), Activation(Activation." + (Environment.GetEnvironmentVariable("ACT") ?? "Relu") + ")]\n");
        sb.Append("public partial class Deep { } }");
        source = sb.ToString();
        if (parts.Length > 3 && parts[3] == "baked")
        {
            var tensors = new List<(string, int[], int)>();
            int m = 0;
            for (int i = 0; i < n; i++) { tensors.Add(($"{m}.weight", new[] { u, u }, u * u)); tensors.Add(($"{m}.bias", new[] { u }, u)); m += 2; }
            string path = Path.Combine(dir, "w.safetensors");
            File.WriteAllBytes(path, Build(tensors));
            extra.Add(new DiskText(path));
            source = source.Replace("[Network]", "[Network(Weights = \"w.safetensors\")]");
        }
        break;
    }
    case "baked":
    case "wide":
    {
        int i = int.Parse(parts[1]); int o = int.Parse(parts[2]);
        string attr = parts[0] == "baked" ? "[Network(Weights = \"w.safetensors\")]" : "[Network]";
        source = $"using NetGen;\nnamespace Demo {{\n{attr}\n[Input({i})]\n[Dense({o})]\npublic partial class Wide {{ }} }}";
        if (parts[0] == "baked")
        {
            string path = Path.Combine(dir, "w.safetensors");
            File.WriteAllBytes(path, Build(new List<(string, int[], int)> { ("0.weight", new[] { o, i }, o * i), ("0.bias", new[] { o }, o) }));
            extra.Add(new DiskText(path));
        }
        break;
    }
    case "file":
        source = File.ReadAllText(kind["file:".Length..]);
        break;
    default: throw new ArgumentException(kind);
}

var parse = new CSharpParseOptions(LanguageVersion.Latest);
string fw = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
var refs = Directory.GetFiles(fw, "*.dll").Where(p => { try { System.Reflection.AssemblyName.GetAssemblyName(p); return true; } catch { return false; } })
    .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
refs.Add(MetadataReference.CreateFromFile(typeof(NetGen.Activations).Assembly.Location));
var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release);
var compilation = CSharpCompilation.Create("Probe", new[] { CSharpSyntaxTree.ParseText(source, parse, Path.Combine(dir, "Net.cs")) }, refs, options);
GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new NetGen.Generator.NetworkGenerator().AsSourceGenerator() }, extra, parse);
var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
var sw = Stopwatch.StartNew();
driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var gdiags);
double genSeconds = sw.Elapsed.TotalSeconds; var cpu1 = Process.GetCurrentProcess().TotalProcessorTime;
var result = driver.GetRunResult();
long chars = result.GeneratedTrees.Sum(t => (long)t.GetText().Length);
long bytes = result.GeneratedTrees.Sum(t => (long)Encoding.UTF8.GetByteCount(t.GetText().ToString()));
var genPeak = Process.GetCurrentProcess().PeakWorkingSet64;
Console.WriteLine($"{kind}: generator {genSeconds:F2} s wall {(cpu1-cpu0).TotalSeconds:F2} s cpu, {result.GeneratedTrees.Length} file(s), {chars} chars ({bytes / 1048576.0:F2} MiB UTF-8), lines {result.GeneratedTrees.Sum(t => t.GetText().Lines.Count)}, peak {genPeak / 1048576} MiB");
foreach (var d in gdiags.Concat(result.Diagnostics).Distinct()) Console.WriteLine("  gen diag: " + d.ToString()[..Math.Min(300, d.ToString().Length)]);
if (args.Length > 2) File.WriteAllText(args[2], string.Join("\n", result.GeneratedTrees.Select(t => t.GetText().ToString())));
if (compile)
{
    sw.Restart();
    using var ms = new MemoryStream();
    var emit = output.Emit(ms);
    Console.WriteLine($"  compile+emit {sw.Elapsed.TotalSeconds:F2} s wall {(Process.GetCurrentProcess().TotalProcessorTime-cpu1).TotalSeconds:F2} s cpu, success {emit.Success}, dll {ms.Length / 1024} KiB, errors {emit.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error)}, peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB");
    foreach (var d in emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)) Console.WriteLine("  " + d);
}
Directory.Delete(dir, true);

static byte[] Build(List<(string Name, int[] Shape, int Count)> tensors)
{
    long offset = 0; var entries = new List<string>();
    foreach (var t in tensors) { entries.Add($"\"{t.Name}\":{{\"dtype\":\"F32\",\"shape\":[{string.Join(",", t.Shape)}],\"data_offsets\":[{offset},{offset + t.Count * 4L}]}}"); offset += t.Count * 4L; }
    byte[] json = Encoding.UTF8.GetBytes("{" + string.Join(",", entries) + "}");
    int pad = (8 - json.Length % 8) % 8;
    var file = new byte[8 + json.Length + pad + offset];
    BinaryPrimitives.WriteUInt64LittleEndian(file, (ulong)(json.Length + pad));
    json.CopyTo(file, 8);
    for (int k = 0; k < pad; k++) file[8 + json.Length + k] = (byte)' ';
    var rng = new Random(42); int pos = 8 + json.Length + pad;
    for (long v = 0; v < offset / 4; v++) BinaryPrimitives.WriteSingleLittleEndian(file.AsSpan(pos + (int)(v * 4)), (float)(rng.NextDouble() - 0.5));
    return file;
}

sealed class DiskText(string path) : AdditionalText
{
    public override string Path { get; } = path;
    public override SourceText? GetText(CancellationToken ct = default) => throw new InvalidOperationException();
}
