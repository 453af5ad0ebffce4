using System;

namespace NetGen
{
    /// <summary>
    /// A fully connected layer, laid out as PyTorch's nn.Linear: weight [units, inputs] row-major, then bias.
    /// It is linear unless an <c>[Activation]</c> follows it.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class DenseAttribute : Attribute
    {
        /// <summary>Creates a dense layer.</summary>
        /// <param name="units">Number of outputs.</param>
        public DenseAttribute(int units) => Units = units;

        /// <summary>Number of outputs.</summary>
        public int Units { get; }

        /// <summary>
        /// The layer's state_dict prefix, as the attribute name of a custom nn.Module (<c>self.fc1 = nn.Linear(…)</c>
        /// gives <c>fc1.weight</c>, <c>fc1.bias</c>). Unset: the nn.Sequential index.
        /// </summary>
        public string? Name { get; set; }
    }
}
