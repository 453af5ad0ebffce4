using System;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;

// Hand-written, compiled into every build (the rewritten helpers of Portable/**/*.g.cs call it in net8.0 too): the
// marker the generator looks for (netstandard only), the span helpers Mono needs, and the polyfills for API gaps.
namespace NetGen.Runtime
{
#if !NET8_0_OR_GREATER
    /// <summary>Marks the portable (netstandard) build of the run-time helpers; the generator emits portable code when it finds it.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class PortableRuntime
    {
    }
#endif

    /// <summary>
    /// Reads of <see cref="ReadOnlySpan{T}"/> elements that avoid its indexer: Debian's Mono 6.8 declares the indexer
    /// (and every other <c>ref readonly</c> return) without the <c>modreq(InAttribute)</c> compilers reference, so a
    /// call to it throws MissingMethodException there. <see cref="MemoryMarshal.GetReference{T}(ReadOnlySpan{T})"/>
    /// returns a plain ref and works.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class PortableSpans
    {
        /// <summary><paramref name="span"/>[<paramref name="index"/>], bounds-checked, without ReadOnlySpan's indexer.</summary>
        /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the span.</exception>
        public static T Read<T>(ReadOnlySpan<T> span, int index)
        {
#if NETSTANDARD2_0
            if ((uint)index >= (uint)span.Length)
            {
                throw new IndexOutOfRangeException();
            }

            return System.Runtime.CompilerServices.Unsafe.Add(ref MemoryMarshal.GetReference(span), index);
#else
            return Writable(span)[index];
#endif
        }

#if !NETSTANDARD2_0
        /// <summary>
        /// A <see cref="Span{T}"/> over the memory of <paramref name="span"/>, for reading it by index on Mono. Do not
        /// write through it. Not in the netstandard2.0 build (System.Memory there cannot make a span from a reference):
        /// use <see cref="Read{T}(ReadOnlySpan{T}, int)"/>, which both builds have.
        /// </summary>
        public static Span<T> Writable<T>(ReadOnlySpan<T> span)
            => MemoryMarshal.CreateSpan(ref MemoryMarshal.GetReference(span), span.Length);
#endif

        /// <summary>
        /// An indexable view of <paramref name="span"/>, taken once per method by the rewritten helpers so their loops
        /// read plain elements (Mono's JIT does not inline <see cref="Read{T}(ReadOnlySpan{T}, int)"/>). On netstandard2.0
        /// the span itself: there it is System.Memory's own type, whose indexer Mono and .NET Framework bind.
        /// </summary>
#if NETSTANDARD2_0
        internal static ReadOnlySpan<T> View<T>(ReadOnlySpan<T> span) => span;
#else
        internal static Span<T> View<T>(ReadOnlySpan<T> span) => Writable(span);
#endif
    }

#if !NET8_0_OR_GREATER
    /// <summary>netstandard builds do not take SIMD paths (they are fenced out of the rewritten helpers).</summary>
    internal static class Simd
    {
        public static bool Enabled => false;

        public static bool Vector512Enabled => false;
    }
#endif

    /// <summary>
    /// The generic-math statics the rewriter maps <c>T.Exp</c>, <c>T.IsFinite</c>, … to, and the Math members
    /// netstandard lacks, with .NET 8's semantics (its own formulas where .NET 8 defines them in managed code).
    /// float's transcendental functions use MathF on netstandard2.1 and Math with casts on netstandard2.0.
    /// </summary>
    internal static class PortableMath
    {
        public static float Exp(float x) =>
#if NETSTANDARD2_0
            (float)Math.Exp(x);
#else
            MathF.Exp(x);
#endif

        public static double Exp(double x) => Math.Exp(x);

        /// <summary>As .NET 8: e^x − 1 computed as Exp(x) − 1.</summary>
        public static float ExpM1(float x) => Exp(x) - 1;

        public static double ExpM1(double x) => Math.Exp(x) - 1;

        public static float Log(float x) =>
#if NETSTANDARD2_0
            (float)Math.Log(x);
#else
            MathF.Log(x);
#endif

        public static double Log(double x) => Math.Log(x);

        public static float Tanh(float x) =>
#if NETSTANDARD2_0
            (float)Math.Tanh(x);
#else
            MathF.Tanh(x);
#endif

        public static double Tanh(double x) => Math.Tanh(x);

