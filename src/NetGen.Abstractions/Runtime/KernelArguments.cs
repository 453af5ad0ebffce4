using System;

namespace NetGen.Runtime
{
    /// <summary>
    /// Argument checks shared by the normalisation, dropout and standardisation kernels. Every kernel checks all
    /// of its spans before it writes anything, so a bad call changes no state.
    /// </summary>
    internal static class KernelArguments
    {
        /// <summary>n ≥ 1 rows of features ≥ 1 values.</summary>
        public static void RequireShape(int n, int features)
        {
            if (n < 1 || features < 1)
            {
                throw new ArgumentOutOfRangeException(n < 1 ? nameof(n) : nameof(features), n < 1 ? n : features, "Must be at least 1.");
            }
        }

        // In long: n × features can wrap around int and match a short span.
        public static void Require(int actual, long expected, string name)
        {
            if (actual != expected)
            {
                throw new ArgumentException($"Expected {expected} values but got {actual}.", name);
            }
        }

        /// <summary>eps of a normalisation layer: finite and positive, so 1/√(var + eps) stays finite.</summary>
        public static void RequireEpsilon(double eps)
        {
            if (!(eps > 0) || double.IsInfinity(eps))
            {
                throw new ArgumentOutOfRangeException(nameof(eps), eps, "Must be finite and greater than 0 (PyTorch's default is 1e-5).");
            }
        }
    }
}
