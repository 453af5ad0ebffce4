using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Numerics;
using System.Reflection;
using System.Runtime;
using System.Runtime.Intrinsics;
using NetGen.Benchmarks.Baseline;
using NetGen.Runtime;

namespace NetGen.FirstRun
{
    /// <summary>
    /// Issue 14's first-run instrument. Each measuring mode does one thing from Main and exits, so that a driver can
    /// start it in fresh processes.
    /// <code>
    /// run CASE          the first Fit (100 epochs × 5 shuffled batches of 20 = 500 steps) including JIT, one line of figures
    /// phases CASE       the same 500 steps as a plain TrainStep loop, timed per phase (construction, step 1, 2–10, 11–100, 101–500)
    /// jit CASE          as run, with an EventListener on the runtime's JIT events: the methods that took longest to compile
    /// steady CASE      the steady state: ns per TrainStep after warm-up (compare builds in interleaved processes)
    /// probe a,b,...     one first-call cost at a time (see Probe)
    /// sizes [DIR]       generated source (files in DIR, default obj/generated) and IL bytes of each model class
    /// drive N [only=default,...] [LABEL=EXE[@VAR=VALUE] ...] [cases=a,b]  N rounds of fresh processes of every case under every
    ///                   configuration (the runtime settings in Drive, plus each published LABEL=EXE), interleaved; medians
    /// </code>
    /// CASE: netgen (the README's model, the planner's strategy), perrow, lanes, shallow, batchmajor (forced), tanh and
    /// softplus (the README's model with that activation, the planner's strategy), hand (the benchmarks' hand-written
    /// MLP, same shape, optimizer and batches).
    /// </summary>
    public static class Program
    {
        private const int Epochs = 100;
        private const int BatchSize = 20;
        private const int Seed = 7;

        private static readonly string[] Cases = { "netgen", "hand", "perrow", "lanes", "shallow", "batchmajor", "tanh", "softplus" };

