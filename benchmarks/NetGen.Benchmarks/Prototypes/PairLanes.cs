using System;
using System.Numerics;
using System.Runtime.CompilerServices;

// A hand-made prototype for measurement only (issue 14, helper tut3): CubicRelu's generated Vector<T> lane pass,
// rewritten textually onto PairLanes (two Vector<float> per lane variable, 16 float rows per pass on AVX2); each lane
// gradient is the sum of the pair before its one load/store per pass (PairLanes' implicit conversion). Not product
// code: the generator does not emit it. CubicPaired --pair times it against the generated pass.
namespace NetGen.Benchmarks.Prototypes
{
    /// <summary>Two Vector&lt;float&gt; carrying 2·Count rows.</summary>
    internal readonly struct PairLanes
    {
        public readonly Vector<float> Lo;
        public readonly Vector<float> Hi;

        public static int Count => 2 * Vector<float>.Count;

        public static PairLanes Zero => default;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public PairLanes(Vector<float> lo, Vector<float> hi) { Lo = lo; Hi = hi; }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public PairLanes(float value) { Lo = new Vector<float>(value); Hi = Lo; }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public PairLanes(ReadOnlySpan<float> values) { Lo = new Vector<float>(values); Hi = new Vector<float>(values.Slice(Vector<float>.Count)); }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public PairLanes(Span<float> values) : this((ReadOnlySpan<float>)values) { }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static PairLanes operator +(PairLanes a, PairLanes b) => new(a.Lo + b.Lo, a.Hi + b.Hi);
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static PairLanes operator -(PairLanes a, PairLanes b) => new(a.Lo - b.Lo, a.Hi - b.Hi);
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static PairLanes operator *(PairLanes a, PairLanes b) => new(a.Lo * b.Lo, a.Hi * b.Hi);

        /// <summary>A lane gradient: the pair summed before the single load/store.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static implicit operator Vector<float>(PairLanes a) => a.Lo + a.Hi;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Sum(PairLanes a) => Vector.Sum(a.Lo + a.Hi);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static PairLanes Relu(PairLanes x) => new(NetGen.Runtime.VectorActivations.Relu(x.Lo), NetGen.Runtime.VectorActivations.Relu(x.Hi));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static PairLanes ReluDerivativeFromOutput(PairLanes y)
            => new(NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(y.Lo), NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(y.Hi));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static PairLanes SquaredErrorLanes(PairLanes y, PairLanes t, PairLanes mask, float scale, out PairLanes dy)
        {
            Vector<float> lo = NetGen.Runtime.Losses.SquaredErrorLanes(y.Lo, t.Lo, mask.Lo, scale, out Vector<float> dyLo);
            Vector<float> hi = NetGen.Runtime.Losses.SquaredErrorLanes(y.Hi, t.Hi, mask.Hi, scale, out Vector<float> dyHi);
            dy = new PairLanes(dyLo, dyHi);
            return new PairLanes(lo, hi);
        }
    }

    /// <summary>CubicRelu's gradient pass on PairLanes (the generated __TrainLanes, textually rewritten).</summary>
    internal sealed class CubicReluPairPass
    {
        private readonly Vector<float>[] _gv = new Vector<float>[141];
        private readonly float[] _lane = new float[PairLanes.Count * 2];

        /// <summary>Gradients of the mean squared error into g; returns the loss (as __ComputeGradients, without its finite checks).</summary>
        public float Gradients(ReadOnlySpan<float> p, ReadOnlySpan<float> inputs, ReadOnlySpan<float> targets, Span<float> g)
        {
            int rows = inputs.Length;
            float scale = 1f / targets.Length;
            float lossSum = 0f;
            Span<Vector<float>> gv = _gv;
            gv.Clear();
            for (int start = 0; start < rows; start += PairLanes.Count)
            {
                lossSum += Pass(p, inputs, targets, start, Math.Min(PairLanes.Count, rows - start), scale, gv, _lane);
            }

            NetGen.Runtime.LinearAlgebra.SumLanes<float>(gv, g);
            return lossSum * scale;
        }

