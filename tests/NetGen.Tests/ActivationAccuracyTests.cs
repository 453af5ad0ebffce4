using System;
using NetGen.Runtime;

namespace NetGen.Tests
{
    /// <summary>Tails where log(1 + e^x) in working precision would round to 0 but PyTorch's log1p does not.</summary>
    public class ActivationAccuracyTests
    {
        [Theory]
        [InlineData(-17.0)]
        [InlineData(-30.0)]
        [InlineData(-80.0)]
        public void Float_softplus_keeps_its_tail(double x)
        {
            float got = Activations.Softplus((float)x);
            double want = Math.Exp(x); // log(1 + ε) = ε − ε²/2 + …, and ε² is far below float precision here
            Assert.True(Math.Abs(got - want) <= 1e-6 * want, $"softplus({x}) = {got}, want {want}");
        }

        [Theory]
        [InlineData(-40.0)]
        [InlineData(-700.0)]
        public void Double_softplus_keeps_its_tail(double x)
        {
            double got = Activations.Softplus(x);
            Assert.True(Math.Abs(got - Math.Exp(x)) <= 1e-12 * Math.Exp(x), $"softplus({x}) = {got:R}");
        }

        [Theory]
        [InlineData(0.3)]
        [InlineData(-2.5)]
        [InlineData(12.0)]
        public void Softplus_matches_the_textbook_form_where_that_is_accurate(double x)
        {
            Assert.Equal(Math.Log(1 + Math.Exp(x)), Activations.Softplus(x), 14);
        }

        [Fact]
        public void Binary_cross_entropy_of_a_confident_right_answer_is_tiny_not_zero()
        {
            // BCE(σ(30), 1) = log(1 + e^−30) ≈ 9.4e−14, which PyTorch's binary_cross_entropy_with_logits returns.
            double loss = Losses.BinaryCrossEntropyWithLogitsSum<double>(new[] { 30.0 }, new[] { 1.0 });
            Assert.Equal(Math.Exp(-30), loss, 1e-25);
            float lossFloat = Losses.BinaryCrossEntropyWithLogitsSum<float>(new[] { 30f }, new[] { 1f });
            Assert.True(lossFloat > 0 && Math.Abs(lossFloat - Math.Exp(-30)) <= 1e-6 * Math.Exp(-30), $"float loss {lossFloat}");
        }
    }
}