        // The square root rounded from double is the correctly rounded float square root.
        public static float Sqrt(float x) => (float)Math.Sqrt(x);

        public static double Sqrt(double x) => Math.Sqrt(x);

        public static float Abs(float x) => Math.Abs(x);

        public static double Abs(double x) => Math.Abs(x);

        /// <summary>.NET 8's Math.Max: NaN wins, and +0 is greater than −0.</summary>
        public static float Max(float x, float y)
        {
            if (x != y)
            {
                return float.IsNaN(x) ? x : y < x ? x : y;
            }

            return IsNegative(y) ? x : y;
        }

        public static double Max(double x, double y)
        {
            if (x != y)
            {
                return double.IsNaN(x) ? x : y < x ? x : y;
            }

            return IsNegative(y) ? x : y;
        }

        /// <summary>.NET 8's Math.Min: NaN wins, and −0 is less than +0.</summary>
        public static float Min(float x, float y)
        {
            if (x != y)
            {
                return float.IsNaN(x) ? x : x < y ? x : y;
            }

            return IsNegative(x) ? x : y;
        }

        public static double Min(double x, double y)
        {
            if (x != y)
            {
                return double.IsNaN(x) ? x : x < y ? x : y;
            }

            return IsNegative(x) ? x : y;
        }

        public static float Clamp(float value, float min, float max) => (float)Clamp((double)value, min, max);

        public static double Clamp(double value, double min, double max)
        {
            if (min > max)
            {
                throw new ArgumentException($"'{min}' cannot be greater than {max}.");
            }

            return value < min ? min : value > max ? max : value;
        }

        public static int Clamp(int value, int min, int max)
        {
            if (min > max)
            {
                throw new ArgumentException($"'{min}' cannot be greater than {max}.");
            }

            return value < min ? min : value > max ? max : value;
        }

        public static bool IsFinite(float x) => (SingleToInt32Bits(x) & 0x7FFFFFFF) < 0x7F800000;

        public static bool IsFinite(double x) => (BitConverter.DoubleToInt64Bits(x) & 0x7FFFFFFFFFFFFFFF) < 0x7FF0000000000000;

        public static bool IsNaN(float x) => float.IsNaN(x);

        public static bool IsNaN(double x) => double.IsNaN(x);

        public static bool IsNegative(float x) => SingleToInt32Bits(x) < 0;

        public static bool IsNegative(double x) => BitConverter.DoubleToInt64Bits(x) < 0;

        public static bool IsZero(float x) => x == 0;

        public static bool IsZero(double x) => x == 0;

        public static bool IsInteger(float x) => IsFinite(x) && x == Math.Truncate(x);

        public static bool IsInteger(double x) => IsFinite(x) && x == Math.Truncate(x);

        /// <summary>The next float towards −∞ (.NET 8's BitDecrement).</summary>
        public static float BitDecrement(float x)
        {
            int bits = SingleToInt32Bits(x);
            if ((bits & 0x7F800000) >= 0x7F800000)
            {
                return bits == 0x7F800000 ? float.MaxValue : x;
            }

            if (bits == 0)
            {
                return -float.Epsilon;
            }

            return Int32BitsToSingle(bits + (bits < 0 ? 1 : -1));
        }

        public static double BitDecrement(double x)
        {
            long bits = BitConverter.DoubleToInt64Bits(x);
            if (((bits >> 32) & 0x7FF00000) >= 0x7FF00000)
            {
                return bits == 0x7FF0000000000000 ? double.MaxValue : x;
            }

            if (bits == 0)
            {
                return -double.Epsilon;
            }

            return BitConverter.Int64BitsToDouble(bits + (bits < 0 ? 1 : -1));
        }

        /// <summary>The next float towards +∞ (.NET 8's BitIncrement).</summary>
        public static float BitIncrement(float x)
        {
            int bits = SingleToInt32Bits(x);
            if ((bits & 0x7F800000) >= 0x7F800000)
            {
                return bits == unchecked((int)0xFF800000) ? float.MinValue : x;
            }

            if (bits == unchecked((int)0x80000000))
            {
                return float.Epsilon;
            }

            return Int32BitsToSingle(bits + (bits < 0 ? -1 : 1));
        }