            public static float Pass(global::System.ReadOnlySpan<float> p, global::System.ReadOnlySpan<float> inputs, global::System.ReadOnlySpan<float> targets, int start, int n, float scale, global::System.Span<global::System.Numerics.Vector<float>> gv, global::System.Span<float> lane)
            {
                p = p.Slice(0, 141);
                gv = gv.Slice(0, 141);
                int lanes = PairLanes.Count;

                // Transpose the rows in: lane r of feature i is inputs[(start + r) * 1 + i].
                lane.Clear();
                for (int r = 0; r < n; r++)
                {
                    for (int i = 0; i < 1; i++)
                    {
                        lane[i * lanes + r] = inputs[(start + r) * 1 + i];
                    }
                }

                PairLanes s0 = new PairLanes(lane.Slice(0 * lanes, lanes));

                // Layer 1: Dense 1→10, Relu, one row per lane
                PairLanes s1 = PairLanes.Relu(new PairLanes(p[10]) + new PairLanes(p[0]) * s0);
                PairLanes s2 = PairLanes.Relu(new PairLanes(p[11]) + new PairLanes(p[1]) * s0);
                PairLanes s3 = PairLanes.Relu(new PairLanes(p[12]) + new PairLanes(p[2]) * s0);
                PairLanes s4 = PairLanes.Relu(new PairLanes(p[13]) + new PairLanes(p[3]) * s0);
                PairLanes s5 = PairLanes.Relu(new PairLanes(p[14]) + new PairLanes(p[4]) * s0);
                PairLanes s6 = PairLanes.Relu(new PairLanes(p[15]) + new PairLanes(p[5]) * s0);
                PairLanes s7 = PairLanes.Relu(new PairLanes(p[16]) + new PairLanes(p[6]) * s0);
                PairLanes s8 = PairLanes.Relu(new PairLanes(p[17]) + new PairLanes(p[7]) * s0);
                PairLanes s9 = PairLanes.Relu(new PairLanes(p[18]) + new PairLanes(p[8]) * s0);
                PairLanes s10 = PairLanes.Relu(new PairLanes(p[19]) + new PairLanes(p[9]) * s0);

                // Layer 2: Dense 10→10, Relu, one row per lane
                PairLanes s11 = PairLanes.Relu((new PairLanes(p[120]) + new PairLanes(p[20]) * s1 + new PairLanes(p[21]) * s2)
                    + (new PairLanes(p[22]) * s3 + new PairLanes(p[23]) * s4 + new PairLanes(p[24]) * s5)
                    + (new PairLanes(p[25]) * s6 + new PairLanes(p[26]) * s7 + new PairLanes(p[27]) * s8)
                    + (new PairLanes(p[28]) * s9 + new PairLanes(p[29]) * s10));
                PairLanes s12 = PairLanes.Relu((new PairLanes(p[121]) + new PairLanes(p[30]) * s1 + new PairLanes(p[31]) * s2)
                    + (new PairLanes(p[32]) * s3 + new PairLanes(p[33]) * s4 + new PairLanes(p[34]) * s5)
                    + (new PairLanes(p[35]) * s6 + new PairLanes(p[36]) * s7 + new PairLanes(p[37]) * s8)
                    + (new PairLanes(p[38]) * s9 + new PairLanes(p[39]) * s10));
                PairLanes s13 = PairLanes.Relu((new PairLanes(p[122]) + new PairLanes(p[40]) * s1 + new PairLanes(p[41]) * s2)
                    + (new PairLanes(p[42]) * s3 + new PairLanes(p[43]) * s4 + new PairLanes(p[44]) * s5)
                    + (new PairLanes(p[45]) * s6 + new PairLanes(p[46]) * s7 + new PairLanes(p[47]) * s8)
                    + (new PairLanes(p[48]) * s9 + new PairLanes(p[49]) * s10));
                PairLanes s14 = PairLanes.Relu((new PairLanes(p[123]) + new PairLanes(p[50]) * s1 + new PairLanes(p[51]) * s2)
                    + (new PairLanes(p[52]) * s3 + new PairLanes(p[53]) * s4 + new PairLanes(p[54]) * s5)
                    + (new PairLanes(p[55]) * s6 + new PairLanes(p[56]) * s7 + new PairLanes(p[57]) * s8)
                    + (new PairLanes(p[58]) * s9 + new PairLanes(p[59]) * s10));
                PairLanes s15 = PairLanes.Relu((new PairLanes(p[124]) + new PairLanes(p[60]) * s1 + new PairLanes(p[61]) * s2)
                    + (new PairLanes(p[62]) * s3 + new PairLanes(p[63]) * s4 + new PairLanes(p[64]) * s5)
                    + (new PairLanes(p[65]) * s6 + new PairLanes(p[66]) * s7 + new PairLanes(p[67]) * s8)
                    + (new PairLanes(p[68]) * s9 + new PairLanes(p[69]) * s10));
                PairLanes s16 = PairLanes.Relu((new PairLanes(p[125]) + new PairLanes(p[70]) * s1 + new PairLanes(p[71]) * s2)
                    + (new PairLanes(p[72]) * s3 + new PairLanes(p[73]) * s4 + new PairLanes(p[74]) * s5)
                    + (new PairLanes(p[75]) * s6 + new PairLanes(p[76]) * s7 + new PairLanes(p[77]) * s8)
                    + (new PairLanes(p[78]) * s9 + new PairLanes(p[79]) * s10));
                PairLanes s17 = PairLanes.Relu((new PairLanes(p[126]) + new PairLanes(p[80]) * s1 + new PairLanes(p[81]) * s2)
                    + (new PairLanes(p[82]) * s3 + new PairLanes(p[83]) * s4 + new PairLanes(p[84]) * s5)
                    + (new PairLanes(p[85]) * s6 + new PairLanes(p[86]) * s7 + new PairLanes(p[87]) * s8)
                    + (new PairLanes(p[88]) * s9 + new PairLanes(p[89]) * s10));
                PairLanes s18 = PairLanes.Relu((new PairLanes(p[127]) + new PairLanes(p[90]) * s1 + new PairLanes(p[91]) * s2)
                    + (new PairLanes(p[92]) * s3 + new PairLanes(p[93]) * s4 + new PairLanes(p[94]) * s5)
                    + (new PairLanes(p[95]) * s6 + new PairLanes(p[96]) * s7 + new PairLanes(p[97]) * s8)
                    + (new PairLanes(p[98]) * s9 + new PairLanes(p[99]) * s10));
                PairLanes s19 = PairLanes.Relu((new PairLanes(p[128]) + new PairLanes(p[100]) * s1 + new PairLanes(p[101]) * s2)
                    + (new PairLanes(p[102]) * s3 + new PairLanes(p[103]) * s4 + new PairLanes(p[104]) * s5)
                    + (new PairLanes(p[105]) * s6 + new PairLanes(p[106]) * s7 + new PairLanes(p[107]) * s8)
                    + (new PairLanes(p[108]) * s9 + new PairLanes(p[109]) * s10));
                PairLanes s20 = PairLanes.Relu((new PairLanes(p[129]) + new PairLanes(p[110]) * s1 + new PairLanes(p[111]) * s2)
                    + (new PairLanes(p[112]) * s3 + new PairLanes(p[113]) * s4 + new PairLanes(p[114]) * s5)
                    + (new PairLanes(p[115]) * s6 + new PairLanes(p[116]) * s7 + new PairLanes(p[117]) * s8)
                    + (new PairLanes(p[118]) * s9 + new PairLanes(p[119]) * s10));

                // Layer 3: Dense 10→1, Identity, one row per lane
                PairLanes s21 = (new PairLanes(p[140]) + new PairLanes(p[130]) * s11 + new PairLanes(p[131]) * s12)
                    + (new PairLanes(p[132]) * s13 + new PairLanes(p[133]) * s14 + new PairLanes(p[134]) * s15)
                    + (new PairLanes(p[135]) * s16 + new PairLanes(p[136]) * s17 + new PairLanes(p[137]) * s18)
                    + (new PairLanes(p[138]) * s19 + new PairLanes(p[139]) * s20);

                // The loss on whole lanes; the mask is 1 on lanes holding a row, 0 on padding.
                lane.Clear();
                for (int r = 0; r < n; r++)
                {
                    for (int k = 0; k < 1; k++)
                    {
                        lane[k * lanes + r] = targets[(start + r) * 1 + k];
                    }

                    lane[1 * lanes + r] = 1f;
                }

                PairLanes mask = new PairLanes(lane.Slice(1 * lanes, lanes));
                PairLanes lossLanes = PairLanes.Zero;
                lossLanes += PairLanes.SquaredErrorLanes(s21, new PairLanes(lane.Slice(0 * lanes, lanes)), mask, scale, out PairLanes d20);

                // Layer 3 backward: Dense 10→1, Identity, one row per lane
                gv[130] += d20 * s11;
                gv[131] += d20 * s12;
                gv[132] += d20 * s13;
                gv[133] += d20 * s14;
                gv[134] += d20 * s15;
                gv[135] += d20 * s16;
                gv[136] += d20 * s17;
                gv[137] += d20 * s18;
                gv[138] += d20 * s19;
                gv[139] += d20 * s20;
                gv[140] += d20;
                PairLanes d10 = new PairLanes(p[130]) * d20;
                PairLanes d11 = new PairLanes(p[131]) * d20;
                PairLanes d12 = new PairLanes(p[132]) * d20;
                PairLanes d13 = new PairLanes(p[133]) * d20;
                PairLanes d14 = new PairLanes(p[134]) * d20;
                PairLanes d15 = new PairLanes(p[135]) * d20;
                PairLanes d16 = new PairLanes(p[136]) * d20;
                PairLanes d17 = new PairLanes(p[137]) * d20;
                PairLanes d18 = new PairLanes(p[138]) * d20;
                PairLanes d19 = new PairLanes(p[139]) * d20;

                // Layer 2 backward: Dense 10→10, Relu, one row per lane
                d10 *= PairLanes.ReluDerivativeFromOutput(s11);
                d11 *= PairLanes.ReluDerivativeFromOutput(s12);
                d12 *= PairLanes.ReluDerivativeFromOutput(s13);
                d13 *= PairLanes.ReluDerivativeFromOutput(s14);
                d14 *= PairLanes.ReluDerivativeFromOutput(s15);
                d15 *= PairLanes.ReluDerivativeFromOutput(s16);
                d16 *= PairLanes.ReluDerivativeFromOutput(s17);
                d17 *= PairLanes.ReluDerivativeFromOutput(s18);
                d18 *= PairLanes.ReluDerivativeFromOutput(s19);
                d19 *= PairLanes.ReluDerivativeFromOutput(s20);
                gv[20] += d10 * s1;
                gv[21] += d10 * s2;
                gv[22] += d10 * s3;
                gv[23] += d10 * s4;
                gv[24] += d10 * s5;
                gv[25] += d10 * s6;
                gv[26] += d10 * s7;
                gv[27] += d10 * s8;
                gv[28] += d10 * s9;
                gv[29] += d10 * s10;
                gv[120] += d10;
                gv[30] += d11 * s1;
                gv[31] += d11 * s2;
                gv[32] += d11 * s3;
                gv[33] += d11 * s4;
                gv[34] += d11 * s5;
                gv[35] += d11 * s6;
                gv[36] += d11 * s7;
                gv[37] += d11 * s8;
                gv[38] += d11 * s9;
                gv[39] += d11 * s10;
                gv[121] += d11;
                gv[40] += d12 * s1;
                gv[41] += d12 * s2;
                gv[42] += d12 * s3;
                gv[43] += d12 * s4;
                gv[44] += d12 * s5;
                gv[45] += d12 * s6;
                gv[46] += d12 * s7;
                gv[47] += d12 * s8;
                gv[48] += d12 * s9;
                gv[49] += d12 * s10;
                gv[122] += d12;
                gv[50] += d13 * s1;
                gv[51] += d13 * s2;
                gv[52] += d13 * s3;
                gv[53] += d13 * s4;
                gv[54] += d13 * s5;
                gv[55] += d13 * s6;
                gv[56] += d13 * s7;
                gv[57] += d13 * s8;
                gv[58] += d13 * s9;
                gv[59] += d13 * s10;
                gv[123] += d13;
                gv[60] += d14 * s1;
                gv[61] += d14 * s2;
                gv[62] += d14 * s3;
                gv[63] += d14 * s4;
                gv[64] += d14 * s5;
                gv[65] += d14 * s6;
                gv[66] += d14 * s7;
                gv[67] += d14 * s8;
                gv[68] += d14 * s9;
                gv[69] += d14 * s10;
                gv[124] += d14;
                gv[70] += d15 * s1;
                gv[71] += d15 * s2;
                gv[72] += d15 * s3;
                gv[73] += d15 * s4;
                gv[74] += d15 * s5;
                gv[75] += d15 * s6;
                gv[76] += d15 * s7;
                gv[77] += d15 * s8;
                gv[78] += d15 * s9;
                gv[79] += d15 * s10;
                gv[125] += d15;
                gv[80] += d16 * s1;
                gv[81] += d16 * s2;
                gv[82] += d16 * s3;
                gv[83] += d16 * s4;
                gv[84] += d16 * s5;
                gv[85] += d16 * s6;
                gv[86] += d16 * s7;
                gv[87] += d16 * s8;
                gv[88] += d16 * s9;
                gv[89] += d16 * s10;
                gv[126] += d16;
                gv[90] += d17 * s1;
                gv[91] += d17 * s2;
                gv[92] += d17 * s3;
                gv[93] += d17 * s4;
                gv[94] += d17 * s5;
                gv[95] += d17 * s6;
                gv[96] += d17 * s7;
                gv[97] += d17 * s8;
                gv[98] += d17 * s9;
                gv[99] += d17 * s10;
                gv[127] += d17;
                gv[100] += d18 * s1;
                gv[101] += d18 * s2;
                gv[102] += d18 * s3;
                gv[103] += d18 * s4;
                gv[104] += d18 * s5;
                gv[105] += d18 * s6;
                gv[106] += d18 * s7;
                gv[107] += d18 * s8;
                gv[108] += d18 * s9;
                gv[109] += d18 * s10;
                gv[128] += d18;
                gv[110] += d19 * s1;
                gv[111] += d19 * s2;
                gv[112] += d19 * s3;
                gv[113] += d19 * s4;
                gv[114] += d19 * s5;
                gv[115] += d19 * s6;
                gv[116] += d19 * s7;
                gv[117] += d19 * s8;
                gv[118] += d19 * s9;
                gv[119] += d19 * s10;
                gv[129] += d19;
                PairLanes d0 = (new PairLanes(p[20]) * d10 + new PairLanes(p[30]) * d11 + new PairLanes(p[40]) * d12)
                    + (new PairLanes(p[50]) * d13 + new PairLanes(p[60]) * d14 + new PairLanes(p[70]) * d15)
                    + (new PairLanes(p[80]) * d16 + new PairLanes(p[90]) * d17 + new PairLanes(p[100]) * d18)
                    + (new PairLanes(p[110]) * d19);
                PairLanes d1 = (new PairLanes(p[21]) * d10 + new PairLanes(p[31]) * d11 + new PairLanes(p[41]) * d12)
                    + (new PairLanes(p[51]) * d13 + new PairLanes(p[61]) * d14 + new PairLanes(p[71]) * d15)
                    + (new PairLanes(p[81]) * d16 + new PairLanes(p[91]) * d17 + new PairLanes(p[101]) * d18)
                    + (new PairLanes(p[111]) * d19);
                PairLanes d2 = (new PairLanes(p[22]) * d10 + new PairLanes(p[32]) * d11 + new PairLanes(p[42]) * d12)
                    + (new PairLanes(p[52]) * d13 + new PairLanes(p[62]) * d14 + new PairLanes(p[72]) * d15)
                    + (new PairLanes(p[82]) * d16 + new PairLanes(p[92]) * d17 + new PairLanes(p[102]) * d18)
                    + (new PairLanes(p[112]) * d19);
                PairLanes d3 = (new PairLanes(p[23]) * d10 + new PairLanes(p[33]) * d11 + new PairLanes(p[43]) * d12)
                    + (new PairLanes(p[53]) * d13 + new PairLanes(p[63]) * d14 + new PairLanes(p[73]) * d15)
                    + (new PairLanes(p[83]) * d16 + new PairLanes(p[93]) * d17 + new PairLanes(p[103]) * d18)
                    + (new PairLanes(p[113]) * d19);
                PairLanes d4 = (new PairLanes(p[24]) * d10 + new PairLanes(p[34]) * d11 + new PairLanes(p[44]) * d12)
                    + (new PairLanes(p[54]) * d13 + new PairLanes(p[64]) * d14 + new PairLanes(p[74]) * d15)
                    + (new PairLanes(p[84]) * d16 + new PairLanes(p[94]) * d17 + new PairLanes(p[104]) * d18)
                    + (new PairLanes(p[114]) * d19);
                PairLanes d5 = (new PairLanes(p[25]) * d10 + new PairLanes(p[35]) * d11 + new PairLanes(p[45]) * d12)
                    + (new PairLanes(p[55]) * d13 + new PairLanes(p[65]) * d14 + new PairLanes(p[75]) * d15)
                    + (new PairLanes(p[85]) * d16 + new PairLanes(p[95]) * d17 + new PairLanes(p[105]) * d18)
                    + (new PairLanes(p[115]) * d19);
                PairLanes d6 = (new PairLanes(p[26]) * d10 + new PairLanes(p[36]) * d11 + new PairLanes(p[46]) * d12)
                    + (new PairLanes(p[56]) * d13 + new PairLanes(p[66]) * d14 + new PairLanes(p[76]) * d15)
                    + (new PairLanes(p[86]) * d16 + new PairLanes(p[96]) * d17 + new PairLanes(p[106]) * d18)
                    + (new PairLanes(p[116]) * d19);
                PairLanes d7 = (new PairLanes(p[27]) * d10 + new PairLanes(p[37]) * d11 + new PairLanes(p[47]) * d12)
                    + (new PairLanes(p[57]) * d13 + new PairLanes(p[67]) * d14 + new PairLanes(p[77]) * d15)
                    + (new PairLanes(p[87]) * d16 + new PairLanes(p[97]) * d17 + new PairLanes(p[107]) * d18)
                    + (new PairLanes(p[117]) * d19);
                PairLanes d8 = (new PairLanes(p[28]) * d10 + new PairLanes(p[38]) * d11 + new PairLanes(p[48]) * d12)
                    + (new PairLanes(p[58]) * d13 + new PairLanes(p[68]) * d14 + new PairLanes(p[78]) * d15)
                    + (new PairLanes(p[88]) * d16 + new PairLanes(p[98]) * d17 + new PairLanes(p[108]) * d18)
                    + (new PairLanes(p[118]) * d19);
                PairLanes d9 = (new PairLanes(p[29]) * d10 + new PairLanes(p[39]) * d11 + new PairLanes(p[49]) * d12)
                    + (new PairLanes(p[59]) * d13 + new PairLanes(p[69]) * d14 + new PairLanes(p[79]) * d15)
                    + (new PairLanes(p[89]) * d16 + new PairLanes(p[99]) * d17 + new PairLanes(p[109]) * d18)
                    + (new PairLanes(p[119]) * d19);

                // Layer 1 backward: Dense 1→10, Relu, one row per lane
                d0 *= PairLanes.ReluDerivativeFromOutput(s1);
                d1 *= PairLanes.ReluDerivativeFromOutput(s2);
                d2 *= PairLanes.ReluDerivativeFromOutput(s3);
                d3 *= PairLanes.ReluDerivativeFromOutput(s4);
                d4 *= PairLanes.ReluDerivativeFromOutput(s5);
                d5 *= PairLanes.ReluDerivativeFromOutput(s6);
                d6 *= PairLanes.ReluDerivativeFromOutput(s7);
                d7 *= PairLanes.ReluDerivativeFromOutput(s8);
                d8 *= PairLanes.ReluDerivativeFromOutput(s9);
                d9 *= PairLanes.ReluDerivativeFromOutput(s10);
                gv[0] += d0 * s0;
                gv[10] += d0;
                gv[1] += d1 * s0;
                gv[11] += d1;
                gv[2] += d2 * s0;
                gv[12] += d2;
                gv[3] += d3 * s0;
                gv[13] += d3;
                gv[4] += d4 * s0;
                gv[14] += d4;
                gv[5] += d5 * s0;
                gv[15] += d5;
                gv[6] += d6 * s0;
                gv[16] += d6;
                gv[7] += d7 * s0;
                gv[17] += d7;
                gv[8] += d8 * s0;
                gv[18] += d8;
                gv[9] += d9 * s0;
                gv[19] += d9;

                return PairLanes.Sum(lossLanes);
            }
    }

