using System;

namespace NetGen.Runtime
{
    /// <summary>
    /// ShallowNet's float copies for every lane activation, instantiated here so that crossgen2 puts them in the
    /// ReadyToRun image: it compiles a method generic over a library struct only for instantiations the library itself
    /// makes, and the app's SquaredErrorGradients&lt;ReluOfSingle&gt; then runs precompiled. Never called. Delegates, not
    /// calls: a call would be inlined here, and the app calls the methods themselves.
    /// </summary>
    internal static class FloatCopyRoots
    {
        private delegate float Gradients(ReadOnlySpan<float> p, int hidden, ReadOnlySpan<float> inputs, ReadOnlySpan<float> targets, float scale, Span<float> gradients);

        private delegate float Output(ReadOnlySpan<float> p, int hidden, float x);

        internal static Delegate[] Shallow() =>
        [
            .. Shallow<LaneActivations.IdentityOfSingle>(),
            .. Shallow<LaneActivations.ReluOfSingle>(),
            .. Shallow<LaneActivations.SigmoidOfSingle>(),
            .. Shallow<LaneActivations.TanhOfSingle>(),
            .. Shallow<LaneActivations.SoftplusOfSingle>(),
        ];

        private static Delegate[] Shallow<TActivation>() where TActivation : ILaneActivation<float>
            => [new Gradients(ShallowNet.SquaredErrorGradients<TActivation>), new Output(ShallowNet.Predict<TActivation>)];
    }
}
