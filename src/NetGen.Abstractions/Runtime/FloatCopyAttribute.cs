using System;
using System.Diagnostics;

namespace NetGen.Runtime
{
    /// <summary>
    /// Marks a generic run-time method or type that gets a non-generic float copy in Runtime/FloatCopies (made by
    /// tests/NetGen.Portable.Tests/Rewriter/FloatCopyRewriter.cs): crossgen2 precompiles no generic math over float, so
    /// a ReadyToRun image holds the first run's path only as these copies. Read from source only (never in metadata).
    /// </summary>
    [Conditional("NETGEN_FLOAT_COPY_MARKER")]
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Struct | AttributeTargets.Class, Inherited = false)]
    internal sealed class FloatCopyAttribute : Attribute
    {
    }
}
