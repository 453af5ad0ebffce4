using System;
using System.ComponentModel;

namespace NetGen.Runtime
{
    /// <summary>The error function and its complement, which .NET's Math does not provide (exact GELU needs them).</summary>
    /// <remarks>
    /// The algorithm and its coefficients are those of Sun's fdlibm s_erf.c (as in FreeBSD's msun, musl and glibc),
    /// whose notice reads: "Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved. Developed at SunPro, a
    /// Sun Microsystems, Inc. business. Permission to use, copy, modify, and distribute this software is freely
    /// granted, provided that this notice is preserved." fdlibm states an error below 1 ulp; the tests measure it
    /// against Python's math.erf and math.erfc. The regions, in |x|:
    /// [0, 0.84375): erf = x + x·P(x²)/Q(x²);
    /// [0.84375, 1.25): erf = c + P(s)/Q(s), s = |x| − 1, c = 0.84506291151 rounded to float;
    /// [1.25, 28): erfc = exp(−x² − 0.5625 + R(1/x²)/S(1/x²))/x, with x² split into a 32-bit head and a tail so that
    /// the exponent's rounding error stays tiny (two rational fits, below and above 1/0.35);
    /// erf is ±1 in double from |x| ≥ 6 and erfc underflows to 0 from x ≥ 28.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class SpecialFunctions
    {
        /// <summary>erf(x) = 2/√π ∫₀ˣ e^(−t²) dt; erf(±∞) = ±1, erf(NaN) = NaN.</summary>
        public static double Erf(double x)
        {
            if (double.IsNaN(x))
            {
                return x;
            }

            double a = Math.Abs(x);
            if (a < 0.84375)
            {
                return a < TinyForErf ? x + Efx * x : x + x * SmallRatio(x * x);
            }

            if (a < 1.25)
            {
                double value = Erx + MiddleRatio(a - 1);
                return x < 0 ? -value : value;
            }

            if (a >= 6)
            {
                return x < 0 ? -1 : 1;
            }

            double tail = TailErfc(a);
            return x < 0 ? tail - 1 : 1 - tail;
        }

        /// <summary>erfc(x) = 1 − erf(x), accurate where erf(x) is close to 1; erfc(+∞) = 0, erfc(−∞) = 2.</summary>
        public static double Erfc(double x)
        {
            if (double.IsNaN(x))
            {
                return x;
            }

            double a = Math.Abs(x);
            if (a < 0.84375)
            {
                if (a < TinyForErfc)
                {
                    return 1 - x;
                }

                double y = SmallRatio(x * x);
                // Above 1/4, erf(x) > 0.27: 0.5 + ((0.5 − x) − x·y) keeps the digits 1 − (x + x·y) would lose.
                return x < 0.25 ? 1 - (x + x * y) : 0.5 - (x * y + (x - 0.5));
            }

            if (a < 1.25)
            {
                double ratio = MiddleRatio(a - 1);
                return x < 0 ? 1 + (Erx + ratio) : (1 - Erx) - ratio;
            }

            if (a < 28)
            {
                if (x < -6)
                {
                    return 2;
                }

                double tail = TailErfc(a);
                return x < 0 ? 2 - tail : tail;
            }

            return x < 0 ? 2 : 0;
        }

        // Below these, erf(x) = x + (2/√π − 1)·x and erfc(x) = 1 − x to double precision.
        private const double TinyForErf = 3.725290298461914e-09; // 2^−28
        private const double TinyForErfc = 1.3877787807814457e-17; // 2^−56

        private const double Erx = 8.45062911510467529297e-01;
        private const double Efx = 1.28379167095512586316e-01;

        /// <summary>(erf(x) − x)/x on [0, 0.84375) as P(z)/Q(z), z = x²; |error| &lt; 2^−57.9.</summary>
        private static double SmallRatio(double z)
        {
            double p = 1.28379167095512558561e-01 + z * (-3.25042107247001499370e-01 + z * (-2.84817495755985104766e-02
                + z * (-5.77027029648944159157e-03 + z * -2.37630166566501626084e-05)));
            double q = 1 + z * (3.97917223959155352819e-01 + z * (6.50222499887672944485e-02 + z * (5.08130628187576562776e-03
                + z * (1.32494738004321644526e-04 + z * -3.96022827877536812320e-06))));
            return p / q;
        }

        /// <summary>erf(1 + s) − c on |x| in [0.84375, 1.25) as P(s)/Q(s); |error| &lt; 2^−57.99.</summary>
        private static double MiddleRatio(double s)
        {
            double p = -2.36211856075265944077e-03 + s * (4.14856118683748331666e-01 + s * (-3.72207876035701323847e-01
                + s * (3.18346619901161753674e-01 + s * (-1.10894694282396677476e-01 + s * (3.54783043256182359371e-02
                + s * -2.16637559486879084300e-03)))));
            double q = 1 + s * (1.06420880400844228286e-01 + s * (5.40397917702171048937e-01 + s * (7.18286544141962662868e-02
                + s * (1.26171219808761642112e-01 + s * (1.36370839120290507362e-02 + s * 1.19844998467991074170e-02)))));
            return p / q;
        }

        /// <summary>erfc(a) for a in [1.25, 28).</summary>
        private static double TailErfc(double a)
        {
            double s = 1 / (a * a);
            double r, q;
            if (a < 1 / 0.35)
            {
                r = -9.86494403484714822705e-03 + s * (-6.93858572707181764372e-01 + s * (-1.05586262253232909814e+01
                    + s * (-6.23753324503260060396e+01 + s * (-1.62396669462573470355e+02 + s * (-1.84605092906711035994e+02
                    + s * (-8.12874355063065934246e+01 + s * -9.81432934416914548592e+00))))));
                q = 1 + s * (1.96512716674392571292e+01 + s * (1.37657754143519042600e+02 + s * (4.34565877475229228821e+02
                    + s * (6.45387271733267880336e+02 + s * (4.29008140027567833386e+02 + s * (1.08635005541779435134e+02
                    + s * (6.57024977031928170135e+00 + s * -6.04244152148580987438e-02)))))));
            }
            else
            {
                r = -9.86494292470009928597e-03 + s * (-7.99283237680523006574e-01 + s * (-1.77579549177547519889e+01
                    + s * (-1.60636384855821916062e+02 + s * (-6.37566443368389627722e+02 + s * (-1.02509513161107724954e+03
                    + s * -4.83519191608651397019e+02)))));
                q = 1 + s * (3.03380607434824582924e+01 + s * (3.25792512996573918826e+02 + s * (1.53672958608443695994e+03
                    + s * (3.19985821950859553908e+03 + s * (2.55305040643316442583e+03 + s * (4.74528541206955367215e+02
                    + s * -2.24409524465858183362e+01))))));
            }

            // head = a with its low 32 bits cleared: head² is exact, and (head − a)(head + a) carries the rest of −a².
            double head = BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(a) & unchecked((long)0xFFFFFFFF00000000UL));
            return Math.Exp(-head * head - 0.5625) * Math.Exp((head - a) * (head + a) + r / q) / a;
        }
    }
}
