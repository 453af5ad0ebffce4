using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Threading;

namespace NetGen.Runtime
{
    /// <summary>
    /// Detects two threads inside a network's training members at once (which would silently corrupt the
    /// parameters and the optimizer state). The generated members hold an int field with the managed id of the
    /// thread inside them, 0 when none: one interlocked compare-exchange on entry, one write on exit.
    /// </summary>
    /// <remarks>
    /// Re-entry from the thread that holds the guard is allowed (<c>Fit</c> calls <c>TrainStep</c>; an
    /// <c>onEpoch</c> callback may save or reset), since it runs in sequence.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class TrainingGuard
    {
        /// <summary>
        /// Claims <paramref name="owner"/> for the calling thread. Returns true when this call claimed it (the caller
        /// passes it to <see cref="Exit"/> in a finally), false when the calling thread already held it.
        /// </summary>
        /// <exception cref="InvalidOperationException">Another thread is inside a training member of the same network.</exception>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool Enter(ref int owner)
        {
            int me = Environment.CurrentManagedThreadId;
            int holder = Interlocked.CompareExchange(ref owner, me, 0);
            if (holder == 0)
            {
                return true;
            }

            if (holder != me)
            {
                ThrowConcurrent();
            }

            return false;
        }

        /// <summary>Releases <paramref name="owner"/> when <paramref name="entered"/> (what <see cref="Enter"/> returned) says this call claimed it.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Exit(ref int owner, bool entered)
        {
            if (entered)
            {
                Volatile.Write(ref owner, 0);
            }
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void ThrowConcurrent() => throw new InvalidOperationException(
            "Another thread is training, resetting or loading this network. Training members are not thread-safe: " +
            "call them from one thread at a time (use a lock, or one network per thread); nothing was changed.");
    }
}
