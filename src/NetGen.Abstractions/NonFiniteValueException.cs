using System;

namespace NetGen
{
    /// <summary>
    /// Thrown by training when an input, a target, the loss or a gradient is NaN or infinite. It is thrown
    /// before the optimizer update, so the parameters are never silently corrupted.
    /// </summary>
    public sealed class NonFiniteValueException : ArithmeticException
    {
        /// <summary>Creates the exception.</summary>
        public NonFiniteValueException(string message) : base(message)
        {
        }

        /// <summary>Creates the exception.</summary>
        public NonFiniteValueException(string message, Exception innerException) : base(message, innerException)
        {
        }

        /// <summary>Creates the exception.</summary>
        public NonFiniteValueException()
        {
        }
    }
}
