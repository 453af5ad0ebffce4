using System;

namespace NetGen
{
    /// <summary>The network's input width. Exactly one per network, before the first <c>[Dense]</c>.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class InputAttribute : Attribute
    {
        /// <summary>Creates the input layer.</summary>
        /// <param name="size">Values per input row.</param>
        public InputAttribute(int size) => Size = size;

        /// <summary>Values per input row.</summary>
        public int Size { get; }
    }
}
