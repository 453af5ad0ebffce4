// After only: ModStandardize of benchmarks/NetGen.Benchmarks/ModuleBenchmarks.cs (ModuleStep).
using NetGen; using static NetGen.Activation;
namespace Demo {
[Network(Seed = 1)]
[Input(16)]
[Standardize]
[Dense(64), Activation(Relu)]
[Dense(64), Activation(Relu)]
[Dense(1)]
[Adam(LearningRate = 0.001)]
public partial class ModStandardize { } }