        public static double BitIncrement(double x)
        {
            long bits = BitConverter.DoubleToInt64Bits(x);
            if (((bits >> 32) & 0x7FF00000) >= 0x7FF00000)
            {
                return bits == unchecked((long)0xFFF0000000000000) ? double.MinValue : x;
            }

            if (bits == unchecked((long)0x8000000000000000))
            {
                return double.Epsilon;
            }

            return BitConverter.Int64BitsToDouble(bits + (bits < 0 ? -1 : 1));
        }

        /// <summary>The unbiased exponent of x (.NET's ILogB: int.MinValue for 0, int.MaxValue for NaN and ±∞).</summary>
        public static int ILogB(double x)
        {
            ulong bits = (ulong)BitConverter.DoubleToInt64Bits(x);
            int exponent = (int)((bits >> 52) & 0x7FF);
            if (exponent == 0)
            {
                bits <<= 12;
                if (bits == 0)
                {
                    return int.MinValue;
                }

                for (exponent = -0x3FF; (bits >> 63) == 0; exponent--, bits <<= 1)
                {
                }

                return exponent;
            }

            return exponent == 0x7FF ? int.MaxValue : exponent - 0x3FF;
        }

        /// <summary>x·2ⁿ, rounded once (.NET's ScaleB, after musl's scalbn).</summary>
        public static double ScaleB(double x, int n)
        {
            double twoTo1023 = BitConverter.Int64BitsToDouble(0x7FE0000000000000);
            double twoToMinus969 = BitConverter.Int64BitsToDouble(0x0360000000000000); // 2^-1022 · 2^53
            double y = x;
            if (n > 1023)
            {
                y *= twoTo1023;
                n -= 1023;
                if (n > 1023)
                {
                    y *= twoTo1023;
                    n -= 1023;
                    n = Math.Min(n, 1023);
                }
            }
            else if (n < -1022)
            {
                y *= twoToMinus969;
                n += 1022 - 53;
                if (n < -1022)
                {
                    y *= twoToMinus969;
                    n += 1022 - 53;
                    n = Math.Max(n, -1022);
                }
            }

            return y * BitConverter.Int64BitsToDouble((long)(0x3FF + n) << 52);
        }

        /// <summary>The 128-bit product of a and b: the high half returned, the low half in <paramref name="low"/>.</summary>
        public static ulong BigMul(ulong a, ulong b, out ulong low)
        {
            ulong aLow = (uint)a, aHigh = a >> 32, bLow = (uint)b, bHigh = b >> 32;
            ulong lowLow = aLow * bLow;
            ulong highLow = aHigh * bLow;
            ulong lowHigh = aLow * bHigh;
            ulong highHigh = aHigh * bHigh;
            ulong middle = (lowLow >> 32) + (uint)highLow + (uint)lowHigh;
            low = (middle << 32) | (uint)lowLow;
            return highHigh + (highLow >> 32) + (lowHigh >> 32) + (middle >> 32);
        }

        internal static int SingleToInt32Bits(float x)
#if NETSTANDARD2_0
            => System.Runtime.CompilerServices.Unsafe.As<float, int>(ref x);
#else
            => BitConverter.SingleToInt32Bits(x);
#endif

        internal static float Int32BitsToSingle(int bits)
#if NETSTANDARD2_0
            => System.Runtime.CompilerServices.Unsafe.As<int, float>(ref bits);
#else
            => BitConverter.Int32BitsToSingle(bits);
#endif
    }

    /// <summary>The little-endian float reads and writes netstandard's BinaryPrimitives lacks.</summary>
    internal static class PortableBinary
    {
        public static float ReadSingleLittleEndian(ReadOnlySpan<byte> source)
            => PortableMath.Int32BitsToSingle(System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(source));

        public static double ReadDoubleLittleEndian(ReadOnlySpan<byte> source)
            => BitConverter.Int64BitsToDouble(System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(source));

        public static void WriteSingleLittleEndian(Span<byte> destination, float value)
            => System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(destination, PortableMath.SingleToInt32Bits(value));

        public static void WriteDoubleLittleEndian(Span<byte> destination, double value)
            => System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(destination, BitConverter.DoubleToInt64Bits(value));
    }
}

namespace NetGen.Runtime
{
    /// <summary>Array.MaxLength, which netstandard lacks.</summary>
    internal static class PortableArray
    {
        public const int MaxLength = 0x7FFFFFC7;
    }
}