    /// <summary>
    /// CubicRelu's generated lane pass rewritten textually onto two separate Vector&lt;float&gt; variables per lane
    /// variable (…a: rows 0–7 of the pass, …b: rows 8–15), the pair summed before each lane gradient's load/store.
    /// </summary>
    internal sealed class CubicReluTwoRegisterPass
    {
        private readonly Vector<float>[] _gv = new Vector<float>[141];
        private readonly float[] _lane = new float[4 * Vector<float>.Count];

        /// <summary>Gradients of the mean squared error into g; returns the loss (as __ComputeGradients, without its finite checks).</summary>
        public float Gradients(ReadOnlySpan<float> p, ReadOnlySpan<float> inputs, ReadOnlySpan<float> targets, Span<float> g)
        {
            int rows = inputs.Length;
            int lanes = 2 * Vector<float>.Count;
            float scale = 1f / targets.Length;
            float lossSum = 0f;
            Span<Vector<float>> gv = _gv;
            gv.Clear();
            for (int start = 0; start < rows; start += lanes)
            {
                lossSum += Pass(p, inputs, targets, start, Math.Min(lanes, rows - start), scale, gv, _lane);
            }

            NetGen.Runtime.LinearAlgebra.SumLanes<float>(gv, g);
            return lossSum * scale;
        }

