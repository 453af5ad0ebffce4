namespace NetGen
{
    /// <summary>The element type of the generated network.</summary>
    /// <remarks>This file is also compiled into the generator, so the values are defined once.</remarks>
    public enum Precision
    {
        /// <summary>32-bit <see cref="float"/>, the default.</summary>
        Single = 0,
        /// <summary>64-bit <see cref="double"/>: the same members, typed double.</summary>
        Double = 1,
    }
}
