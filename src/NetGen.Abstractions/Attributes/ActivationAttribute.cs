using System;

namespace NetGen
{
    /// <summary>The activation of the <c>[Dense]</c> just before it.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class ActivationAttribute : Attribute
    {
        /// <summary>Creates the activation.</summary>
        /// <param name="activation">The function.</param>
        public ActivationAttribute(Activation activation) => Function = activation;

        /// <summary>The function.</summary>
        public Activation Function { get; }

        /// <summary>
        /// The slope or scale parameter of LeakyRelu (default 0.01) and Elu (default 1). Not valid on others.
        /// </summary>
        public double Alpha { get; set; }
    }
}
