using System;
using System.IO;

namespace NetGen
{
    /// <summary>
    /// Thrown when bytes that should be a safetensors file are not a valid one: the message names the problem
    /// (header length, malformed JSON, a bad tensor entry, offsets that overlap or leave gaps, an unsupported dtype...).
    /// </summary>
    /// <remarks>
    /// This is the only exception type that parsing bad content throws. It derives from <see cref="IOException"/>
    /// (<see cref="InvalidDataException"/> is sealed), so a <c>catch (IOException)</c> around loading a file handles
    /// both a failing stream and a corrupt file; catch this type first to tell them apart.
    /// This file is also compiled into the generator.
    /// </remarks>
    public sealed class SafetensorsFormatException : IOException
    {
        /// <summary>Creates the exception.</summary>
        public SafetensorsFormatException()
            : base("The data is not a valid safetensors file.")
        {
        }

        /// <summary>Creates the exception with a message that names the problem.</summary>
        /// <param name="message">What is wrong with the file.</param>
        public SafetensorsFormatException(string message)
            : base(message)
        {
        }

        /// <summary>Creates the exception with a message and the exception that revealed the problem.</summary>
        /// <param name="message">What is wrong with the file.</param>
        /// <param name="innerException">The underlying exception.</param>
        public SafetensorsFormatException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
