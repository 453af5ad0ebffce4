using System;
using System.Linq;
using System.Reflection;
using NetGen.Tests.Networks;

namespace NetGen.Tests
{
    /// <summary>The generated members keep their contract names and never shadow what users write in attributes.</summary>
    public class GeneratedSurfaceTests
    {
        private static readonly Type[] Networks = { typeof(QuadraticModel), typeof(MyNet), typeof(NamesStayBindable), typeof(Outer.Nested), typeof(OptSgdMomentum) };

        [Fact]
        public void No_generated_member_is_named_like_an_attribute_argument()
        {
            // Attribute arguments are bound inside the class: a member named Loss breaks [Loss(Loss.Huber)].
            var reserved = new[] { typeof(Activation), typeof(Loss), typeof(Precision), typeof(Initialization) }
                .SelectMany(e => Enum.GetNames(e).Append(e.Name))
                .Concat(new[] { "Network", "Input", "Dense", "Adam", "AdamW", "Sgd", "Defaults" })
                .ToHashSet();
            foreach (var type in Networks)
            {
                var clashes = type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Select(m => m.Name)
                    .Where(reserved.Contains)
                    .ToList();
                Assert.True(clashes.Count == 0, $"{type.Name} declares {string.Join(", ", clashes)}");
            }
        }

        [Fact]
        public void Contract_members_exist_with_their_types()
        {
            var t = typeof(QuadraticModel);
            Assert.Equal(1, (int)t.GetField("InputSize")!.GetRawConstantValue()!);
            Assert.Equal(1, (int)t.GetField("OutputSize")!.GetRawConstantValue()!);
            Assert.Equal(32 * 1 + 32 + 32 + 1, (int)t.GetField("ParameterCount")!.GetRawConstantValue()!);
            Assert.Equal(typeof(Span<float>), t.GetProperty("Parameters")!.PropertyType);
            Assert.Equal(typeof(Span<float>), t.GetProperty("Gradients")!.PropertyType);
            Assert.NotNull(t.GetMethod("Predict", new[] { typeof(float) }));
            Assert.NotNull(t.GetMethod("Predict", new[] { typeof(ReadOnlySpan<float>), typeof(Span<float>) }));
            Assert.Equal(typeof(float), t.GetMethod("TrainStep")!.ReturnType);
            var fits = t.GetMethods().Where(m => m.Name == "Fit").ToDictionary(m => m.GetParameters()[2].ParameterType);
            Assert.Equal(typeof(float[]), fits[typeof(int)].ReturnType);
            Assert.Equal(typeof(FitResult), fits[typeof(FitOptions)].ReturnType);
            Assert.Equal(typeof(double), t.GetProperty("LearningRate")!.PropertyType);
            Assert.True(t.GetProperty("LearningRate")!.CanWrite);
            Assert.NotNull(t.GetMethod("OptimizerStep", Type.EmptyTypes));
            Assert.NotNull(t.GetConstructor(Type.EmptyTypes));
            Assert.NotNull(t.GetConstructor(new[] { typeof(int) }));
            Assert.NotNull(t.GetCustomAttribute<System.CodeDom.Compiler.GeneratedCodeAttribute>());

            // Double precision gives the same members typed double; Predict(T) exists only for 1→1 networks.
            var d = typeof(Outer.Nested);
            Assert.Equal(typeof(Span<double>), d.GetProperty("Parameters")!.PropertyType);
            Assert.Equal(typeof(double), d.GetMethod("EvaluateLoss", new[] { typeof(ReadOnlySpan<double>), typeof(ReadOnlySpan<double>) })!.ReturnType);

            // It is a classifier (CrossEntropy): the class-index overloads and the class members exist too.
            Assert.Equal(typeof(double), d.GetMethod("EvaluateLoss", new[] { typeof(ReadOnlySpan<double>), typeof(ReadOnlySpan<int>) })!.ReturnType);
            Assert.Equal(typeof(int), d.GetMethod("PredictClass", new[] { typeof(ReadOnlySpan<double>) })!.ReturnType);
            Assert.Equal(typeof(double), d.GetMethod("Accuracy", new[] { typeof(ReadOnlySpan<double>), typeof(ReadOnlySpan<int>) })!.ReturnType);
            Assert.Null(t.GetMethod("PredictClass"));
            Assert.Null(d.GetMethod("Predict", new[] { typeof(double) }));
        }
    }
}
