namespace NetGen
{
    /// <summary>How weights are initialised by the generated constructors.</summary>
    /// <remarks>This file is also compiled into the generator, so the values are defined once.</remarks>
    public enum Initialization
    {
        /// <summary>
        /// PyTorch's nn.Linear default: weights and bias from U(−1/√fan_in, 1/√fan_in).
        /// </summary>
        PyTorchDefault = 0,
        /// <summary>He (Kaiming) uniform for ReLU: U(−√(6/fan_in), √(6/fan_in)); bias 0.</summary>
        HeUniform = 1,
        /// <summary>He (Kaiming) normal for ReLU: N(0, 2/fan_in); bias 0.</summary>
        HeNormal = 2,
        /// <summary>Xavier (Glorot) uniform: U(−√(6/(fan_in+fan_out)), √(6/(fan_in+fan_out))); bias 0.</summary>
        XavierUniform = 3,
        /// <summary>Xavier (Glorot) normal: N(0, 2/(fan_in+fan_out)); bias 0.</summary>
        XavierNormal = 4,
    }
}
