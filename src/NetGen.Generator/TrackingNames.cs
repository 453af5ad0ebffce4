namespace NetGen.Generator
{
    /// <summary>Names of the incremental pipeline's steps, so tests can check which steps were cached.</summary>
    internal static class TrackingNames
    {
        public const string Parse = nameof(Parse);
        public const string Diagnostics = nameof(Diagnostics);
        public const string Spec = nameof(Spec);
        public const string WeightsFile = nameof(WeightsFile);
        public const string WeightsMatch = nameof(WeightsMatch);
        public const string Bake = nameof(Bake);
        public const string BakedSpec = nameof(BakedSpec);
        public const string HintNames = nameof(HintNames);
    }
}
