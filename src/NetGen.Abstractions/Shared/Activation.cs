namespace NetGen
{
    /// <summary>
    /// The activation applied after a <c>[Dense]</c> layer. Formulas and derivative conventions are PyTorch's;
    /// the implementations live in <c>NetGen.Activations</c>.
    /// </summary>
    /// <remarks>This file is also compiled into the generator, so the values are defined once.</remarks>
    public enum Activation
    {
        /// <summary>f(x) = x. A Dense without <c>[Activation]</c> is linear.</summary>
        Identity = 0,
        /// <summary>max(0, x); the derivative at 0 is 0, as in PyTorch.</summary>
        Relu = 1,
        /// <summary>x for x &gt; 0, Alpha·x otherwise. Alpha defaults to 0.01 (torch.nn.LeakyReLU).</summary>
        LeakyRelu = 2,
        /// <summary>min(max(0, x), 6).</summary>
        Relu6 = 3,
        /// <summary>1 / (1 + e^−x).</summary>
        Sigmoid = 4,
        /// <summary>The hyperbolic tangent.</summary>
        Tanh = 5,
        /// <summary>log(1 + e^x) with PyTorch's beta 1 and threshold 20.</summary>
        Softplus = 6,
        /// <summary>x for x &gt; 0, Alpha·(e^x − 1) otherwise. Alpha defaults to 1.</summary>
        Elu = 7,
        /// <summary>Scaled ELU with PyTorch's fixed constants.</summary>
        Selu = 8,
        /// <summary>GELU, x·Φ(x) with the normal CDF Φ: PyTorch's default <c>nn.GELU()</c> (approximate='none').</summary>
        Gelu = 9,
        /// <summary>x·sigmoid(x), also called swish.</summary>
        Silu = 10,
        /// <summary>x·tanh(softplus(x)).</summary>
        Mish = 11,
        /// <summary>Softmax over the layer's outputs. Allowed on the last layer only.</summary>
        Softmax = 12,
        /// <summary>GELU in its tanh approximation, as PyTorch's <c>nn.GELU(approximate='tanh')</c>.</summary>
        GeluTanh = 13,
    }
}
