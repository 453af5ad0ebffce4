extern alias portable;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Modern = global::NetGen;
using P = portable::NetGen;
using ModernRt = global::NetGen.Runtime;
using PRt = portable::NetGen.Runtime;

namespace NetGen.Portable.Tests.Portable;

/// <summary>
/// The netstandard2.1 build (alias <c>portable</c>) against the generic helpers compiled from the same sources for net10.0
/// (this assembly): bit for bit, since on .NET both use the same MathF/Math functions and the same operation order
/// (the SIMD kernels are compared through their scalar overloads where SIMD reorders sums or fuses multiply-adds).
/// </summary>
public class ParityTests
{
    private static readonly float[] SpecialFloats =
        [0f, -0f, 1f, -1f, 0.5f, -0.5f, 1e-7f, -1e-7f, 3f, -3f, 6f, 6.5f, 19.9f, 20f, 20.5f, -20f, 88f, -88f, 100f, -100f, 1e30f, -1e30f,
         float.MaxValue, float.MinValue, float.Epsilon, float.PositiveInfinity, float.NegativeInfinity, float.NaN];

    /// <summary>Deterministic values in [-scale, scale) from a fixed LCG (no clock, no string hashes).</summary>
    private static double[] Values(int count, ulong seed, double scale = 3)
    {
        var values = new double[count];
        ulong state = seed;
        for (int i = 0; i < count; i++)
        {
            state = state * 6364136223846793005UL + 1442695040888963407UL;
            values[i] = ((state >> 11) * (1.0 / (1UL << 53)) * 2 - 1) * scale;
        }

        return values;
    }

    private static float[] Floats(int count, ulong seed, double scale = 3) => Values(count, seed, scale).Select(v => (float)v).ToArray();

    private static float[] Grid()
        => SpecialFloats.Concat(Floats(400, 7, 25)).ToArray();

    private static void SameBits(float expected, float actual, string what)
    {
        bool same = BitConverter.SingleToInt32Bits(expected) == BitConverter.SingleToInt32Bits(actual) || (float.IsNaN(expected) && float.IsNaN(actual));
        Assert.True(same, $"{what}: modern {expected:R} ({BitConverter.SingleToInt32Bits(expected):X8}), portable {actual:R} ({BitConverter.SingleToInt32Bits(actual):X8})");
    }