            public static float Pass(global::System.ReadOnlySpan<float> p, global::System.ReadOnlySpan<float> inputs, global::System.ReadOnlySpan<float> targets, int start, int n, float scale, global::System.Span<global::System.Numerics.Vector<float>> gv, global::System.Span<float> lane)
            {
                p = p.Slice(0, 141);
                gv = gv.Slice(0, 141);
                int half = global::System.Numerics.Vector<float>.Count;
                int lanes = 2 * half;

                // Transpose the rows in: lane r of feature i is inputs[(start + r) * 1 + i].
                lane.Clear();
                for (int r = 0; r < n; r++)
                {
                    for (int i = 0; i < 1; i++)
                    {
                        lane[i * lanes + r] = inputs[(start + r) * 1 + i];
                    }
                }

                global::System.Numerics.Vector<float> s0a = new global::System.Numerics.Vector<float>(lane.Slice(0 * lanes, half));
                global::System.Numerics.Vector<float> s0b = new global::System.Numerics.Vector<float>(lane.Slice(0 * lanes + half, half));

                // Layer 1: Dense 1→10, Relu, one row per lane
                global::System.Numerics.Vector<float> s1a = global::NetGen.Runtime.VectorActivations.Relu(new global::System.Numerics.Vector<float>(p[10]) + new global::System.Numerics.Vector<float>(p[0]) * s0a);
                global::System.Numerics.Vector<float> s1b = global::NetGen.Runtime.VectorActivations.Relu(new global::System.Numerics.Vector<float>(p[10]) + new global::System.Numerics.Vector<float>(p[0]) * s0b);
                global::System.Numerics.Vector<float> s2a = global::NetGen.Runtime.VectorActivations.Relu(new global::System.Numerics.Vector<float>(p[11]) + new global::System.Numerics.Vector<float>(p[1]) * s0a);
                global::System.Numerics.Vector<float> s2b = global::NetGen.Runtime.VectorActivations.Relu(new global::System.Numerics.Vector<float>(p[11]) + new global::System.Numerics.Vector<float>(p[1]) * s0b);
                global::System.Numerics.Vector<float> s3a = global::NetGen.Runtime.VectorActivations.Relu(new global::System.Numerics.Vector<float>(p[12]) + new global::System.Numerics.Vector<float>(p[2]) * s0a);
                global::System.Numerics.Vector<float> s3b = global::NetGen.Runtime.VectorActivations.Relu(new global::System.Numerics.Vector<float>(p[12]) + new global::System.Numerics.Vector<float>(p[2]) * s0b);
                global::System.Numerics.Vector<float> s4a = global::NetGen.Runtime.VectorActivations.Relu(new global::System.Numerics.Vector<float>(p[13]) + new global::System.Numerics.Vector<float>(p[3]) * s0a);
                global::System.Numerics.Vector<float> s4b = global::NetGen.Runtime.VectorActivations.Relu(new global::System.Numerics.Vector<float>(p[13]) + new global::System.Numerics.Vector<float>(p[3]) * s0b);
                global::System.Numerics.Vector<float> s5a = global::NetGen.Runtime.VectorActivations.Relu(new global::System.Numerics.Vector<float>(p[14]) + new global::System.Numerics.Vector<float>(p[4]) * s0a);
                global::System.Numerics.Vector<float> s5b = global::NetGen.Runtime.VectorActivations.Relu(new global::System.Numerics.Vector<float>(p[14]) + new global::System.Numerics.Vector<float>(p[4]) * s0b);
                global::System.Numerics.Vector<float> s6a = global::NetGen.Runtime.VectorActivations.Relu(new global::System.Numerics.Vector<float>(p[15]) + new global::System.Numerics.Vector<float>(p[5]) * s0a);
                global::System.Numerics.Vector<float> s6b = global::NetGen.Runtime.VectorActivations.Relu(new global::System.Numerics.Vector<float>(p[15]) + new global::System.Numerics.Vector<float>(p[5]) * s0b);
                global::System.Numerics.Vector<float> s7a = global::NetGen.Runtime.VectorActivations.Relu(new global::System.Numerics.Vector<float>(p[16]) + new global::System.Numerics.Vector<float>(p[6]) * s0a);
                global::System.Numerics.Vector<float> s7b = global::NetGen.Runtime.VectorActivations.Relu(new global::System.Numerics.Vector<float>(p[16]) + new global::System.Numerics.Vector<float>(p[6]) * s0b);
                global::System.Numerics.Vector<float> s8a = global::NetGen.Runtime.VectorActivations.Relu(new global::System.Numerics.Vector<float>(p[17]) + new global::System.Numerics.Vector<float>(p[7]) * s0a);
                global::System.Numerics.Vector<float> s8b = global::NetGen.Runtime.VectorActivations.Relu(new global::System.Numerics.Vector<float>(p[17]) + new global::System.Numerics.Vector<float>(p[7]) * s0b);
                global::System.Numerics.Vector<float> s9a = global::NetGen.Runtime.VectorActivations.Relu(new global::System.Numerics.Vector<float>(p[18]) + new global::System.Numerics.Vector<float>(p[8]) * s0a);
                global::System.Numerics.Vector<float> s9b = global::NetGen.Runtime.VectorActivations.Relu(new global::System.Numerics.Vector<float>(p[18]) + new global::System.Numerics.Vector<float>(p[8]) * s0b);
                global::System.Numerics.Vector<float> s10a = global::NetGen.Runtime.VectorActivations.Relu(new global::System.Numerics.Vector<float>(p[19]) + new global::System.Numerics.Vector<float>(p[9]) * s0a);
                global::System.Numerics.Vector<float> s10b = global::NetGen.Runtime.VectorActivations.Relu(new global::System.Numerics.Vector<float>(p[19]) + new global::System.Numerics.Vector<float>(p[9]) * s0b);

                // Layer 2: Dense 10→10, Relu, one row per lane
                global::System.Numerics.Vector<float> s11a = global::NetGen.Runtime.VectorActivations.Relu((new global::System.Numerics.Vector<float>(p[120]) + new global::System.Numerics.Vector<float>(p[20]) * s1a + new global::System.Numerics.Vector<float>(p[21]) * s2a)
                    + (new global::System.Numerics.Vector<float>(p[22]) * s3a + new global::System.Numerics.Vector<float>(p[23]) * s4a + new global::System.Numerics.Vector<float>(p[24]) * s5a)
                    + (new global::System.Numerics.Vector<float>(p[25]) * s6a + new global::System.Numerics.Vector<float>(p[26]) * s7a + new global::System.Numerics.Vector<float>(p[27]) * s8a)
                    + (new global::System.Numerics.Vector<float>(p[28]) * s9a + new global::System.Numerics.Vector<float>(p[29]) * s10a));
                global::System.Numerics.Vector<float> s11b = global::NetGen.Runtime.VectorActivations.Relu((new global::System.Numerics.Vector<float>(p[120]) + new global::System.Numerics.Vector<float>(p[20]) * s1b + new global::System.Numerics.Vector<float>(p[21]) * s2b)
                    + (new global::System.Numerics.Vector<float>(p[22]) * s3b + new global::System.Numerics.Vector<float>(p[23]) * s4b + new global::System.Numerics.Vector<float>(p[24]) * s5b)
                    + (new global::System.Numerics.Vector<float>(p[25]) * s6b + new global::System.Numerics.Vector<float>(p[26]) * s7b + new global::System.Numerics.Vector<float>(p[27]) * s8b)
                    + (new global::System.Numerics.Vector<float>(p[28]) * s9b + new global::System.Numerics.Vector<float>(p[29]) * s10b));
                global::System.Numerics.Vector<float> s12a = global::NetGen.Runtime.VectorActivations.Relu((new global::System.Numerics.Vector<float>(p[121]) + new global::System.Numerics.Vector<float>(p[30]) * s1a + new global::System.Numerics.Vector<float>(p[31]) * s2a)
                    + (new global::System.Numerics.Vector<float>(p[32]) * s3a + new global::System.Numerics.Vector<float>(p[33]) * s4a + new global::System.Numerics.Vector<float>(p[34]) * s5a)
                    + (new global::System.Numerics.Vector<float>(p[35]) * s6a + new global::System.Numerics.Vector<float>(p[36]) * s7a + new global::System.Numerics.Vector<float>(p[37]) * s8a)
                    + (new global::System.Numerics.Vector<float>(p[38]) * s9a + new global::System.Numerics.Vector<float>(p[39]) * s10a));
                global::System.Numerics.Vector<float> s12b = global::NetGen.Runtime.VectorActivations.Relu((new global::System.Numerics.Vector<float>(p[121]) + new global::System.Numerics.Vector<float>(p[30]) * s1b + new global::System.Numerics.Vector<float>(p[31]) * s2b)
                    + (new global::System.Numerics.Vector<float>(p[32]) * s3b + new global::System.Numerics.Vector<float>(p[33]) * s4b + new global::System.Numerics.Vector<float>(p[34]) * s5b)
                    + (new global::System.Numerics.Vector<float>(p[35]) * s6b + new global::System.Numerics.Vector<float>(p[36]) * s7b + new global::System.Numerics.Vector<float>(p[37]) * s8b)
                    + (new global::System.Numerics.Vector<float>(p[38]) * s9b + new global::System.Numerics.Vector<float>(p[39]) * s10b));
                global::System.Numerics.Vector<float> s13a = global::NetGen.Runtime.VectorActivations.Relu((new global::System.Numerics.Vector<float>(p[122]) + new global::System.Numerics.Vector<float>(p[40]) * s1a + new global::System.Numerics.Vector<float>(p[41]) * s2a)
                    + (new global::System.Numerics.Vector<float>(p[42]) * s3a + new global::System.Numerics.Vector<float>(p[43]) * s4a + new global::System.Numerics.Vector<float>(p[44]) * s5a)
                    + (new global::System.Numerics.Vector<float>(p[45]) * s6a + new global::System.Numerics.Vector<float>(p[46]) * s7a + new global::System.Numerics.Vector<float>(p[47]) * s8a)
                    + (new global::System.Numerics.Vector<float>(p[48]) * s9a + new global::System.Numerics.Vector<float>(p[49]) * s10a));
                global::System.Numerics.Vector<float> s13b = global::NetGen.Runtime.VectorActivations.Relu((new global::System.Numerics.Vector<float>(p[122]) + new global::System.Numerics.Vector<float>(p[40]) * s1b + new global::System.Numerics.Vector<float>(p[41]) * s2b)
                    + (new global::System.Numerics.Vector<float>(p[42]) * s3b + new global::System.Numerics.Vector<float>(p[43]) * s4b + new global::System.Numerics.Vector<float>(p[44]) * s5b)
                    + (new global::System.Numerics.Vector<float>(p[45]) * s6b + new global::System.Numerics.Vector<float>(p[46]) * s7b + new global::System.Numerics.Vector<float>(p[47]) * s8b)
                    + (new global::System.Numerics.Vector<float>(p[48]) * s9b + new global::System.Numerics.Vector<float>(p[49]) * s10b));
                global::System.Numerics.Vector<float> s14a = global::NetGen.Runtime.VectorActivations.Relu((new global::System.Numerics.Vector<float>(p[123]) + new global::System.Numerics.Vector<float>(p[50]) * s1a + new global::System.Numerics.Vector<float>(p[51]) * s2a)
                    + (new global::System.Numerics.Vector<float>(p[52]) * s3a + new global::System.Numerics.Vector<float>(p[53]) * s4a + new global::System.Numerics.Vector<float>(p[54]) * s5a)
                    + (new global::System.Numerics.Vector<float>(p[55]) * s6a + new global::System.Numerics.Vector<float>(p[56]) * s7a + new global::System.Numerics.Vector<float>(p[57]) * s8a)
                    + (new global::System.Numerics.Vector<float>(p[58]) * s9a + new global::System.Numerics.Vector<float>(p[59]) * s10a));
                global::System.Numerics.Vector<float> s14b = global::NetGen.Runtime.VectorActivations.Relu((new global::System.Numerics.Vector<float>(p[123]) + new global::System.Numerics.Vector<float>(p[50]) * s1b + new global::System.Numerics.Vector<float>(p[51]) * s2b)
                    + (new global::System.Numerics.Vector<float>(p[52]) * s3b + new global::System.Numerics.Vector<float>(p[53]) * s4b + new global::System.Numerics.Vector<float>(p[54]) * s5b)
                    + (new global::System.Numerics.Vector<float>(p[55]) * s6b + new global::System.Numerics.Vector<float>(p[56]) * s7b + new global::System.Numerics.Vector<float>(p[57]) * s8b)
                    + (new global::System.Numerics.Vector<float>(p[58]) * s9b + new global::System.Numerics.Vector<float>(p[59]) * s10b));
                global::System.Numerics.Vector<float> s15a = global::NetGen.Runtime.VectorActivations.Relu((new global::System.Numerics.Vector<float>(p[124]) + new global::System.Numerics.Vector<float>(p[60]) * s1a + new global::System.Numerics.Vector<float>(p[61]) * s2a)
                    + (new global::System.Numerics.Vector<float>(p[62]) * s3a + new global::System.Numerics.Vector<float>(p[63]) * s4a + new global::System.Numerics.Vector<float>(p[64]) * s5a)
                    + (new global::System.Numerics.Vector<float>(p[65]) * s6a + new global::System.Numerics.Vector<float>(p[66]) * s7a + new global::System.Numerics.Vector<float>(p[67]) * s8a)
                    + (new global::System.Numerics.Vector<float>(p[68]) * s9a + new global::System.Numerics.Vector<float>(p[69]) * s10a));
                global::System.Numerics.Vector<float> s15b = global::NetGen.Runtime.VectorActivations.Relu((new global::System.Numerics.Vector<float>(p[124]) + new global::System.Numerics.Vector<float>(p[60]) * s1b + new global::System.Numerics.Vector<float>(p[61]) * s2b)
                    + (new global::System.Numerics.Vector<float>(p[62]) * s3b + new global::System.Numerics.Vector<float>(p[63]) * s4b + new global::System.Numerics.Vector<float>(p[64]) * s5b)
                    + (new global::System.Numerics.Vector<float>(p[65]) * s6b + new global::System.Numerics.Vector<float>(p[66]) * s7b + new global::System.Numerics.Vector<float>(p[67]) * s8b)
                    + (new global::System.Numerics.Vector<float>(p[68]) * s9b + new global::System.Numerics.Vector<float>(p[69]) * s10b));
                global::System.Numerics.Vector<float> s16a = global::NetGen.Runtime.VectorActivations.Relu((new global::System.Numerics.Vector<float>(p[125]) + new global::System.Numerics.Vector<float>(p[70]) * s1a + new global::System.Numerics.Vector<float>(p[71]) * s2a)
                    + (new global::System.Numerics.Vector<float>(p[72]) * s3a + new global::System.Numerics.Vector<float>(p[73]) * s4a + new global::System.Numerics.Vector<float>(p[74]) * s5a)
                    + (new global::System.Numerics.Vector<float>(p[75]) * s6a + new global::System.Numerics.Vector<float>(p[76]) * s7a + new global::System.Numerics.Vector<float>(p[77]) * s8a)
                    + (new global::System.Numerics.Vector<float>(p[78]) * s9a + new global::System.Numerics.Vector<float>(p[79]) * s10a));
                global::System.Numerics.Vector<float> s16b = global::NetGen.Runtime.VectorActivations.Relu((new global::System.Numerics.Vector<float>(p[125]) + new global::System.Numerics.Vector<float>(p[70]) * s1b + new global::System.Numerics.Vector<float>(p[71]) * s2b)
                    + (new global::System.Numerics.Vector<float>(p[72]) * s3b + new global::System.Numerics.Vector<float>(p[73]) * s4b + new global::System.Numerics.Vector<float>(p[74]) * s5b)
                    + (new global::System.Numerics.Vector<float>(p[75]) * s6b + new global::System.Numerics.Vector<float>(p[76]) * s7b + new global::System.Numerics.Vector<float>(p[77]) * s8b)
                    + (new global::System.Numerics.Vector<float>(p[78]) * s9b + new global::System.Numerics.Vector<float>(p[79]) * s10b));
                global::System.Numerics.Vector<float> s17a = global::NetGen.Runtime.VectorActivations.Relu((new global::System.Numerics.Vector<float>(p[126]) + new global::System.Numerics.Vector<float>(p[80]) * s1a + new global::System.Numerics.Vector<float>(p[81]) * s2a)
                    + (new global::System.Numerics.Vector<float>(p[82]) * s3a + new global::System.Numerics.Vector<float>(p[83]) * s4a + new global::System.Numerics.Vector<float>(p[84]) * s5a)
                    + (new global::System.Numerics.Vector<float>(p[85]) * s6a + new global::System.Numerics.Vector<float>(p[86]) * s7a + new global::System.Numerics.Vector<float>(p[87]) * s8a)
                    + (new global::System.Numerics.Vector<float>(p[88]) * s9a + new global::System.Numerics.Vector<float>(p[89]) * s10a));
                global::System.Numerics.Vector<float> s17b = global::NetGen.Runtime.VectorActivations.Relu((new global::System.Numerics.Vector<float>(p[126]) + new global::System.Numerics.Vector<float>(p[80]) * s1b + new global::System.Numerics.Vector<float>(p[81]) * s2b)
                    + (new global::System.Numerics.Vector<float>(p[82]) * s3b + new global::System.Numerics.Vector<float>(p[83]) * s4b + new global::System.Numerics.Vector<float>(p[84]) * s5b)
                    + (new global::System.Numerics.Vector<float>(p[85]) * s6b + new global::System.Numerics.Vector<float>(p[86]) * s7b + new global::System.Numerics.Vector<float>(p[87]) * s8b)
                    + (new global::System.Numerics.Vector<float>(p[88]) * s9b + new global::System.Numerics.Vector<float>(p[89]) * s10b));
                global::System.Numerics.Vector<float> s18a = global::NetGen.Runtime.VectorActivations.Relu((new global::System.Numerics.Vector<float>(p[127]) + new global::System.Numerics.Vector<float>(p[90]) * s1a + new global::System.Numerics.Vector<float>(p[91]) * s2a)
                    + (new global::System.Numerics.Vector<float>(p[92]) * s3a + new global::System.Numerics.Vector<float>(p[93]) * s4a + new global::System.Numerics.Vector<float>(p[94]) * s5a)
                    + (new global::System.Numerics.Vector<float>(p[95]) * s6a + new global::System.Numerics.Vector<float>(p[96]) * s7a + new global::System.Numerics.Vector<float>(p[97]) * s8a)
                    + (new global::System.Numerics.Vector<float>(p[98]) * s9a + new global::System.Numerics.Vector<float>(p[99]) * s10a));
                global::System.Numerics.Vector<float> s18b = global::NetGen.Runtime.VectorActivations.Relu((new global::System.Numerics.Vector<float>(p[127]) + new global::System.Numerics.Vector<float>(p[90]) * s1b + new global::System.Numerics.Vector<float>(p[91]) * s2b)
                    + (new global::System.Numerics.Vector<float>(p[92]) * s3b + new global::System.Numerics.Vector<float>(p[93]) * s4b + new global::System.Numerics.Vector<float>(p[94]) * s5b)
                    + (new global::System.Numerics.Vector<float>(p[95]) * s6b + new global::System.Numerics.Vector<float>(p[96]) * s7b + new global::System.Numerics.Vector<float>(p[97]) * s8b)
                    + (new global::System.Numerics.Vector<float>(p[98]) * s9b + new global::System.Numerics.Vector<float>(p[99]) * s10b));
                global::System.Numerics.Vector<float> s19a = global::NetGen.Runtime.VectorActivations.Relu((new global::System.Numerics.Vector<float>(p[128]) + new global::System.Numerics.Vector<float>(p[100]) * s1a + new global::System.Numerics.Vector<float>(p[101]) * s2a)
                    + (new global::System.Numerics.Vector<float>(p[102]) * s3a + new global::System.Numerics.Vector<float>(p[103]) * s4a + new global::System.Numerics.Vector<float>(p[104]) * s5a)
                    + (new global::System.Numerics.Vector<float>(p[105]) * s6a + new global::System.Numerics.Vector<float>(p[106]) * s7a + new global::System.Numerics.Vector<float>(p[107]) * s8a)
                    + (new global::System.Numerics.Vector<float>(p[108]) * s9a + new global::System.Numerics.Vector<float>(p[109]) * s10a));
                global::System.Numerics.Vector<float> s19b = global::NetGen.Runtime.VectorActivations.Relu((new global::System.Numerics.Vector<float>(p[128]) + new global::System.Numerics.Vector<float>(p[100]) * s1b + new global::System.Numerics.Vector<float>(p[101]) * s2b)
                    + (new global::System.Numerics.Vector<float>(p[102]) * s3b + new global::System.Numerics.Vector<float>(p[103]) * s4b + new global::System.Numerics.Vector<float>(p[104]) * s5b)
                    + (new global::System.Numerics.Vector<float>(p[105]) * s6b + new global::System.Numerics.Vector<float>(p[106]) * s7b + new global::System.Numerics.Vector<float>(p[107]) * s8b)
                    + (new global::System.Numerics.Vector<float>(p[108]) * s9b + new global::System.Numerics.Vector<float>(p[109]) * s10b));
                global::System.Numerics.Vector<float> s20a = global::NetGen.Runtime.VectorActivations.Relu((new global::System.Numerics.Vector<float>(p[129]) + new global::System.Numerics.Vector<float>(p[110]) * s1a + new global::System.Numerics.Vector<float>(p[111]) * s2a)
                    + (new global::System.Numerics.Vector<float>(p[112]) * s3a + new global::System.Numerics.Vector<float>(p[113]) * s4a + new global::System.Numerics.Vector<float>(p[114]) * s5a)
                    + (new global::System.Numerics.Vector<float>(p[115]) * s6a + new global::System.Numerics.Vector<float>(p[116]) * s7a + new global::System.Numerics.Vector<float>(p[117]) * s8a)
                    + (new global::System.Numerics.Vector<float>(p[118]) * s9a + new global::System.Numerics.Vector<float>(p[119]) * s10a));
                global::System.Numerics.Vector<float> s20b = global::NetGen.Runtime.VectorActivations.Relu((new global::System.Numerics.Vector<float>(p[129]) + new global::System.Numerics.Vector<float>(p[110]) * s1b + new global::System.Numerics.Vector<float>(p[111]) * s2b)
                    + (new global::System.Numerics.Vector<float>(p[112]) * s3b + new global::System.Numerics.Vector<float>(p[113]) * s4b + new global::System.Numerics.Vector<float>(p[114]) * s5b)
                    + (new global::System.Numerics.Vector<float>(p[115]) * s6b + new global::System.Numerics.Vector<float>(p[116]) * s7b + new global::System.Numerics.Vector<float>(p[117]) * s8b)
                    + (new global::System.Numerics.Vector<float>(p[118]) * s9b + new global::System.Numerics.Vector<float>(p[119]) * s10b));

                // Layer 3: Dense 10→1, Identity, one row per lane
                global::System.Numerics.Vector<float> s21a = (new global::System.Numerics.Vector<float>(p[140]) + new global::System.Numerics.Vector<float>(p[130]) * s11a + new global::System.Numerics.Vector<float>(p[131]) * s12a)
                    + (new global::System.Numerics.Vector<float>(p[132]) * s13a + new global::System.Numerics.Vector<float>(p[133]) * s14a + new global::System.Numerics.Vector<float>(p[134]) * s15a)
                    + (new global::System.Numerics.Vector<float>(p[135]) * s16a + new global::System.Numerics.Vector<float>(p[136]) * s17a + new global::System.Numerics.Vector<float>(p[137]) * s18a)
                    + (new global::System.Numerics.Vector<float>(p[138]) * s19a + new global::System.Numerics.Vector<float>(p[139]) * s20a);
                global::System.Numerics.Vector<float> s21b = (new global::System.Numerics.Vector<float>(p[140]) + new global::System.Numerics.Vector<float>(p[130]) * s11b + new global::System.Numerics.Vector<float>(p[131]) * s12b)
                    + (new global::System.Numerics.Vector<float>(p[132]) * s13b + new global::System.Numerics.Vector<float>(p[133]) * s14b + new global::System.Numerics.Vector<float>(p[134]) * s15b)
                    + (new global::System.Numerics.Vector<float>(p[135]) * s16b + new global::System.Numerics.Vector<float>(p[136]) * s17b + new global::System.Numerics.Vector<float>(p[137]) * s18b)
                    + (new global::System.Numerics.Vector<float>(p[138]) * s19b + new global::System.Numerics.Vector<float>(p[139]) * s20b);

                // The loss on whole lanes; the mask is 1 on lanes holding a row, 0 on padding.
                lane.Clear();
                for (int r = 0; r < n; r++)
                {
                    for (int k = 0; k < 1; k++)
                    {
                        lane[k * lanes + r] = targets[(start + r) * 1 + k];
                    }

                    lane[1 * lanes + r] = 1f;
                }

                global::System.Numerics.Vector<float> maska = new global::System.Numerics.Vector<float>(lane.Slice(1 * lanes, half));
                global::System.Numerics.Vector<float> maskb = new global::System.Numerics.Vector<float>(lane.Slice(1 * lanes + half, half));
                global::System.Numerics.Vector<float> lossLanesa = global::System.Numerics.Vector<float>.Zero;
                global::System.Numerics.Vector<float> lossLanesb = global::System.Numerics.Vector<float>.Zero;
                lossLanesa += global::NetGen.Runtime.Losses.SquaredErrorLanes(s21a, new global::System.Numerics.Vector<float>(lane.Slice(0 * lanes, half)), maska, scale, out global::System.Numerics.Vector<float> d20a);
                lossLanesb += global::NetGen.Runtime.Losses.SquaredErrorLanes(s21b, new global::System.Numerics.Vector<float>(lane.Slice(0 * lanes + half, half)), maskb, scale, out global::System.Numerics.Vector<float> d20b);

                // Layer 3 backward: Dense 10→1, Identity, one row per lane
                gv[130] += (d20a * s11a) + (d20b * s11b);
                gv[131] += (d20a * s12a) + (d20b * s12b);
                gv[132] += (d20a * s13a) + (d20b * s13b);
                gv[133] += (d20a * s14a) + (d20b * s14b);
                gv[134] += (d20a * s15a) + (d20b * s15b);
                gv[135] += (d20a * s16a) + (d20b * s16b);
                gv[136] += (d20a * s17a) + (d20b * s17b);
                gv[137] += (d20a * s18a) + (d20b * s18b);
                gv[138] += (d20a * s19a) + (d20b * s19b);
                gv[139] += (d20a * s20a) + (d20b * s20b);
                gv[140] += (d20a) + (d20b);
                global::System.Numerics.Vector<float> d10a = new global::System.Numerics.Vector<float>(p[130]) * d20a;
                global::System.Numerics.Vector<float> d10b = new global::System.Numerics.Vector<float>(p[130]) * d20b;
                global::System.Numerics.Vector<float> d11a = new global::System.Numerics.Vector<float>(p[131]) * d20a;
                global::System.Numerics.Vector<float> d11b = new global::System.Numerics.Vector<float>(p[131]) * d20b;
                global::System.Numerics.Vector<float> d12a = new global::System.Numerics.Vector<float>(p[132]) * d20a;
                global::System.Numerics.Vector<float> d12b = new global::System.Numerics.Vector<float>(p[132]) * d20b;
                global::System.Numerics.Vector<float> d13a = new global::System.Numerics.Vector<float>(p[133]) * d20a;
                global::System.Numerics.Vector<float> d13b = new global::System.Numerics.Vector<float>(p[133]) * d20b;
                global::System.Numerics.Vector<float> d14a = new global::System.Numerics.Vector<float>(p[134]) * d20a;
                global::System.Numerics.Vector<float> d14b = new global::System.Numerics.Vector<float>(p[134]) * d20b;
                global::System.Numerics.Vector<float> d15a = new global::System.Numerics.Vector<float>(p[135]) * d20a;
                global::System.Numerics.Vector<float> d15b = new global::System.Numerics.Vector<float>(p[135]) * d20b;
                global::System.Numerics.Vector<float> d16a = new global::System.Numerics.Vector<float>(p[136]) * d20a;
                global::System.Numerics.Vector<float> d16b = new global::System.Numerics.Vector<float>(p[136]) * d20b;
                global::System.Numerics.Vector<float> d17a = new global::System.Numerics.Vector<float>(p[137]) * d20a;
                global::System.Numerics.Vector<float> d17b = new global::System.Numerics.Vector<float>(p[137]) * d20b;
                global::System.Numerics.Vector<float> d18a = new global::System.Numerics.Vector<float>(p[138]) * d20a;
                global::System.Numerics.Vector<float> d18b = new global::System.Numerics.Vector<float>(p[138]) * d20b;
                global::System.Numerics.Vector<float> d19a = new global::System.Numerics.Vector<float>(p[139]) * d20a;
                global::System.Numerics.Vector<float> d19b = new global::System.Numerics.Vector<float>(p[139]) * d20b;

                // Layer 2 backward: Dense 10→10, Relu, one row per lane
                d10a *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s11a);
                d10b *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s11b);
                d11a *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s12a);
                d11b *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s12b);
                d12a *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s13a);
                d12b *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s13b);
                d13a *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s14a);
                d13b *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s14b);
                d14a *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s15a);
                d14b *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s15b);
                d15a *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s16a);
                d15b *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s16b);
                d16a *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s17a);
                d16b *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s17b);
                d17a *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s18a);
                d17b *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s18b);
                d18a *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s19a);
                d18b *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s19b);
                d19a *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s20a);
                d19b *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s20b);
                gv[20] += (d10a * s1a) + (d10b * s1b);
                gv[21] += (d10a * s2a) + (d10b * s2b);
                gv[22] += (d10a * s3a) + (d10b * s3b);
                gv[23] += (d10a * s4a) + (d10b * s4b);
                gv[24] += (d10a * s5a) + (d10b * s5b);
                gv[25] += (d10a * s6a) + (d10b * s6b);
                gv[26] += (d10a * s7a) + (d10b * s7b);
                gv[27] += (d10a * s8a) + (d10b * s8b);
                gv[28] += (d10a * s9a) + (d10b * s9b);
                gv[29] += (d10a * s10a) + (d10b * s10b);
                gv[120] += (d10a) + (d10b);
                gv[30] += (d11a * s1a) + (d11b * s1b);
                gv[31] += (d11a * s2a) + (d11b * s2b);
                gv[32] += (d11a * s3a) + (d11b * s3b);
                gv[33] += (d11a * s4a) + (d11b * s4b);
                gv[34] += (d11a * s5a) + (d11b * s5b);
                gv[35] += (d11a * s6a) + (d11b * s6b);
                gv[36] += (d11a * s7a) + (d11b * s7b);
                gv[37] += (d11a * s8a) + (d11b * s8b);
                gv[38] += (d11a * s9a) + (d11b * s9b);
                gv[39] += (d11a * s10a) + (d11b * s10b);
                gv[121] += (d11a) + (d11b);
                gv[40] += (d12a * s1a) + (d12b * s1b);
                gv[41] += (d12a * s2a) + (d12b * s2b);
                gv[42] += (d12a * s3a) + (d12b * s3b);
                gv[43] += (d12a * s4a) + (d12b * s4b);
                gv[44] += (d12a * s5a) + (d12b * s5b);
                gv[45] += (d12a * s6a) + (d12b * s6b);
                gv[46] += (d12a * s7a) + (d12b * s7b);
                gv[47] += (d12a * s8a) + (d12b * s8b);
                gv[48] += (d12a * s9a) + (d12b * s9b);
                gv[49] += (d12a * s10a) + (d12b * s10b);
                gv[122] += (d12a) + (d12b);
                gv[50] += (d13a * s1a) + (d13b * s1b);
                gv[51] += (d13a * s2a) + (d13b * s2b);
                gv[52] += (d13a * s3a) + (d13b * s3b);
                gv[53] += (d13a * s4a) + (d13b * s4b);
                gv[54] += (d13a * s5a) + (d13b * s5b);
                gv[55] += (d13a * s6a) + (d13b * s6b);
                gv[56] += (d13a * s7a) + (d13b * s7b);
                gv[57] += (d13a * s8a) + (d13b * s8b);
                gv[58] += (d13a * s9a) + (d13b * s9b);
                gv[59] += (d13a * s10a) + (d13b * s10b);
                gv[123] += (d13a) + (d13b);
                gv[60] += (d14a * s1a) + (d14b * s1b);
                gv[61] += (d14a * s2a) + (d14b * s2b);
                gv[62] += (d14a * s3a) + (d14b * s3b);
                gv[63] += (d14a * s4a) + (d14b * s4b);
                gv[64] += (d14a * s5a) + (d14b * s5b);
                gv[65] += (d14a * s6a) + (d14b * s6b);
                gv[66] += (d14a * s7a) + (d14b * s7b);
                gv[67] += (d14a * s8a) + (d14b * s8b);
                gv[68] += (d14a * s9a) + (d14b * s9b);
                gv[69] += (d14a * s10a) + (d14b * s10b);
                gv[124] += (d14a) + (d14b);
                gv[70] += (d15a * s1a) + (d15b * s1b);
                gv[71] += (d15a * s2a) + (d15b * s2b);
                gv[72] += (d15a * s3a) + (d15b * s3b);
                gv[73] += (d15a * s4a) + (d15b * s4b);
                gv[74] += (d15a * s5a) + (d15b * s5b);
                gv[75] += (d15a * s6a) + (d15b * s6b);
                gv[76] += (d15a * s7a) + (d15b * s7b);
                gv[77] += (d15a * s8a) + (d15b * s8b);
                gv[78] += (d15a * s9a) + (d15b * s9b);
                gv[79] += (d15a * s10a) + (d15b * s10b);
                gv[125] += (d15a) + (d15b);
                gv[80] += (d16a * s1a) + (d16b * s1b);
                gv[81] += (d16a * s2a) + (d16b * s2b);
                gv[82] += (d16a * s3a) + (d16b * s3b);
                gv[83] += (d16a * s4a) + (d16b * s4b);
                gv[84] += (d16a * s5a) + (d16b * s5b);
                gv[85] += (d16a * s6a) + (d16b * s6b);
                gv[86] += (d16a * s7a) + (d16b * s7b);
                gv[87] += (d16a * s8a) + (d16b * s8b);
                gv[88] += (d16a * s9a) + (d16b * s9b);
                gv[89] += (d16a * s10a) + (d16b * s10b);
                gv[126] += (d16a) + (d16b);
                gv[90] += (d17a * s1a) + (d17b * s1b);
                gv[91] += (d17a * s2a) + (d17b * s2b);
                gv[92] += (d17a * s3a) + (d17b * s3b);
                gv[93] += (d17a * s4a) + (d17b * s4b);
                gv[94] += (d17a * s5a) + (d17b * s5b);
                gv[95] += (d17a * s6a) + (d17b * s6b);
                gv[96] += (d17a * s7a) + (d17b * s7b);
                gv[97] += (d17a * s8a) + (d17b * s8b);
                gv[98] += (d17a * s9a) + (d17b * s9b);
                gv[99] += (d17a * s10a) + (d17b * s10b);
                gv[127] += (d17a) + (d17b);
                gv[100] += (d18a * s1a) + (d18b * s1b);
                gv[101] += (d18a * s2a) + (d18b * s2b);
                gv[102] += (d18a * s3a) + (d18b * s3b);
                gv[103] += (d18a * s4a) + (d18b * s4b);
                gv[104] += (d18a * s5a) + (d18b * s5b);
                gv[105] += (d18a * s6a) + (d18b * s6b);
                gv[106] += (d18a * s7a) + (d18b * s7b);
                gv[107] += (d18a * s8a) + (d18b * s8b);
                gv[108] += (d18a * s9a) + (d18b * s9b);
                gv[109] += (d18a * s10a) + (d18b * s10b);
                gv[128] += (d18a) + (d18b);
                gv[110] += (d19a * s1a) + (d19b * s1b);
                gv[111] += (d19a * s2a) + (d19b * s2b);
                gv[112] += (d19a * s3a) + (d19b * s3b);
                gv[113] += (d19a * s4a) + (d19b * s4b);
                gv[114] += (d19a * s5a) + (d19b * s5b);
                gv[115] += (d19a * s6a) + (d19b * s6b);
                gv[116] += (d19a * s7a) + (d19b * s7b);
                gv[117] += (d19a * s8a) + (d19b * s8b);
                gv[118] += (d19a * s9a) + (d19b * s9b);
                gv[119] += (d19a * s10a) + (d19b * s10b);
                gv[129] += (d19a) + (d19b);
                global::System.Numerics.Vector<float> d0a = (new global::System.Numerics.Vector<float>(p[20]) * d10a + new global::System.Numerics.Vector<float>(p[30]) * d11a + new global::System.Numerics.Vector<float>(p[40]) * d12a)
                    + (new global::System.Numerics.Vector<float>(p[50]) * d13a + new global::System.Numerics.Vector<float>(p[60]) * d14a + new global::System.Numerics.Vector<float>(p[70]) * d15a)
                    + (new global::System.Numerics.Vector<float>(p[80]) * d16a + new global::System.Numerics.Vector<float>(p[90]) * d17a + new global::System.Numerics.Vector<float>(p[100]) * d18a)
                    + (new global::System.Numerics.Vector<float>(p[110]) * d19a);
                global::System.Numerics.Vector<float> d0b = (new global::System.Numerics.Vector<float>(p[20]) * d10b + new global::System.Numerics.Vector<float>(p[30]) * d11b + new global::System.Numerics.Vector<float>(p[40]) * d12b)
                    + (new global::System.Numerics.Vector<float>(p[50]) * d13b + new global::System.Numerics.Vector<float>(p[60]) * d14b + new global::System.Numerics.Vector<float>(p[70]) * d15b)
                    + (new global::System.Numerics.Vector<float>(p[80]) * d16b + new global::System.Numerics.Vector<float>(p[90]) * d17b + new global::System.Numerics.Vector<float>(p[100]) * d18b)
                    + (new global::System.Numerics.Vector<float>(p[110]) * d19b);
                global::System.Numerics.Vector<float> d1a = (new global::System.Numerics.Vector<float>(p[21]) * d10a + new global::System.Numerics.Vector<float>(p[31]) * d11a + new global::System.Numerics.Vector<float>(p[41]) * d12a)
                    + (new global::System.Numerics.Vector<float>(p[51]) * d13a + new global::System.Numerics.Vector<float>(p[61]) * d14a + new global::System.Numerics.Vector<float>(p[71]) * d15a)
                    + (new global::System.Numerics.Vector<float>(p[81]) * d16a + new global::System.Numerics.Vector<float>(p[91]) * d17a + new global::System.Numerics.Vector<float>(p[101]) * d18a)
                    + (new global::System.Numerics.Vector<float>(p[111]) * d19a);
                global::System.Numerics.Vector<float> d1b = (new global::System.Numerics.Vector<float>(p[21]) * d10b + new global::System.Numerics.Vector<float>(p[31]) * d11b + new global::System.Numerics.Vector<float>(p[41]) * d12b)
                    + (new global::System.Numerics.Vector<float>(p[51]) * d13b + new global::System.Numerics.Vector<float>(p[61]) * d14b + new global::System.Numerics.Vector<float>(p[71]) * d15b)
                    + (new global::System.Numerics.Vector<float>(p[81]) * d16b + new global::System.Numerics.Vector<float>(p[91]) * d17b + new global::System.Numerics.Vector<float>(p[101]) * d18b)
                    + (new global::System.Numerics.Vector<float>(p[111]) * d19b);
                global::System.Numerics.Vector<float> d2a = (new global::System.Numerics.Vector<float>(p[22]) * d10a + new global::System.Numerics.Vector<float>(p[32]) * d11a + new global::System.Numerics.Vector<float>(p[42]) * d12a)
                    + (new global::System.Numerics.Vector<float>(p[52]) * d13a + new global::System.Numerics.Vector<float>(p[62]) * d14a + new global::System.Numerics.Vector<float>(p[72]) * d15a)
                    + (new global::System.Numerics.Vector<float>(p[82]) * d16a + new global::System.Numerics.Vector<float>(p[92]) * d17a + new global::System.Numerics.Vector<float>(p[102]) * d18a)
                    + (new global::System.Numerics.Vector<float>(p[112]) * d19a);
                global::System.Numerics.Vector<float> d2b = (new global::System.Numerics.Vector<float>(p[22]) * d10b + new global::System.Numerics.Vector<float>(p[32]) * d11b + new global::System.Numerics.Vector<float>(p[42]) * d12b)
                    + (new global::System.Numerics.Vector<float>(p[52]) * d13b + new global::System.Numerics.Vector<float>(p[62]) * d14b + new global::System.Numerics.Vector<float>(p[72]) * d15b)
                    + (new global::System.Numerics.Vector<float>(p[82]) * d16b + new global::System.Numerics.Vector<float>(p[92]) * d17b + new global::System.Numerics.Vector<float>(p[102]) * d18b)
                    + (new global::System.Numerics.Vector<float>(p[112]) * d19b);
                global::System.Numerics.Vector<float> d3a = (new global::System.Numerics.Vector<float>(p[23]) * d10a + new global::System.Numerics.Vector<float>(p[33]) * d11a + new global::System.Numerics.Vector<float>(p[43]) * d12a)
                    + (new global::System.Numerics.Vector<float>(p[53]) * d13a + new global::System.Numerics.Vector<float>(p[63]) * d14a + new global::System.Numerics.Vector<float>(p[73]) * d15a)
                    + (new global::System.Numerics.Vector<float>(p[83]) * d16a + new global::System.Numerics.Vector<float>(p[93]) * d17a + new global::System.Numerics.Vector<float>(p[103]) * d18a)
                    + (new global::System.Numerics.Vector<float>(p[113]) * d19a);
                global::System.Numerics.Vector<float> d3b = (new global::System.Numerics.Vector<float>(p[23]) * d10b + new global::System.Numerics.Vector<float>(p[33]) * d11b + new global::System.Numerics.Vector<float>(p[43]) * d12b)
                    + (new global::System.Numerics.Vector<float>(p[53]) * d13b + new global::System.Numerics.Vector<float>(p[63]) * d14b + new global::System.Numerics.Vector<float>(p[73]) * d15b)
                    + (new global::System.Numerics.Vector<float>(p[83]) * d16b + new global::System.Numerics.Vector<float>(p[93]) * d17b + new global::System.Numerics.Vector<float>(p[103]) * d18b)
                    + (new global::System.Numerics.Vector<float>(p[113]) * d19b);
                global::System.Numerics.Vector<float> d4a = (new global::System.Numerics.Vector<float>(p[24]) * d10a + new global::System.Numerics.Vector<float>(p[34]) * d11a + new global::System.Numerics.Vector<float>(p[44]) * d12a)
                    + (new global::System.Numerics.Vector<float>(p[54]) * d13a + new global::System.Numerics.Vector<float>(p[64]) * d14a + new global::System.Numerics.Vector<float>(p[74]) * d15a)
                    + (new global::System.Numerics.Vector<float>(p[84]) * d16a + new global::System.Numerics.Vector<float>(p[94]) * d17a + new global::System.Numerics.Vector<float>(p[104]) * d18a)
                    + (new global::System.Numerics.Vector<float>(p[114]) * d19a);
                global::System.Numerics.Vector<float> d4b = (new global::System.Numerics.Vector<float>(p[24]) * d10b + new global::System.Numerics.Vector<float>(p[34]) * d11b + new global::System.Numerics.Vector<float>(p[44]) * d12b)
                    + (new global::System.Numerics.Vector<float>(p[54]) * d13b + new global::System.Numerics.Vector<float>(p[64]) * d14b + new global::System.Numerics.Vector<float>(p[74]) * d15b)
                    + (new global::System.Numerics.Vector<float>(p[84]) * d16b + new global::System.Numerics.Vector<float>(p[94]) * d17b + new global::System.Numerics.Vector<float>(p[104]) * d18b)
                    + (new global::System.Numerics.Vector<float>(p[114]) * d19b);
                global::System.Numerics.Vector<float> d5a = (new global::System.Numerics.Vector<float>(p[25]) * d10a + new global::System.Numerics.Vector<float>(p[35]) * d11a + new global::System.Numerics.Vector<float>(p[45]) * d12a)
                    + (new global::System.Numerics.Vector<float>(p[55]) * d13a + new global::System.Numerics.Vector<float>(p[65]) * d14a + new global::System.Numerics.Vector<float>(p[75]) * d15a)
                    + (new global::System.Numerics.Vector<float>(p[85]) * d16a + new global::System.Numerics.Vector<float>(p[95]) * d17a + new global::System.Numerics.Vector<float>(p[105]) * d18a)
                    + (new global::System.Numerics.Vector<float>(p[115]) * d19a);
                global::System.Numerics.Vector<float> d5b = (new global::System.Numerics.Vector<float>(p[25]) * d10b + new global::System.Numerics.Vector<float>(p[35]) * d11b + new global::System.Numerics.Vector<float>(p[45]) * d12b)
                    + (new global::System.Numerics.Vector<float>(p[55]) * d13b + new global::System.Numerics.Vector<float>(p[65]) * d14b + new global::System.Numerics.Vector<float>(p[75]) * d15b)
                    + (new global::System.Numerics.Vector<float>(p[85]) * d16b + new global::System.Numerics.Vector<float>(p[95]) * d17b + new global::System.Numerics.Vector<float>(p[105]) * d18b)
                    + (new global::System.Numerics.Vector<float>(p[115]) * d19b);
                global::System.Numerics.Vector<float> d6a = (new global::System.Numerics.Vector<float>(p[26]) * d10a + new global::System.Numerics.Vector<float>(p[36]) * d11a + new global::System.Numerics.Vector<float>(p[46]) * d12a)
                    + (new global::System.Numerics.Vector<float>(p[56]) * d13a + new global::System.Numerics.Vector<float>(p[66]) * d14a + new global::System.Numerics.Vector<float>(p[76]) * d15a)
                    + (new global::System.Numerics.Vector<float>(p[86]) * d16a + new global::System.Numerics.Vector<float>(p[96]) * d17a + new global::System.Numerics.Vector<float>(p[106]) * d18a)
                    + (new global::System.Numerics.Vector<float>(p[116]) * d19a);
                global::System.Numerics.Vector<float> d6b = (new global::System.Numerics.Vector<float>(p[26]) * d10b + new global::System.Numerics.Vector<float>(p[36]) * d11b + new global::System.Numerics.Vector<float>(p[46]) * d12b)
                    + (new global::System.Numerics.Vector<float>(p[56]) * d13b + new global::System.Numerics.Vector<float>(p[66]) * d14b + new global::System.Numerics.Vector<float>(p[76]) * d15b)
                    + (new global::System.Numerics.Vector<float>(p[86]) * d16b + new global::System.Numerics.Vector<float>(p[96]) * d17b + new global::System.Numerics.Vector<float>(p[106]) * d18b)
                    + (new global::System.Numerics.Vector<float>(p[116]) * d19b);
                global::System.Numerics.Vector<float> d7a = (new global::System.Numerics.Vector<float>(p[27]) * d10a + new global::System.Numerics.Vector<float>(p[37]) * d11a + new global::System.Numerics.Vector<float>(p[47]) * d12a)
                    + (new global::System.Numerics.Vector<float>(p[57]) * d13a + new global::System.Numerics.Vector<float>(p[67]) * d14a + new global::System.Numerics.Vector<float>(p[77]) * d15a)
                    + (new global::System.Numerics.Vector<float>(p[87]) * d16a + new global::System.Numerics.Vector<float>(p[97]) * d17a + new global::System.Numerics.Vector<float>(p[107]) * d18a)
                    + (new global::System.Numerics.Vector<float>(p[117]) * d19a);
                global::System.Numerics.Vector<float> d7b = (new global::System.Numerics.Vector<float>(p[27]) * d10b + new global::System.Numerics.Vector<float>(p[37]) * d11b + new global::System.Numerics.Vector<float>(p[47]) * d12b)
                    + (new global::System.Numerics.Vector<float>(p[57]) * d13b + new global::System.Numerics.Vector<float>(p[67]) * d14b + new global::System.Numerics.Vector<float>(p[77]) * d15b)
                    + (new global::System.Numerics.Vector<float>(p[87]) * d16b + new global::System.Numerics.Vector<float>(p[97]) * d17b + new global::System.Numerics.Vector<float>(p[107]) * d18b)
                    + (new global::System.Numerics.Vector<float>(p[117]) * d19b);
                global::System.Numerics.Vector<float> d8a = (new global::System.Numerics.Vector<float>(p[28]) * d10a + new global::System.Numerics.Vector<float>(p[38]) * d11a + new global::System.Numerics.Vector<float>(p[48]) * d12a)
                    + (new global::System.Numerics.Vector<float>(p[58]) * d13a + new global::System.Numerics.Vector<float>(p[68]) * d14a + new global::System.Numerics.Vector<float>(p[78]) * d15a)
                    + (new global::System.Numerics.Vector<float>(p[88]) * d16a + new global::System.Numerics.Vector<float>(p[98]) * d17a + new global::System.Numerics.Vector<float>(p[108]) * d18a)
                    + (new global::System.Numerics.Vector<float>(p[118]) * d19a);
                global::System.Numerics.Vector<float> d8b = (new global::System.Numerics.Vector<float>(p[28]) * d10b + new global::System.Numerics.Vector<float>(p[38]) * d11b + new global::System.Numerics.Vector<float>(p[48]) * d12b)
                    + (new global::System.Numerics.Vector<float>(p[58]) * d13b + new global::System.Numerics.Vector<float>(p[68]) * d14b + new global::System.Numerics.Vector<float>(p[78]) * d15b)
                    + (new global::System.Numerics.Vector<float>(p[88]) * d16b + new global::System.Numerics.Vector<float>(p[98]) * d17b + new global::System.Numerics.Vector<float>(p[108]) * d18b)
                    + (new global::System.Numerics.Vector<float>(p[118]) * d19b);
                global::System.Numerics.Vector<float> d9a = (new global::System.Numerics.Vector<float>(p[29]) * d10a + new global::System.Numerics.Vector<float>(p[39]) * d11a + new global::System.Numerics.Vector<float>(p[49]) * d12a)
                    + (new global::System.Numerics.Vector<float>(p[59]) * d13a + new global::System.Numerics.Vector<float>(p[69]) * d14a + new global::System.Numerics.Vector<float>(p[79]) * d15a)
                    + (new global::System.Numerics.Vector<float>(p[89]) * d16a + new global::System.Numerics.Vector<float>(p[99]) * d17a + new global::System.Numerics.Vector<float>(p[109]) * d18a)
                    + (new global::System.Numerics.Vector<float>(p[119]) * d19a);
                global::System.Numerics.Vector<float> d9b = (new global::System.Numerics.Vector<float>(p[29]) * d10b + new global::System.Numerics.Vector<float>(p[39]) * d11b + new global::System.Numerics.Vector<float>(p[49]) * d12b)
                    + (new global::System.Numerics.Vector<float>(p[59]) * d13b + new global::System.Numerics.Vector<float>(p[69]) * d14b + new global::System.Numerics.Vector<float>(p[79]) * d15b)
                    + (new global::System.Numerics.Vector<float>(p[89]) * d16b + new global::System.Numerics.Vector<float>(p[99]) * d17b + new global::System.Numerics.Vector<float>(p[109]) * d18b)
                    + (new global::System.Numerics.Vector<float>(p[119]) * d19b);

                // Layer 1 backward: Dense 1→10, Relu, one row per lane
                d0a *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s1a);
                d0b *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s1b);
                d1a *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s2a);
                d1b *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s2b);
                d2a *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s3a);
                d2b *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s3b);
                d3a *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s4a);
                d3b *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s4b);
                d4a *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s5a);
                d4b *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s5b);
                d5a *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s6a);
                d5b *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s6b);
                d6a *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s7a);
                d6b *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s7b);
                d7a *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s8a);
                d7b *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s8b);
                d8a *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s9a);
                d8b *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s9b);
                d9a *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s10a);
                d9b *= global::NetGen.Runtime.VectorActivations.ReluDerivativeFromOutput(s10b);
                gv[0] += (d0a * s0a) + (d0b * s0b);
                gv[10] += (d0a) + (d0b);
                gv[1] += (d1a * s0a) + (d1b * s0b);
                gv[11] += (d1a) + (d1b);
                gv[2] += (d2a * s0a) + (d2b * s0b);
                gv[12] += (d2a) + (d2b);
                gv[3] += (d3a * s0a) + (d3b * s0b);
                gv[13] += (d3a) + (d3b);
                gv[4] += (d4a * s0a) + (d4b * s0b);
                gv[14] += (d4a) + (d4b);
                gv[5] += (d5a * s0a) + (d5b * s0b);
                gv[15] += (d5a) + (d5b);
                gv[6] += (d6a * s0a) + (d6b * s0b);
                gv[16] += (d6a) + (d6b);
                gv[7] += (d7a * s0a) + (d7b * s0b);
                gv[17] += (d7a) + (d7b);
                gv[8] += (d8a * s0a) + (d8b * s0b);
                gv[18] += (d8a) + (d8b);
                gv[9] += (d9a * s0a) + (d9b * s0b);
                gv[19] += (d9a) + (d9b);

                return global::System.Numerics.Vector.Sum(lossLanesa + lossLanesb);
            }
    }
}