        public static int Main(string[] args)
        {
            long mainStart = Stopwatch.GetTimestamp();
            if (args.Length == 0)
            {
                Console.Error.WriteLine("usage: run|phases|jit CASE, sizes [DIR], drive N [r2r=EXE] [aot=EXE] [cases=a,b] (see Program.cs)");
                return 2;
            }

            switch (args[0])
            {
                case "run":
                    return Run(args[1], mainStart, listener: null);
                case "jit":
                    using (var listener = new JitListener())
                    {
                        // jit probe:a,b lists the compilations of a probe's steps.
                        int code;
                        if (args[1].StartsWith("probe:", StringComparison.Ordinal))
                        {
                            listener.Start();
                            code = Probe(args[1].Substring("probe:".Length));
                            listener.Stop();
                        }
                        else
                        {
                            code = Run(args[1], mainStart, listener);
                        }

                        listener.Print(args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 15);
                        return code;
                    }

                case "phases":
                    return Phases(args[1]);
                case "steady":
                    return Steady(args[1]);
                case "probe":
                    return Probe(args.Length > 1 ? args[1] : "gm,vec,vecg,finite,shallow,adam,step");
                case "sizes":
                    return Sizes(args.Length > 1 ? args[1] : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../obj/generated")));
                case "drive":
                    return Drive(int.Parse(args[1], CultureInfo.InvariantCulture), args.Skip(2).ToArray());
                default:
                    Console.Error.WriteLine($"unknown mode {args[0]}");
                    return 2;
            }
        }

        /// <summary>y = x² + x + 1 on 100 points x ~ N(0, 1) (the benchmarks' Data.Quadratic).</summary>
        private static (float[] X, float[] Y) Quadratic()
        {
            var random = new DeterministicRandom(42);
            var x = new float[100];
            var y = new float[100];
            for (int i = 0; i < x.Length; i++)
            {
                x[i] = (float)random.NextNormal();
                y[i] = x[i] * x[i] + x[i] + 1;
            }

            return (x, y);
        }

        /// <summary>The hand-written MLP with nn.Linear's initialisation (U(±1/√fan_in)) from System.Random: no NetGen code runs.</summary>
        private static HandWrittenMlp NewHand()
        {
            var hand = new HandWrittenMlp([1, 32, 1], HandActivation.Relu, softmaxCrossEntropy: false, adam: true, 0.01f, beta1: 0.8f);
            var random = new Random(1);
            var parameters = new float[32 + 32 + 32 + 1];
            for (int i = 0; i < parameters.Length; i++)
            {
                float bound = i < 64 ? 1f : 1f / MathF.Sqrt(32);
                parameters[i] = (float)(random.NextDouble() * 2 - 1) * bound;
            }

            hand.LoadParameters(parameters);
            return hand;
        }

        private static float FirstFit(string name, float[] x, float[] y) => name switch
        {
            "netgen" => new QuadraticModel().Fit(x, y, Epochs, BatchSize, shuffle: true, dropLast: true, seed: Seed)[^1],
            "perrow" => new QuadraticPerRow().Fit(x, y, Epochs, BatchSize, shuffle: true, dropLast: true, seed: Seed)[^1],
            "lanes" => new QuadraticLanes().Fit(x, y, Epochs, BatchSize, shuffle: true, dropLast: true, seed: Seed)[^1],
            "shallow" => new QuadraticShallow().Fit(x, y, Epochs, BatchSize, shuffle: true, dropLast: true, seed: Seed)[^1],
            "batchmajor" => new QuadraticBatchMajor().Fit(x, y, Epochs, BatchSize, shuffle: true, dropLast: true, seed: Seed)[^1],
            "tanh" => new QuadraticTanh().Fit(x, y, Epochs, BatchSize, shuffle: true, dropLast: true, seed: Seed)[^1],
            "softplus" => new QuadraticSoftplus().Fit(x, y, Epochs, BatchSize, shuffle: true, dropLast: true, seed: Seed)[^1],
            "hand" => HandWrittenTraining.Fit(NewHand(), x, y, Epochs, BatchSize, Seed),
            _ => throw new ArgumentException($"unknown case {name}: one of {string.Join(", ", Cases)}"),
        };

        private static INeuralNetwork<float> NewNetGen(string name) => name switch
        {
            "netgen" => new QuadraticModel(),
            "perrow" => new QuadraticPerRow(),
            "lanes" => new QuadraticLanes(),
            "shallow" => new QuadraticShallow(),
            "batchmajor" => new QuadraticBatchMajor(),
            "tanh" => new QuadraticTanh(),
            "softplus" => new QuadraticSoftplus(),
            _ => throw new ArgumentException($"unknown NetGen case {name}"),
        };

        [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }

        [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
        private static extern int ClockGetTime(int clock, out TimeSpec time);

        /// <summary>
        /// The calling thread's CPU time in ms (Linux CLOCK_THREAD_CPUTIME_ID; 0 elsewhere): time the other agents'
        /// load takes from this thread is not counted, unlike wall time, nor is the runtime's background tier-1 work.
        /// </summary>
        private static double ThreadCpuMs()
        {
            const int ClockThreadCpuTime = 3;
            return OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTime, out var t) == 0 ? t.Seconds * 1000.0 + t.Nanoseconds / 1e6 : 0;
        }

        private static double Ms(long from, long to) => (to - from) * 1000.0 / Stopwatch.Frequency;

        private static string F(double value) => value.ToString("F2", CultureInfo.InvariantCulture);

        /// <summary>
        /// One line: data_ms, fit_ms (construction + 500 steps, JIT included), fit_cpu_ms (CPU time of all the process's
        /// threads over the Fit, background tier-1 compilation included: less sensitive than wall time to other load),
        /// second_fit_ms (the same Fit again on a new network, compiled code), main_ms, and the JIT's own counters over the first Fit.
        /// </summary>
        private static int Run(string name, long mainStart, JitListener? listener)
        {
            long t0 = Stopwatch.GetTimestamp();
            var (x, y) = Quadratic();
            // The counters are read outside the timed window (Process's first use costs milliseconds of its own).
            using var process = Process.GetCurrentProcess();
            TimeSpan cpu0 = process.TotalProcessorTime;
            var jitTime0 = System.Runtime.JitInfo.GetCompilationTime();
            long methods0 = System.Runtime.JitInfo.GetCompiledMethodCount();
            long il0 = System.Runtime.JitInfo.GetCompiledILBytes();
            listener?.Start();
            ThreadCpuMs();
            double threadCpu0 = ThreadCpuMs();
            long t1 = Stopwatch.GetTimestamp();
            float loss = FirstFit(name, x, y);
            long t2 = Stopwatch.GetTimestamp();
            double threadCpu1 = ThreadCpuMs();
            listener?.Stop();
            process.Refresh();
            TimeSpan cpu1 = process.TotalProcessorTime;
            var jitTime1 = System.Runtime.JitInfo.GetCompilationTime();
            long methods1 = System.Runtime.JitInfo.GetCompiledMethodCount();
            long il1 = System.Runtime.JitInfo.GetCompiledILBytes();

            // The same Fit again on a new network: the code is compiled (tier 0 or later), so this is close to the steady state.
            long t3 = Stopwatch.GetTimestamp();
            float again = FirstFit(name, x, y);
            long t4 = Stopwatch.GetTimestamp();
            if (!float.IsFinite(loss) || again != loss)
            {
                Console.Error.WriteLine($"loss {loss}, second Fit's {again}: expected the same finite value");
                return 1;
            }

            Console.WriteLine(string.Join(' ',
                $"case={name}",
                $"data_ms={F(Ms(t0, t1))}",
                $"fit_ms={F(Ms(t1, t2))}",
                $"fit_cpu_ms={F((cpu1 - cpu0).TotalMilliseconds)}",
                $"fit_thread_cpu_ms={F(threadCpu1 - threadCpu0)}",
                $"second_fit_ms={F(Ms(t3, t4))}",
                $"main_ms={F(Ms(mainStart, Stopwatch.GetTimestamp()))}",
                $"fit_jit_ms={F((jitTime1 - jitTime0).TotalMilliseconds)}",
                $"fit_jit_methods={methods1 - methods0}",
                $"fit_jit_il={il1 - il0}",
                $"loss={loss.ToString("R", CultureInfo.InvariantCulture)}",
                $"v512={(Vector512.IsHardwareAccelerated ? 1 : 0)}",
                $"vlen={Vector<float>.Count}"));
            return 0;
        }

        /// <summary>
        /// Where the first 500 steps' time goes: construction, then TrainStep on the 5 batches of 20 in turn (no
        /// shuffle), timed per phase, with the JIT's time in each phase.
        /// </summary>
        private static int Phases(string name)
        {
            var (x, y) = Quadratic();
            var batchesX = Enumerable.Range(0, 5).Select(b => x.AsSpan(b * BatchSize, BatchSize).ToArray()).ToArray();
            var batchesY = Enumerable.Range(0, 5).Select(b => y.AsSpan(b * BatchSize, BatchSize).ToArray()).ToArray();
            int[] ends = { 1, 10, 100, 500 };
            var line = new List<string> { $"case={name}" };
            TimeSpan jit = System.Runtime.JitInfo.GetCompilationTime();
            long t = Stopwatch.GetTimestamp();

            void Mark(string phase)
            {
                long now = Stopwatch.GetTimestamp();
                TimeSpan jitNow = System.Runtime.JitInfo.GetCompilationTime();
                line.Add($"{phase}_ms={F(Ms(t, now))}");
                line.Add($"{phase}_jit_ms={F((jitNow - jit).TotalMilliseconds)}");
                t = Stopwatch.GetTimestamp();
                jit = System.Runtime.JitInfo.GetCompilationTime();
            }

            float loss = 0;
            if (name == "hand")
            {
                var hand = NewHand();
                Mark("ctor");
                int step = 0;
                foreach (int end in ends)
                {
                    int start = step;
                    for (; step < end; step++)
                    {
                        loss = hand.TrainStep(batchesX[step % 5], batchesY[step % 5]);
                    }

                    Mark(start + 1 == end ? $"step{end}" : $"steps{start + 1}_{end}");
                }
            }
            else
            {
                var net = NewNetGen(name);
                Mark("ctor");
                int step = 0;
                foreach (int end in ends)
                {
                    int start = step;
                    for (; step < end; step++)
                    {
                        loss = net.TrainStep(batchesX[step % 5], batchesY[step % 5]);
                    }

                    Mark(start + 1 == end ? $"step{end}" : $"steps{start + 1}_{end}");
                }
            }

            line.Add($"loss={loss.ToString("R", CultureInfo.InvariantCulture)}");
            Console.WriteLine(string.Join(' ', line));
            return float.IsFinite(loss) ? 0 : 1;
        }

        /// <summary>
        /// Where the first step's compilation goes: touches one thing at a time, in the order given (comma-separated),
        /// and prints each one's wall time and JIT time. gm = a scalar generic-math method (float), vec = a non-generic
        /// Vector&lt;float&gt; loop, vecg = the same loop generic over T, lane = one scalar and one vector ReLU through ILaneActivation, finite = FiniteGuard.EnsureFinite,
        /// shallow = ShallowNet.SquaredErrorGradients, adam = Optimizers.Adam, step = the model's first TrainStep.
        /// </summary>
        private static int Probe(string steps)
        {
            var (x, y) = Quadratic();
            var p = new float[97];
            for (int i = 0; i < p.Length; i++)
            {
                p[i] = 0.01f * (i % 13) - 0.05f;
            }

            var g = new float[97];
            var m = new float[97];
            var v = new float[97];
            float sink = 0;
            var line = new List<string>();
            foreach (string step in steps.Split(','))
            {
                TimeSpan jit0 = System.Runtime.JitInfo.GetCompilationTime();
                long methods0 = System.Runtime.JitInfo.GetCompiledMethodCount();
                double cpu0 = ThreadCpuMs();
                long t0 = Stopwatch.GetTimestamp();
                switch (step)
                {
                    case "gm": sink += ScalarGenericMath<float>(x); break;
                    case "vec": sink += VectorLoop(x); break;
                    case "vecg": sink += VectorLoopGeneric<float>(x); break;
                    case "lane": sink += LaneApply<float, LaneActivations.Relu<float>>(x); break;
                    case "finite": FiniteGuard.EnsureFinite<float>(x.AsSpan(0, 20), 1, "x"); break;
                    case "shallow": sink += ShallowNet.SquaredErrorGradients<float, LaneActivations.Relu<float>>(p, 32, x.AsSpan(0, 20), y.AsSpan(0, 20), 0.05f, g); break;
                    case "adam": Optimizers.Adam<float>(p, g, m, v, 1, 0.01, 0.8, 0.999, 1e-8, 0, false, checkFinite: true); break;
                    case "step": sink += new QuadraticModel().TrainStep(x.AsSpan(0, 20), y.AsSpan(0, 20)); break;
                    default: throw new ArgumentException($"unknown probe {step}");
                }

                long t1 = Stopwatch.GetTimestamp();
                double cpu1 = ThreadCpuMs();
                line.Add($"{step}={F(Ms(t0, t1))}/{F(cpu1 - cpu0)}/{F((System.Runtime.JitInfo.GetCompilationTime() - jit0).TotalMilliseconds)}/{System.Runtime.JitInfo.GetCompiledMethodCount() - methods0}");
            }

            Console.WriteLine("probe (wall ms/thread CPU ms/JIT ms/methods) " + string.Join(' ', line) + $" sink={sink.ToString("R", CultureInfo.InvariantCulture)}");
            return float.IsFinite(sink) ? 0 : 1;
        }

        /// <summary>
        /// The steady state in one process: 3,000 TrainSteps (tier 1 reached, background compilation given 300 ms), then
        /// 7 timings of 20,000 steps on the 5 batches of 20 in turn; prints the median and minimum ns per step, wall and
        /// this thread's CPU time (the latter not inflated by other processes' load).
        /// </summary>
        private static int Steady(string name)
        {
            var (x, y) = Quadratic();
            var batchesX = Enumerable.Range(0, 5).Select(b => x.AsSpan(b * BatchSize, BatchSize).ToArray()).ToArray();
            var batchesY = Enumerable.Range(0, 5).Select(b => y.AsSpan(b * BatchSize, BatchSize).ToArray()).ToArray();
            float loss;
            Func<int, float> steps;
            if (name == "hand")
            {
                var hand = NewHand();
                steps = count =>
                {
                    float last = 0;
                    for (int i = 0; i < count; i++)
                    {
                        last = hand.TrainStep(batchesX[i % 5], batchesY[i % 5]);
                    }

                    return last;
                };
            }
            else
            {
                var net = NewNetGen(name);
                steps = count =>
                {
                    float last = 0;
                    for (int i = 0; i < count; i++)
                    {
                        last = net.TrainStep(batchesX[i % 5], batchesY[i % 5]);
                    }

                    return last;
                };
            }

            loss = steps(3000);
            System.Threading.Thread.Sleep(300);
            loss = steps(3000);
            var perStep = new List<double>();
            var cpuPerStep = new List<double>();
            for (int rep = 0; rep < 7; rep++)
            {
                double cpu0 = ThreadCpuMs();
                long t0 = Stopwatch.GetTimestamp();
                loss = steps(20000);
                perStep.Add(Ms(t0, Stopwatch.GetTimestamp()) * 1e6 / 20000);
                cpuPerStep.Add((ThreadCpuMs() - cpu0) * 1e6 / 20000);
            }

            perStep.Sort();
            cpuPerStep.Sort();
            Console.WriteLine($"case={name} step_ns_median={F(perStep[3])} step_ns_min={F(perStep[0])} step_cpu_ns_median={F(cpuPerStep[3])} step_cpu_ns_min={F(cpuPerStep[0])} loss={loss.ToString("R", CultureInfo.InvariantCulture)}");
            return float.IsFinite(loss) ? 0 : 1;
        }

        private static T ScalarGenericMath<T>(T[] x) where T : struct, IFloatingPointIeee754<T>
        {
            T sum = T.Zero;
            for (int i = 0; i < x.Length; i++)
            {
                sum += T.Max(x[i], T.Zero) * x[i];
            }

            return sum;
        }

        private static T LaneApply<T, TActivation>(T[] x)
            where T : struct, IFloatingPointIeee754<T>
            where TActivation : ILaneActivation<T>
            => TActivation.Apply(x[0]) + Vector.Sum(TActivation.Apply(new Vector<T>(x[1])));

        private static float VectorLoop(float[] x)
        {
            var sum = Vector<float>.Zero;
            var w = new Vector<float>(0.5f);
            for (int i = 0; i + Vector<float>.Count <= x.Length; i += Vector<float>.Count)
            {
                sum = Vector.Max(new Vector<float>(x, i) * w + sum, Vector<float>.Zero);
            }

            return Vector.Sum(sum);
        }

        private static T VectorLoopGeneric<T>(T[] x) where T : struct, IFloatingPointIeee754<T>
        {
            var sum = Vector<T>.Zero;
            var w = new Vector<T>(T.One);
            for (int i = 0; i + Vector<T>.Count <= x.Length; i += Vector<T>.Count)
            {
                sum = Vector.Max(new Vector<T>(x, i) * w + sum, Vector<T>.Zero);
            }

            return Vector.Sum(sum);
        }

        /// <summary>Generated source (characters, lines) and IL bytes of every model class's own methods.</summary>
        private static int Sizes(string generatedDirectory)
        {
            var types = new[] { typeof(QuadraticModel), typeof(QuadraticPerRow), typeof(QuadraticLanes), typeof(QuadraticShallow), typeof(QuadraticBatchMajor) };
            string[] files = Directory.Exists(generatedDirectory)
                ? Directory.GetFiles(generatedDirectory, "*.g.cs", SearchOption.AllDirectories)
                : Array.Empty<string>();
            Console.WriteLine("| class | strategy | generated chars | generated lines | IL bytes (own methods) | methods | largest methods (IL bytes) |");
            Console.WriteLine("|---|---|---:|---:|---:|---:|---|");
            foreach (var type in types)
            {
                var mine = files.Where(f => Path.GetFileName(f).Contains("." + type.Name + ".", StringComparison.Ordinal)).ToArray();
                long chars = mine.Sum(f => (long)File.ReadAllText(f).Length);
                long lines = mine.Sum(f => (long)File.ReadAllLines(f).Length);
                var methods = type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Cast<MethodBase>()
                    .Concat(type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static))
                    .Concat(type.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic).SelectMany(n => n.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)))
                    .Select(m => (Name: m.Name, Il: m.GetMethodBody()?.GetILAsByteArray()?.Length ?? 0))
                    .ToArray();
                var strategy = type.GetCustomAttribute<ForceStrategyAttribute>()?.Strategy.ToString() ?? "(planner)";
                string largest = string.Join(", ", methods.OrderByDescending(m => m.Il).Take(4).Select(m => $"{m.Name} {m.Il}"));
                Console.WriteLine($"| {type.Name} | {strategy} | {chars} | {lines} | {methods.Sum(m => m.Il)} | {methods.Length} | {largest} |");
            }

