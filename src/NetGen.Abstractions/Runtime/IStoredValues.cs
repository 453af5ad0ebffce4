using System;
using System.ComponentModel;
using System.Numerics;

namespace NetGen.Runtime
{
    /// <summary>
    /// A network whose saved state is more than its parameters: BatchNorm's running statistics and count, Standardize's
    /// mean and std live after the parameters in the same array. Fit's early stopping snapshots and restores all of it,
    /// so the kept network is the best epoch's as a whole. Generated networks implement it explicitly when they have
    /// buffers.
    /// </summary>
    /// <typeparam name="T">float or double.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public interface IStoredValues<T> where T : IFloatingPointIeee754<T>
    {
        /// <summary>Parameters, then buffers: what Save writes.</summary>
        Span<T> StoredValues { get; }
    }
}