namespace NetGen.Runtime
{
    /// <summary>The argument checks netstandard's exception types lack, with .NET 8's messages' gist.</summary>
    internal static class PortableThrow
    {
        public static void ThrowIfNull(object? argument, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(argument))] string? paramName = null)
        {
            if (argument is null)
            {
                throw new ArgumentNullException(paramName);
            }
        }

        public static void ThrowIfNullOrEmpty(string? argument, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(argument))] string? paramName = null)
        {
            if (argument is null)
            {
                throw new ArgumentNullException(paramName);
            }

            if (argument.Length == 0)
            {
                throw new ArgumentException("The value cannot be an empty string.", paramName);
            }
        }

        public static void ThrowIfNegative(long value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? paramName = null)
        {
            if (value < 0)
            {
                throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} ('{value}') must be a non-negative value.");
            }
        }

        public static void ThrowIfNegativeOrZero(long value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? paramName = null)
        {
            if (value <= 0)
            {
                throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} ('{value}') must be a non-negative and non-zero value.");
            }
        }
    }

    /// <summary>File.Move with overwrite, which netstandard lacks: File.Replace (a rename) when the destination exists.</summary>
    internal static class PortableFile
    {
        public static void Move(string sourceFileName, string destFileName, bool overwrite = false)
        {
            if (overwrite && File.Exists(destFileName))
            {
                File.Replace(sourceFileName, destFileName, destinationBackupFileName: null);
                return;
            }

            File.Move(sourceFileName, destFileName);
        }
    }

    /// <summary>Stopwatch.GetElapsedTime, which netstandard lacks.</summary>
    internal static class PortableStopwatch
    {
        public static TimeSpan GetElapsedTime(long startingTimestamp)
            => new TimeSpan((long)((Stopwatch.GetTimestamp() - startingTimestamp) * ((double)TimeSpan.TicksPerSecond / Stopwatch.Frequency)));
    }
}

namespace System.Runtime.CompilerServices
{
#if !NET9_0_OR_GREATER
    /// <summary>Keeps net8.0's calls on the generic helpers beside their specialisations (the compiler recognises it by name; public in .NET 9).</summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
    internal sealed class OverloadResolutionPriorityAttribute : Attribute
    {
        public OverloadResolutionPriorityAttribute(int priority) => Priority = priority;

        public int Priority { get; }
    }
#endif

#if !NET8_0_OR_GREATER
    /// <summary>Lets the compiler fill in PortableThrow's parameter names (the attribute is new in .NET Core 3.0).</summary>
    [AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
    internal sealed class CallerArgumentExpressionAttribute : Attribute
    {
        public CallerArgumentExpressionAttribute(string parameterName) => ParameterName = parameterName;

        public string ParameterName { get; }
    }
#endif
}

namespace NetGen.Runtime
{
    /// <summary>Convert.TryFromBase64String, which netstandard2.0 lacks.</summary>
    internal static class PortableConvert
    {
        public static bool TryFromBase64String(string s, Span<byte> bytes, out int bytesWritten)
        {
#if NETSTANDARD2_0
            byte[] decoded;
            try
            {
                decoded = Convert.FromBase64String(s);
            }
            catch (FormatException)
            {
                bytesWritten = 0;
                return false;
            }

            if (decoded.Length > bytes.Length)
            {
                bytesWritten = 0;
                return false;
            }

            decoded.CopyTo(bytes);
            bytesWritten = decoded.Length;
            return true;
#else
            return Convert.TryFromBase64String(s, bytes, out bytesWritten);
#endif
        }
    }

    /// <summary>Dictionary.TryAdd, which netstandard2.0 lacks.</summary>
    internal static class PortableCollections
    {
        public static bool TryAdd<TKey, TValue>(System.Collections.Generic.Dictionary<TKey, TValue> dictionary, TKey key, TValue value)
            where TKey : notnull
        {
#if NETSTANDARD2_0
            if (dictionary.ContainsKey(key))
            {
                return false;
            }

            dictionary.Add(key, value);
            return true;
#else
            return dictionary.TryAdd(key, value);
#endif
        }
    }

    /// <summary>Stream.Write(ReadOnlySpan&lt;byte&gt;), which netstandard2.0 lacks.</summary>
    internal static class PortableStream
    {
        public static void Write(Stream stream, ReadOnlySpan<byte> buffer)
        {
#if NETSTANDARD2_0
            byte[] copy = buffer.ToArray();
            stream.Write(copy, 0, copy.Length);
#else
            stream.Write(buffer);
#endif
        }
    }
}