            if (files.Length == 0)
            {
                Console.Error.WriteLine($"no generated files under {generatedDirectory}");
                return 1;
            }

            return 0;
        }

        /// <summary>
        /// Starts <paramref name="rounds"/> rounds of fresh processes; each round runs every case under every
        /// configuration once, in the same order, so that load on the machine hits them alike. Prints medians.
        /// </summary>
        private static int Drive(int rounds, string[] options)
        {
            string self = Path.Combine(AppContext.BaseDirectory, "NetGen.FirstRun");
            var configurations = new List<(string Label, string Exe, (string, string)[] Env)>
            {
                ("default", self, Array.Empty<(string, string)>()),
                ("TieredCompilation=0", self, new[] { ("DOTNET_TieredCompilation", "0") }),
                ("TieredPGO=0", self, new[] { ("DOTNET_TieredPGO", "0") }),
                ("TC_QuickJitForLoops=0", self, new[] { ("DOTNET_TC_QuickJitForLoops", "0") }),
                ("ReadyToRun=0", self, new[] { ("DOTNET_ReadyToRun", "0") }),
            };
            string[] cases = Cases;
            foreach (string option in options)
            {
                string[] kv = option.Split('=', 2);
                if (kv[0] == "cases")
                {
                    cases = kv[1].Split(',');
                }
                else if (kv[0] == "only")
                {
                    configurations.RemoveAll(c => !kv[1].Split(',').Contains(c.Label));
                }
                else
                {
                    // LABEL=EXE[@VAR=VALUE...]: another build (a publish, or a copy of an older build), with environment settings.
                    string[] exeAndEnv = kv[1].Split('@');
                    var env = exeAndEnv.Skip(1).Select(e => e.Split('=', 2)).Select(e => (e[0], e[1])).ToArray();
                    configurations.Add((kv[0], Path.GetFullPath(exeAndEnv[0]), env));
                }
            }

            var results = new Dictionary<(string Config, string Case), List<Dictionary<string, double>>>();
            for (int round = 0; round < rounds; round++)
            {
                foreach (var config in configurations)
                {
                    foreach (string name in cases)
                    {
                        var info = new ProcessStartInfo(config.Exe, new[] { "run", name })
                        {
                            RedirectStandardOutput = true,
                            RedirectStandardError = true,
                            UseShellExecute = false,
                        };
                        foreach (var (key, value) in config.Env)
                        {
                            info.Environment[key] = value;
                        }

                        long start = Stopwatch.GetTimestamp();
                        using var process = Process.Start(info)!;
                        string output = process.StandardOutput.ReadToEnd();
                        string error = process.StandardError.ReadToEnd();
                        process.WaitForExit();
                        double wall = Ms(start, Stopwatch.GetTimestamp());
                        if (process.ExitCode != 0)
                        {
                            Console.Error.WriteLine($"{config.Label} {name}: exit {process.ExitCode}: {error.Trim()}");
                            return 1;
                        }

                        var figures = output.Trim().Split(' ')
                            .Select(p => p.Split('=', 2))
                            .Where(p => p.Length == 2 && double.TryParse(p[1], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                            .ToDictionary(p => p[0], p => double.Parse(p[1], NumberStyles.Float, CultureInfo.InvariantCulture));
                        figures["wall_ms"] = wall;
                        if (!results.TryGetValue((config.Label, name), out var list))
                        {
                            results[(config.Label, name)] = list = new List<Dictionary<string, double>>();
                        }

                        list.Add(figures);
                    }
                }
            }

            static double Median(IEnumerable<double> values)
            {
                var sorted = values.OrderBy(v => v).ToArray();
                return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
            }

            Console.WriteLine($"{rounds} fresh processes per cell, medians (min–max of fit_ms); ratios = hand's / this, same configuration, of the medians and of the minima");
            Console.WriteLine("| configuration | case | first Fit ms (min–max) | Fit thread CPU ms | Fit CPU ms | second Fit ms | JIT ms in Fit | methods JIT'd | IL bytes JIT'd | Main ms | process wall ms | hand / this (median, min) |");
            Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var config in configurations)
            {
                double hand = results.TryGetValue((config.Label, "hand"), out var h) ? Median(h.Select(r => r["fit_ms"])) : double.NaN;
                double handMin = h is null ? double.NaN : h.Min(r => r["fit_ms"]);
                foreach (string name in cases)
                {
                    var list = results[(config.Label, name)];
                    double fit = Median(list.Select(r => r["fit_ms"]));
                    double min = list.Min(r => r["fit_ms"]);
                    Console.WriteLine($"| {config.Label} | {name} | {F(fit)} ({F(min)}–{F(list.Max(r => r["fit_ms"]))}) | "
                        + $"{F(Median(list.Select(r => r.GetValueOrDefault("fit_thread_cpu_ms", double.NaN))))} | {F(Median(list.Select(r => r["fit_cpu_ms"])))} | {F(Median(list.Select(r => r["second_fit_ms"])))} | {F(Median(list.Select(r => r["fit_jit_ms"])))} | {Median(list.Select(r => r["fit_jit_methods"]))} | {Median(list.Select(r => r["fit_jit_il"]))} | "
                        + $"{F(Median(list.Select(r => r["main_ms"])))} | {F(Median(list.Select(r => r["wall_ms"])))} | {(hand / fit).ToString("F2", CultureInfo.InvariantCulture)}, {(handMin / min).ToString("F2", CultureInfo.InvariantCulture)} |");
                }
            }

            return 0;
        }

        /// <summary>
        /// The runtime's JIT events in this process: MethodJittingStarted to MethodLoadVerbose per method is its
        /// compile time (events are timestamped where they are raised, so the listener's own delay does not count).
        /// </summary>
        private sealed class JitListener : EventListener
        {
            private const EventKeywords JitKeyword = (EventKeywords)0x10;
            // TypeDiagnostic: TypeLoadStart/Stop (.NET 5+). NETGEN_FIRSTRUN_TYPES=1 adds them: which types the first Fit loads.
            private const EventKeywords TypeKeyword = (EventKeywords)0x8000000000;
            private static readonly bool RecordTypes = Environment.GetEnvironmentVariable("NETGEN_FIRSTRUN_TYPES") == "1";
            private readonly Dictionary<long, DateTime> _typeStarted = new();
            private readonly List<(double Ms, string Name)> _types = new();
            private readonly List<(DateTime At, string What)> _timeline = new();
            private readonly Dictionary<long, (DateTime Start, string Name)> _started = new();
            private readonly List<(double Ms, string Name, string Tier)> _done = new();
            private long _threadId = -1;
            private volatile bool _recording;

            [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "gettid")]
            private static extern int GetOsThreadId();

            /// <summary>Records the calling thread's compilations only (not the listener's own, on its thread).</summary>
            public void Start()
            {
                _threadId = OperatingSystem.IsLinux() ? GetOsThreadId() : -1;
                _recording = true;
            }

            public void Stop() => _recording = false;

            protected override void OnEventSourceCreated(EventSource eventSource)
            {
                if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
                {
                    EnableEvents(eventSource, EventLevel.Verbose, RecordTypes ? JitKeyword | TypeKeyword : JitKeyword);
                }
            }

            protected override void OnEventWritten(EventWrittenEventArgs e)
            {
                if (!_recording || e.Payload is null || e.PayloadNames is null || (_threadId >= 0 && e.OSThreadId != _threadId))
                {
                    return;
                }

                object? Get(string key)
                {
                    int i = e.PayloadNames!.IndexOf(key);
                    return i >= 0 ? e.Payload![i] : null;
                }

                lock (_done)
                {
                    if (e.EventName is "TypeLoadStart")
                    {
                        _typeStarted[Convert.ToInt64(Get("TypeLoadStartID"), CultureInfo.InvariantCulture)] = e.TimeStamp;
                    }
                    else if (e.EventName is "TypeLoadStop")
                    {
                        if (_typeStarted.Remove(Convert.ToInt64(Get("TypeLoadStartID"), CultureInfo.InvariantCulture), out var typeStart))
                        {
                            _types.Add(((e.TimeStamp - typeStart).TotalMilliseconds, $"{Get("TypeName")} (level {Get("LoadLevel")})"));
                            _timeline.Add((typeStart, $"type {F((e.TimeStamp - typeStart).TotalMilliseconds)} ms {Get("TypeName")} (level {Get("LoadLevel")})"));
                        }
                    }
                    else if (e.EventName is not null && e.EventName.StartsWith("MethodJittingStarted", StringComparison.Ordinal))
                    {
                        _started[Convert.ToInt64(Get("MethodID"), CultureInfo.InvariantCulture)] =
                            (e.TimeStamp, $"{Get("MethodNamespace")}::{Get("MethodName")} (IL {Get("MethodILSize")})");
                        if (RecordTypes)
                        {
                            _timeline.Add((e.TimeStamp, $"jit {Get("MethodNamespace")}::{Get("MethodName")} (IL {Get("MethodILSize")})"));
                        }
                    }
                    else if (e.EventName is not null && e.EventName.StartsWith("MethodLoadVerbose", StringComparison.Ordinal))
                    {
                        long id = Convert.ToInt64(Get("MethodID"), CultureInfo.InvariantCulture);
                        if (_started.Remove(id, out var start))
                        {
                            // MethodFlags bits 7–9: the optimization tier (TraceEvent's OptimizationTier; later codes printed as numbers).
                            uint flags = Convert.ToUInt32(Get("MethodFlags"), CultureInfo.InvariantCulture);
                            _done.Add(((e.TimeStamp - start.Start).TotalMilliseconds, start.Name, ((flags >> 7) & 0x7) switch
                            {
                                1 => "min-opts",
                                2 => "optimized",
                                3 => "tier0",
                                4 => "tier1",
                                uint code => $"tier-code {code}",
                            }));
                        }
                    }
                }
            }

            public void Print(int top)
            {
                System.Threading.Thread.Sleep(1500); // EventPipe delivers in batches
                lock (_done)
                {
                    Console.WriteLine($"jit_events methods={_done.Count} total_ms={F(_done.Sum(d => d.Ms))}");
                    foreach (var d in _done.OrderByDescending(d => d.Ms).Take(top))
                    {
                        Console.WriteLine($"  {F(d.Ms),7} ms  {d.Tier,-11}  {d.Name}");
                    }

                    foreach (var group in _done.GroupBy(d => d.Name.Split("::")[0]).OrderByDescending(g => g.Sum(d => d.Ms)).Take(8))
                    {
                        Console.WriteLine($"  namespace/type {group.Key}: {group.Count()} methods, {F(group.Sum(d => d.Ms))} ms");
                    }

                    if (RecordTypes)
                    {
                        // Nested loads overlap: the sum counts a nested load's time in its parent as well.
                        Console.WriteLine($"type_loads count={_types.Count} sum_ms={F(_types.Sum(t => t.Ms))}");
                        foreach (var t in _types)
                        {
                            Console.WriteLine($"  {F(t.Ms),7} ms  {t.Name}");
                        }

                        Console.WriteLine("timeline (JIT starts and type loads, by start time)");
                        foreach (var t in _timeline.OrderBy(t => t.At))
                        {
                            Console.WriteLine($"  {t.What}");
                        }
                    }
                }
            }
        }
    }
}