    private static void SameBits(double expected, double actual, string what)
    {
        bool same = BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual) || (double.IsNaN(expected) && double.IsNaN(actual));
        Assert.True(same, $"{what}: modern {expected:R}, portable {actual:R}");
    }

    private static void SameBits(ReadOnlySpan<float> expected, ReadOnlySpan<float> actual, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            SameBits(expected[i], actual[i], $"{what}[{i}]");
        }
    }

    private static void SameBits(ReadOnlySpan<double> expected, ReadOnlySpan<double> actual, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            SameBits(expected[i], actual[i], $"{what}[{i}]");
        }
    }

    // ---- Activations: every scalar overload of the portable build against its generic original ----

    [Theory]
    [InlineData(typeof(float))]
    [InlineData(typeof(double))]
    public void Every_activation_and_derivative_matches_the_generic_one(Type t)
    {
        var portableMethods = typeof(P.Activations).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => !m.IsGenericMethod && m.ReturnType == t && m.GetParameters().Any(p => p.ParameterType == t))
            .ToList();
        var alphas = new[] { double.NaN, 0.01, 0.2, 1.0 };
        var grid = Grid();
        int compared = 0;
        foreach (var portableMethod in portableMethods)
        {
            var parameters = portableMethod.GetParameters();
            var modern = typeof(Modern.Activations).GetMethods(BindingFlags.Public | BindingFlags.Static)
                .Single(m => m.Name == portableMethod.Name && m.IsGenericMethodDefinition && m.GetParameters().Length == parameters.Length)
                .MakeGenericMethod(t);
            foreach (var argumentSet in Arguments(parameters, t, grid, alphas))
            {
                object? expected = Invoke(modern, argumentSet.Modern);
                object? actual = Invoke(portableMethod, argumentSet.Portable);
                string what = $"{portableMethod.Name}({string.Join(", ", argumentSet.Modern)})";
                if (expected is Exception e)
                {
                    Assert.Equal(e.GetType(), actual?.GetType());
                }
                else if (t == typeof(float))
                {
                    SameBits((float)expected!, (float)actual!, what);
                }
                else
                {
                    SameBits((double)expected!, (double)actual!, what);
                }

                compared++;
            }
        }

        // Every generic scalar activation has its overload: a missing one fails here.
        int generic = typeof(Modern.Activations).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Count(m => m.IsGenericMethodDefinition && m.ReturnType.IsGenericParameter && m.GetParameters().All(p => !p.ParameterType.IsByRefLike));
        Assert.Equal(generic, portableMethods.Count);
        Assert.True(generic >= 30, $"only {generic} generic activations");
        Assert.True(compared > 20_000, $"only {compared} comparisons");
    }

    private static object? Invoke(MethodInfo method, object?[] arguments)
    {
        try
        {
            return method.Invoke(null, arguments);
        }
        catch (TargetInvocationException e)
        {
            return e.InnerException;
        }
    }

    private static IEnumerable<(object?[] Modern, object?[] Portable)> Arguments(ParameterInfo[] parameters, Type t, float[] grid, double[] alphas)
    {
        IEnumerable<(object?[] Modern, object?[] Portable)> sets = [([], [])];
        foreach (var parameter in parameters)
        {
            var options = new List<(object? Modern, object? Portable)>();
            if (parameter.ParameterType == t)
            {
                options.AddRange(grid.Select(x => t == typeof(float) ? ((object?)x, (object?)x) : ((object?)(double)x, (object?)(double)x)));
            }
            else if (parameter.ParameterType == typeof(double))
            {
                options.AddRange(alphas.Select(a => ((object?)a, (object?)a)));
            }
            else if (parameter.ParameterType.IsEnum)
            {
                var modernEnum = typeof(Modern.Activation);
                Assert.Equal(modernEnum.FullName, parameter.ParameterType.FullName);
                options.AddRange(Enum.GetValues(modernEnum).Cast<object>().Select(v => ((object?)v, (object?)Enum.ToObject(parameter.ParameterType, (int)v))));
            }
            else
            {
                throw new InvalidOperationException($"No arguments for {parameter.ParameterType}.");
            }

            // A parameter after the first of type T or an enum takes fewer values, to bound the product.
            var chosen = options.Count > 50 && parameters[0] != parameter ? options.Where((_, i) => i % 17 == 0).ToList() : options;
            sets = sets.SelectMany(set => chosen.Select(option => (set.Modern.Append(option.Modern).ToArray(), set.Portable.Append(option.Portable).ToArray()))).ToList();
        }

        return sets;
    }

    [Fact]
    public void Softmax_and_log_softmax_rows_match()
    {
        var x = Floats(13, 3, 30);
        var expected = new float[13];
        var actual = new float[13];
        Modern.Activations.Softmax<float>(x, expected, simd: false); // the vector path computes exp differently
        P.Activations.Softmax(x, actual);
        SameBits(expected, actual, "softmax");
    }

    // ---- Losses ----

    [Fact]
    public void Every_loss_and_gradient_matches()
    {
        var y = Floats(29, 11);
        var t = Floats(29, 12);
        var probabilities = Floats(29, 13, 0.5).Select(v => v + 0.5f).ToArray();
        var oneHot = new float[29];
        oneHot[4] = 1;
        float scale = 1f / 29;
        var expected = new float[29];
        var actual = new float[29];

        SameBits(Modern.Runtime.Losses.SquaredErrorSum<float>(y, t), PRt.Losses.SquaredErrorSum(y, t), "SquaredErrorSum");
        SameBits(Modern.Runtime.Losses.AbsoluteErrorSum<float>(y, t), PRt.Losses.AbsoluteErrorSum(y, t), "AbsoluteErrorSum");
        SameBits(Modern.Runtime.Losses.HuberSum<float>(y, t, 0.7f), PRt.Losses.HuberSum(y, t, 0.7f), "HuberSum");
        SameBits(Modern.Runtime.Losses.BinaryCrossEntropyWithLogitsSum<float>(y, probabilities), PRt.Losses.BinaryCrossEntropyWithLogitsSum(y, probabilities), "BCE");
        SameBits(Modern.Runtime.Losses.SoftmaxCrossEntropySum<float>(y, oneHot), PRt.Losses.SoftmaxCrossEntropySum(y, oneHot), "CE");
        SameBits(Modern.Runtime.Losses.MeanSquaredError<float>(y, t), PRt.Losses.MeanSquaredError(y, t), "MSE");
        SameBits(Modern.Runtime.Losses.MeanAbsoluteError<float>(y, t), PRt.Losses.MeanAbsoluteError(y, t), "MAE");

        Modern.Runtime.Losses.SquaredErrorGradient<float>(y, t, scale, expected);
        PRt.Losses.SquaredErrorGradient(y, t, scale, actual);
        SameBits(expected, actual, "SquaredErrorGradient");
        Modern.Runtime.Losses.AbsoluteErrorGradient<float>(y, t, scale, expected);
        PRt.Losses.AbsoluteErrorGradient(y, t, scale, actual);
        SameBits(expected, actual, "AbsoluteErrorGradient");
        Modern.Runtime.Losses.HuberGradient<float>(y, t, 0.7f, scale, expected);
        PRt.Losses.HuberGradient(y, t, 0.7f, scale, actual);
        SameBits(expected, actual, "HuberGradient");
        Modern.Runtime.Losses.BinaryCrossEntropyWithLogitsGradient<float>(y, probabilities, scale, expected);
        PRt.Losses.BinaryCrossEntropyWithLogitsGradient(y, probabilities, scale, actual);
        SameBits(expected, actual, "BCE gradient");
        Modern.Runtime.Losses.SoftmaxCrossEntropyGradient<float>(y, oneHot, scale, expected, simd: false);
        PRt.Losses.SoftmaxCrossEntropyGradient(y, oneHot, scale, actual);
        SameBits(expected, actual, "CE gradient");

        var yd = Values(29, 11);
        var td = Values(29, 12);
        SameBits(Modern.Runtime.Losses.HuberSum<double>(yd, td, 0.7), PRt.Losses.HuberSum(yd, td, 0.7), "HuberSum double");
    }

    // ---- Optimizers: several steps, a length that leaves a SIMD remainder ----

    [Theory]
    [InlineData(0.0, false)]
    [InlineData(0.01, false)]
    [InlineData(0.01, true)]
    public void Adam_and_AdamW_steps_match(double weightDecay, bool decoupled)
    {
        var modern = (P: Floats(37, 1), G: Floats(37, 2), M: new float[37], V: new float[37]);
        var port = (P: (float[])modern.P.Clone(), G: modern.G, M: new float[37], V: new float[37]);
        for (long step = 1; step <= 5; step++)
        {
            ModernRt.Optimizers.Adam<float>(modern.P, modern.G, modern.M, modern.V, step, 0.01, 0.9, 0.999, 1e-8, weightDecay, decoupled, checkFinite: true);
            PRt.Optimizers.Adam(port.P, port.G, port.M, port.V, step, 0.01, 0.9, 0.999, 1e-8, weightDecay, decoupled, checkFinite: true);
        }

        SameBits(modern.P, port.P, "parameters");
        SameBits(modern.M, port.M, "exp_avg");
        SameBits(modern.V, port.V, "exp_avg_sq");
    }

    [Theory]
    [InlineData(0.0, 0.0, false, 0.0)]
    [InlineData(0.9, 0.1, false, 0.01)]
    [InlineData(0.9, 0.0, true, 0.0)]
    public void Sgd_steps_match(double momentum, double dampening, bool nesterov, double weightDecay)
    {
        var g = Values(37, 2);
        var modernP = Values(37, 1);
        var portP = (double[])modernP.Clone();
        var modernB = new double[37];
        var portB = new double[37];
        for (long step = 1; step <= 4; step++)
        {
            ModernRt.Optimizers.Sgd<double>(modernP, g, modernB, step, 0.05, momentum, dampening, nesterov, weightDecay);
            PRt.Optimizers.Sgd(portP, g, portB, step, 0.05, momentum, dampening, nesterov, weightDecay);
        }

        SameBits(modernP, portP, "parameters");
        SameBits(modernB, portB, "momentum_buffer");
    }

    [Fact]
    public void Rprop_steps_match()
    {
        var modernP = Floats(37, 1);
        var portP = (float[])modernP.Clone();
        var modernPrev = new float[37];
        var portPrev = new float[37];
        var modernSize = new float[37];
        var portSize = new float[37];
        for (long step = 1; step <= 6; step++)
        {
            var g = Floats(37, (ulong)(100 + step));
            g[3] = 0;
            ModernRt.Optimizers.Rprop<float>(modernP, g, modernPrev, modernSize, step, 0.01, 0.5, 1.2, 1e-6, 50, checkFinite: true);
            PRt.Optimizers.Rprop(portP, g, portPrev, portSize, step, 0.01, 0.5, 1.2, 1e-6, 50, checkFinite: true);
        }

        SameBits(modernP, portP, "parameters");
        SameBits(modernPrev, portPrev, "prev");
        SameBits(modernSize, portSize, "step_size");
    }

    [Fact]
    public void A_non_finite_update_throws_and_writes_nothing_in_both()
    {
        var p = Floats(37, 1);
        var g = Floats(37, 2);
        g[20] = float.PositiveInfinity;
        var before = (float[])p.Clone();
        var m = new float[37];
        var v = new float[37];
        var modern = Assert.Throws<Modern.NonFiniteValueException>(() => ModernRt.Optimizers.Adam<float>(p, g, m, v, 1, 0.01, 0.9, 0.999, 1e-8, 0, false, checkFinite: true));
        var port = Assert.Throws<P.NonFiniteValueException>(() => PRt.Optimizers.Adam(p, g, m, v, 1, 0.01, 0.9, 0.999, 1e-8, 0, false, checkFinite: true));
        Assert.Equal(modern.Message, port.Message);
        SameBits(before, p, "parameters after the refused update");
    }

    // ---- Initializers and dropout with a fixed seed ----

    [Fact]
    public void Every_initializer_draws_the_same_weights()
    {
        foreach (Modern.Initialization scheme in Enum.GetValues<Modern.Initialization>())
        {
            var modernW = new float[6 * 5];
            var modernB = new float[5];
            var portW = new float[6 * 5];
            var portB = new float[5];
            ModernRt.Initializers.InitializeDense<float>(modernW, modernB, 6, 5, scheme, new Modern.DeterministicRandom(42), double.NaN);
            PRt.Initializers.InitializeDense(portW, portB, 6, 5, (P.Initialization)(int)scheme, new P.DeterministicRandom(42), double.NaN);
            SameBits(modernW, portW, $"{scheme} weights");
            SameBits(modernB, portB, $"{scheme} bias");
            Assert.Contains(modernW, w => w != 0);
        }
    }

    [Fact]
    public void Dropout_masks_and_gradients_match()
    {
        var x = Floats(50, 5);
        var modernY = new float[50];
        var modernMask = new float[50];
        var portY = new float[50];
        var portMask = new float[50];
        ModernRt.Dropout.Forward<float>(x, modernY, modernMask, 0.3, new Modern.DeterministicRandom(9));
        PRt.Dropout.Forward(x, portY, portMask, 0.3, new P.DeterministicRandom(9));
        SameBits(modernY, portY, "y");
        SameBits(modernMask, portMask, "mask");
        Assert.Contains(modernMask, m => m == 0);

        var modernDy = Floats(50, 6);
        var portDy = (float[])modernDy.Clone();
        ModernRt.Dropout.Backward<float>(modernDy, modernMask);
        PRt.Dropout.Backward(portDy, portMask);
        SameBits(modernDy, portDy, "dy");
    }

    // ---- Normalization and standardization kernels ----

    [Fact]
    public void Layer_and_batch_norm_kernels_match()
    {
        const int n = 7, features = 5;
        var x = Floats(n * features, 21);
        var dy = Floats(n * features, 22);
        var gamma = Floats(features, 23);
        var beta = Floats(features, 24);

        float[][] Run(bool portable)
        {
            var y = new float[n * features];
            var mean = new float[n];
            var rstd = new float[n];
            var dx = new float[n * features];
            var dGamma = new float[features];
            var dBeta = new float[features];
            var runningMean = new float[features];
            var runningVar = Enumerable.Repeat(1f, features).ToArray();
            var bMean = new float[features];
            var bRstd = new float[features];
            var by = new float[n * features];
            var bdx = new float[n * features];
            var bdGamma = new float[features];
            var bdBeta = new float[features];
            var ey = new float[n * features];
            if (portable)
            {
                PRt.Normalization.LayerNormForward(x, gamma, beta, y, mean, rstd, n, features, 1e-5);
                PRt.Normalization.LayerNormBackward(dy, x, gamma, mean, rstd, dx, dGamma, dBeta, n, features);
                PRt.Normalization.BatchNormTrainForward(x, gamma, beta, by, runningMean, runningVar, bMean, bRstd, n, features, 1e-5, 0.1);
                PRt.Normalization.BatchNormBackward(dy, x, gamma, bMean, bRstd, bdx, bdGamma, bdBeta, n, features);
                PRt.Normalization.BatchNormEvalForward(x, gamma, beta, runningMean, runningVar, ey, n, features, 1e-5);
            }
            else
            {
                ModernRt.Normalization.LayerNormForward<float>(x, gamma, beta, y, mean, rstd, n, features, 1e-5);
                ModernRt.Normalization.LayerNormBackward<float>(dy, x, gamma, mean, rstd, dx, dGamma, dBeta, n, features);
                ModernRt.Normalization.BatchNormTrainForward<float>(x, gamma, beta, by, runningMean, runningVar, bMean, bRstd, n, features, 1e-5, 0.1);
                ModernRt.Normalization.BatchNormBackward<float>(dy, x, gamma, bMean, bRstd, bdx, bdGamma, bdBeta, n, features);
                ModernRt.Normalization.BatchNormEvalForward<float>(x, gamma, beta, runningMean, runningVar, ey, n, features, 1e-5);
            }

            return [y, mean, rstd, dx, dGamma, dBeta, runningMean, runningVar, by, bdx, bdGamma, bdBeta, ey];
        }

        var expected = Run(portable: false);
        var actual = Run(portable: true);
        for (int i = 0; i < expected.Length; i++)
        {
            SameBits(expected[i], actual[i], $"output {i}");
        }
    }

    [Fact]
    public void Standardization_matches()
    {
        const int n = 9, features = 4;
        var x = Values(n * features, 31, 1000);
        var modernMean = new double[features];
        var modernStd = new double[features];
        var portMean = new double[features];
        var portStd = new double[features];
        ModernRt.Standardization.Adapt<double>(x, features, modernMean, modernStd);
        PRt.Standardization.Adapt(x, features, portMean, portStd);
        SameBits(modernMean, portMean, "mean");
        SameBits(modernStd, portStd, "std");
        var modernY = new double[n * features];
        var portY = new double[n * features];
        ModernRt.Standardization.Apply<double>(x, modernMean, modernStd, modernY, n, features);
        PRt.Standardization.Apply(x, portMean, portStd, portY, n, features);
        SameBits(modernY, portY, "y");
    }

    // ---- LinearAlgebra: the portable kernels are the scalar paths ----

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(5, 13, 7)]
    [InlineData(9, 33, 17)]
    public void Dense_kernels_match_the_scalar_paths(int rows, int fanIn, int fanOut)
    {
        var x = Floats(rows * fanIn, 41);
        var w = Floats(fanOut * fanIn, 42);
        var b = Floats(fanOut, 43);
        var dz = Floats(rows * fanOut, 44);

        var modernZ = new float[rows * fanOut];
        var portZ = new float[rows * fanOut];
        ModernRt.LinearAlgebra.DenseForward<float>(x, w, b, modernZ, rows, fanIn, fanOut, simd: false);
        PRt.LinearAlgebra.DenseForward(x, w, b, portZ, rows, fanIn, fanOut);
        SameBits(modernZ, portZ, "z");

        var modernGw = Floats(fanOut * fanIn, 45);
        var portGw = (float[])modernGw.Clone();
        var modernGb = Floats(fanOut, 46);
        var portGb = (float[])modernGb.Clone();
        ModernRt.LinearAlgebra.DenseWeightGradient<float>(dz, x, modernGw, modernGb, rows, fanIn, fanOut, simd: false, wide: false);
        PRt.LinearAlgebra.DenseWeightGradient(dz, x, portGw, portGb, rows, fanIn, fanOut);
        SameBits(modernGw, portGw, "gw");
        SameBits(modernGb, portGb, "gb");

        var modernDx = new float[rows * fanIn];
        var portDx = new float[rows * fanIn];
        ModernRt.LinearAlgebra.DenseInputGradient<float>(dz, w, modernDx, rows, fanIn, fanOut, simd: false);
        PRt.LinearAlgebra.DenseInputGradient(dz, w, portDx, rows, fanIn, fanOut);
        SameBits(modernDx, portDx, "dx");

        SameBits(ModernRt.LinearAlgebra.Dot<float>(x, x, simd: false), PRt.LinearAlgebra.Dot(x, x), "dot");
        var modernY = Floats(x.Length, 47);
        var portY = (float[])modernY.Clone();
        ModernRt.LinearAlgebra.Axpy<float>(0.25f, x, modernY, simd: false);
        PRt.LinearAlgebra.Axpy(0.25f, x, portY);
        SameBits(modernY, portY, "axpy");
    }

    [Fact]
    public void Dense_forward_agrees_with_a_plain_reference_loop()
    {
        const int rows = 3, fanIn = 4, fanOut = 2;
        var x = Floats(rows * fanIn, 51);
        var w = Floats(fanOut * fanIn, 52);
        var b = Floats(fanOut, 53);
        var z = new float[rows * fanOut];
        PRt.LinearAlgebra.DenseForward(x, w, b, z, rows, fanIn, fanOut);
        for (int r = 0; r < rows; r++)
        {
            for (int j = 0; j < fanOut; j++)
            {
                float sum = 0;
                for (int i = 0; i < fanIn; i++)
                {
                    sum += x[r * fanIn + i] * w[j * fanIn + i];
                }

                SameBits(b[j] + sum, z[r * fanOut + j], $"z[{r},{j}]");
            }
        }
    }

    // ---- Checkpoint: the same bytes, and each build loads the other's file ----

    [Fact]
    public void Checkpoint_files_are_byte_identical_and_load_across_builds()
    {
        var parameters = Floats(14, 61);
        var m = Floats(14, 62);
        var v = Floats(14, 63).Select(Math.Abs).ToArray();
        var modernLayout = new Modern.ParameterLayout(14, new Modern.ParameterTensor("fc.weight", 0, 3, 4), new Modern.ParameterTensor("fc.bias", 12, 2));
        var portLayout = new P.ParameterLayout(14, new P.ParameterTensor("fc.weight", 0, 3, 4), new P.ParameterTensor("fc.bias", 12, 2));
        var modernState = new ModernRt.OptimizerState<float>("Adam", 7, new ModernRt.OptimizerBuffer<float>("exp_avg", m), new ModernRt.OptimizerBuffer<float>("exp_avg_sq", v));
        var portState = new PRt.OptimizerState<float>("Adam", 7, new PRt.OptimizerBuffer<float>("exp_avg", m), new PRt.OptimizerBuffer<float>("exp_avg_sq", v));

        var modernFile = new MemoryStream();
        var portFile = new MemoryStream();
        ModernRt.Checkpoint.Save<float>(modernFile, modernLayout, parameters, modernState);
        PRt.Checkpoint.Save(portFile, portLayout, parameters, portState);
        Assert.Equal(modernFile.ToArray(), portFile.ToArray());

        var loaded = new float[14];
        var loadedM = new float[14];
        var loadedV = new float[14];
        var target = new PRt.OptimizerState<float>("Adam", 0, new PRt.OptimizerBuffer<float>("exp_avg", loadedM), new PRt.OptimizerBuffer<float>("exp_avg_sq", loadedV));
        PRt.Checkpoint.Load(new MemoryStream(modernFile.ToArray()), portLayout, loaded, target);
        SameBits(parameters, loaded, "parameters");
        SameBits(m, loadedM, "exp_avg");
        SameBits(v, loadedV, "exp_avg_sq");

        var loadedDouble = new double[14];
        var doubleState = new ModernRt.OptimizerState<double>("Adam", 0, new ModernRt.OptimizerBuffer<double>("exp_avg", new double[14]), new ModernRt.OptimizerBuffer<double>("exp_avg_sq", new double[14]));
        ModernRt.Checkpoint.Load<double>(new MemoryStream(portFile.ToArray()), modernLayout, loadedDouble, doubleState);
        SameBits(parameters.Select(p => (double)p).ToArray(), loadedDouble, "parameters as double");
        Assert.Equal(7, doubleState.Step);
    }

    [Fact]
    public void A_corrupt_checkpoint_is_refused_alike_and_loads_nothing()
    {
        var parameters = Floats(14, 61);
        var portLayout = new P.ParameterLayout(14, new P.ParameterTensor("fc.weight", 0, 3, 4), new P.ParameterTensor("fc.bias", 12, 2));
        var modernLayout = new Modern.ParameterLayout(14, new Modern.ParameterTensor("fc.weight", 0, 3, 4), new Modern.ParameterTensor("fc.bias", 12, 2));
        var file = new MemoryStream();
        PRt.Checkpoint.Save(file, portLayout, parameters);
        var bytes = file.ToArray();
        bytes[^3] = 0xFF;
        bytes[^2] = 0xFF;
        bytes[^1] = 0xFF; // the last float becomes NaN
        var modernTarget = new float[14];
        var portTarget = new float[14];
        var modern = Record.Exception(() => ModernRt.Checkpoint.Load<float>(new MemoryStream(bytes), modernLayout, modernTarget));
        var port = Record.Exception(() => PRt.Checkpoint.Load(new MemoryStream(bytes), portLayout, portTarget));
        Assert.NotNull(modern);
        Assert.Equal(modern.GetType().Name, port?.GetType().Name);
        Assert.Equal(modern.Message, port!.Message);
        Assert.All(portTarget, value => Assert.Equal(0f, value));
    }

    // ---- Classification, guards and baked data ----

    [Fact]
    public void Classification_helpers_match()
    {
        var scores = Floats(10, 71);
        Assert.Equal(ModernRt.Classification.ArgMax<float>(scores), PRt.Classification.ArgMax(scores));
        Assert.Equal(ModernRt.Classification.BinaryClass(0.5f), PRt.Classification.BinaryClass(0.5f));
        SameBits(ModernRt.Classification.RowSumTolerance<float>(10), PRt.Classification.RowSumTolerance<float>(10), "tolerance");
        SameBits(ModernRt.Classification.RowSumTolerance<double>(10), PRt.Classification.RowSumTolerance<double>(10), "tolerance double");
        int[] classes = [2, 0, 1, 2];
        var modern = ModernRt.Classification.RentTargets<float>(classes, 3);
        var port = PRt.Classification.RentTargets<float>(classes, 3);
        SameBits(modern.AsSpan(0, 12), port.AsSpan(0, 12), "targets");
        Assert.Throws<NotSupportedException>(() => PRt.Classification.RentTargets<decimal>(classes, 3));
    }

    [Fact]
    public void Finite_guards_match()
    {
        foreach (float x in SpecialFloats)
        {
            Assert.Equal(float.IsFinite(x), PRt.FiniteGuard.IsFinite(x));
            Assert.Equal(double.IsFinite(x), PRt.FiniteGuard.IsFinite((double)x));
        }

        var values = Floats(20, 81);
        values[13] = float.NaN;
        var modern = Assert.Throws<Modern.NonFiniteValueException>(() => ModernRt.FiniteGuard.EnsureFinite<float>(values, 5, "inputs"));
        var port = Assert.Throws<P.NonFiniteValueException>(() => PRt.FiniteGuard.EnsureFinite(values, 5, "inputs"));
        Assert.Equal(modern.Message, port.Message);
    }

    [Fact]
    public void Baked_data_decodes_alike()
    {
        var values = Floats(33, 91);
        var bytes = values.SelectMany(BitConverter.GetBytes).ToArray();
        string[] lines = [Convert.ToBase64String(bytes, 0, 64), Convert.ToBase64String(bytes, 64, bytes.Length - 64)];
        SameBits(ModernRt.BakedData.Singles(33, lines), PRt.BakedData.Singles(33, lines), "singles");
        SameBits(values, PRt.BakedData.Singles(33, lines), "decoded");
    }
}
