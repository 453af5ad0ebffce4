namespace NetGen.Package.Tests
{
    /// <summary>Every test class shares one <see cref="PackageFixture"/>: packing is the slow part.</summary>
    [CollectionDefinition(Name)]
    public sealed class PackageCollection : ICollectionFixture<PackageFixture>
    {
        public const string Name = "NetGen package";
    }
}
