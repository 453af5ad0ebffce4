using System;
using System.Linq;
using NetGen.Runtime;
using NetGen.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NetGen.Tests
{
    /// <summary>
    /// The normalisation kernels and exact GELU against PyTorch 1.13 itself (F.layer_norm, nn.BatchNorm1d in training
    /// then eval mode after 3 steps, F.gelu with approximate='none', gradients by autograd), in float32 and float64.
    /// The inputs are formulas repeated here; the outputs were printed by Reference/make_kernel_reference.py
    /// (/usr/bin/python3 make_kernel_reference.py). In float the kernels compute statistics in double, so they sit
    /// closer to the exact result than PyTorch's float32 does: each test reports both distances.
    /// </summary>
    public class KernelPyTorchParityTests(ITestOutputHelper output)
    {
        private const int N = 4, Features = 5;
        private const double Eps = 1e-5, Momentum = 0.1;

        private static readonly double[] LayerNormYFloat = [0.20292359590530396, 1.5468310117721558, 0.5987862944602966, -1.457349181175232, -1.431751012802124, 0.49120137095451355, 1.5290954113006592, 0.22346682846546173, -1.6742684841156006, -1.1408737897872925, 0.750653862953186, 1.43063223361969, -0.16507402062416077, -1.804431438446045, -0.7856489419937134, 0.9660981893539429, 1.257394790649414, -0.5438123345375061, -1.8402268886566162, -0.38670408725738525];
        private static readonly double[] LayerNormDxFloat = [10.8427734375, -4.0927734375, -2.7646484375, 3.1318359375, -7.1201171875, -10.2666015625, 4.8955078125, 1.9716796875, -3.5830078125, 6.984375, 8.66015625, -4.85546875, -1.1396484375, 3.2314453125, -5.8984375, -6.6044921875, 4.4833984375, 1.044921875, -2.2451171875, 3.322265625];
        private static readonly double[] LayerNormDGammaFloat = [-0.1163700744509697, 0.8542299866676331, -0.1652502864599228, -0.544598400592804, 0.47505977749824524];
        private static readonly double[] LayerNormDBetaFloat = [0.34190863370895386, 0.6309601068496704, 0.6232611536979675, 0.3224327564239502, -0.13004088401794434];
        private static readonly double[] BatchNormYFloat = [-1.4779865741729736, 0.8393964767456055, 1.5917565822601318, 1.933887004852295, -1.6649805307388306, -0.49219468235969543, 0.7149803638458252, 0.5415054559707642, 0.18902195990085602, -0.6098388433456421, 0.40311741828918457, -0.1230679377913475, -0.5376656651496887, -0.8336982131004333, 0.6425889730453491, 1.165993332862854, -1.6348413228988647, -1.5951467752456665, -1.0884230136871338, 2.0340018272399902];
        private static readonly double[] BatchNormDxFloat = [23.412918090820312, 94.17794799804688, 9.019201278686523, -44.53676223754883, -33.11298370361328, -54.65220642089844, -99.02112579345703, 4.3591485023498535, 119.93431854248047, 82.08425903320312, 39.38288116455078, -0.7354161143302917, -36.479888916015625, -196.62765502929688, -70.16118621826172, -8.159727096557617, 5.576529502868652, 23.10352325439453, 121.23009490966797, 21.172840118408203];
        private static readonly double[] BatchNormDGammaFloat = [-1.2334405183792114, -0.025038355961441994, -0.5026339888572693, -0.8796887397766113, 1.3463776111602783];
        private static readonly double[] BatchNormDBetaFloat = [0.34190863370895386, 0.6309601068496704, 0.6232611536979675, 0.3224327564239502, -0.13004088401794434];
        private static readonly double[] BatchNormRunningMeanFloat = [27.408283233642578, 27.394197463989258, 27.37396240234375, 27.377222061157227, 27.399200439453125];
        private static readonly double[] BatchNormRunningVarFloat = [0.7290977239608765, 0.7291120290756226, 0.7290956377983093, 0.7291093468666077, 0.7291021347045898];
        private static readonly double[] BatchNormEvalYFloat = [88.42070007324219, 97.2215576171875, 106.21613311767578, 115.29314422607422, 124.19316864013672, 88.39570617675781, 97.21866607666016, 106.24443817138672, 115.31295776367188, 124.17157745361328, 88.37220764160156, 97.2218017578125, 106.27446746826172, 115.32665252685547, 124.1444320678711, 88.35130310058594, 97.23082733154297, 106.30482482910156, 115.33358764648438, 124.1130142211914];
        private static readonly double[] GeluFloat = [0.0, 0.0, -1.6391277313232422e-07, -4.6938657760620117e-07, -1.4901161193847656e-06, -4.813075065612793e-06, -1.5288591384887695e-05, -4.547089338302612e-05, -0.00012671947479248047, -0.00033169984817504883, -0.0008143335580825806, -0.001875549554824829, -0.004049867391586304, -0.008194491267204285, -0.015524178743362427, -0.02750498056411743, -0.045500099658966064, -0.07010345906019211, -0.10021086037158966, -0.13206231594085693, -0.1586552858352661, -0.16997046768665314, -0.1542687863111496, -0.10032343119382858, 0.0, 0.14967656135559082, 0.3457311987876892, 0.5800295472145081, 0.8413447141647339, 1.117937684059143, 1.3997890949249268, 1.679896593093872, 1.9544999599456787, 2.2224950790405273, 2.48447585105896, 2.7418055534362793, 2.995950222015381, 3.248124361038208, 3.499185562133789, 3.7496683597564697, 3.999873161315918, 4.249954700469971, 4.4999847412109375, 4.749995231628418, 4.999998569488525, 5.249999523162842, 5.5, 5.75, 6.0];
        private static readonly double[] GeluDerivativeFloat = [-2.9802322387695312e-08, -1.4901161193847656e-07, -5.662441253662109e-07, -2.086162567138672e-06, -7.12275505065918e-06, -2.288818359375e-05, -6.851553916931152e-05, -0.00019210577011108398, -0.0005036294460296631, -0.0012337863445281982, -0.00282171368598938, -0.006017327308654785, -0.011945605278015137, -0.02202749252319336, -0.03761106729507446, -0.059189796447753906, -0.08523187041282654, -0.11092618107795715, -0.12746915221214294, -0.12266147136688232, -0.08331543207168579, 0.0007742047309875488, 0.1325049102306366, 0.3046267032623291, 0.5, 0.6953732967376709, 0.867495059967041, 0.9992257952690125, 1.083315372467041, 1.1226614713668823, 1.1274691820144653, 1.1109261512756348, 1.085231900215149, 1.059189796447754, 1.0376110076904297, 1.0220274925231934, 1.0119456052780151, 1.0060173273086548, 1.002821683883667, 1.0012338161468506, 1.000503659248352, 1.0001920461654663, 1.0000685453414917, 1.0000228881835938, 1.000007152557373, 1.0000020265579224, 1.0000005960464478, 1.000000238418579, 1.0];
        private static readonly double[] LayerNormYDouble = [0.2029274950041157, 1.5468730947293072, 0.5987578597266876, -1.4573798947422092, -1.4317010737624192, 0.4911762776431039, 1.528958176969006, 0.22342119940984034, -1.6743098729216235, -1.14093889508653, 0.7506916856037199, 1.4306078302554404, -0.16504422432642898, -1.804508286633548, -0.785663960357072, 0.966141208987774, 1.2574657055089768, -0.5437900346399243, -1.840150590282076, -0.38667645752412483];
        private static readonly double[] LayerNormDxDouble = [10.842652849338265, -4.094585286553411, -2.7646612101816572, 3.1346925466204993, -7.118098899225515, -10.266554194431592, 4.893720013285929, 1.9712736087258236, -3.5827936185687577, 6.984354190994054, 8.659847562204959, -4.855745207312793, -1.1393000527259574, 3.2331001611710235, -5.897902463331775, -6.607127744924583, 4.481000223286173, 1.0456110570194141, -2.241969885149956, 3.322486349772589];
        private static readonly double[] LayerNormDGammaDouble = [-0.11633461936667874, 0.8543300149721735, -0.16525968371648, -0.5444964158176042, 0.4750042715863784];
        private static readonly double[] LayerNormDBetaDouble = [0.34190863905651575, 0.6309600918004039, 0.6232611543471701, 0.3224327572802853, -0.1300408036863262];
        private static readonly double[] BatchNormYDouble = [-1.4777924877390674, 0.8407120474390823, 1.5915546290681046, 1.9336252031744083, -1.665388593470223, -0.49184259076557, 0.7155265061215148, 0.5414738157745593, 0.1889572963237237, -0.6103474126939044, 0.4034554751890072, -0.12240171522546278, -0.5376731024182294, -0.8343125416386211, 0.6421829451509075, 1.1661796033154457, -1.6338368383418616, -1.5953553424227225, -1.0882699578593058, 2.033553061012568];
        private static readonly double[] BatchNormDxDouble = [23.416259085010232, 94.15954713761622, 9.020995380308047, -44.58493727857881, -33.11209940154005, -54.64643353876919, -99.04700971950497, 4.360032913098256, 119.94946330601864, 82.09199248616582, 39.38750851300674, -0.7331576092482391, -36.48131038824384, -196.64386907040944, -70.1596229399748, -8.157334059227741, 5.620620191133267, 23.100282094837542, 121.27934304296957, 21.179729855349017];
        private static readonly double[] BatchNormDGammaDouble = [-1.2334078143965055, -0.0242587412780827, -0.502791956105354, -0.8790112104038346, 1.3463037552177342];
        private static readonly double[] BatchNormDBetaDouble = [0.34190863905651575, 0.6309600918004039, 0.6232611543471701, 0.3224327572802853, -0.1300408036863262];
        private static readonly double[] BatchNormRunningMeanDouble = [27.40828392402108, 27.39419720804444, 27.373961572449684, 27.377222270790185, 27.399202372358104];
        private static readonly double[] BatchNormRunningVarDouble = [0.7290976943609274, 0.729112062455571, 0.7290956597410149, 0.7291094022496271, 0.7291022533620376];
        private static readonly double[] BatchNormEvalYDouble = [88.42069708555182, 97.22154606924734, 106.2161303453363, 115.29314153606597, 124.19316696039525, 88.39570680885362, 97.21865269883568, 106.24443003143043, 115.31296278006431, 124.17157090118455, 88.37220680623574, 97.22179136221655, 106.27446192458484, 115.32665918833302, 124.14442509336493, 88.35129745941157, 97.23081509226631, 106.30481978895429, 115.33358942999892, 124.11300063256148];
        private static readonly double[] GeluDouble = [-5.919525869479969e-09, -2.565749167293685e-08, -1.0444259362918373e-07, -3.992604271363387e-07, -1.4332578593401202e-06, -4.831145402214854e-06, -1.5289529061324192e-05, -4.542623454358019e-05, -0.00012668496733247991, -0.00033156481950305516, -0.0008142017766243903, -0.0018753313877699906, -0.00404969409489031, -0.008194348896400028, -0.015524163314440398, -0.02750506347385051, -0.04550026389635842, -0.07010352451167995, -0.10021080190328704, -0.13206221708356905, -0.15865525393145702, -0.16997051428265111, -0.15426876936299344, -0.10032341857926907, 0.0, 0.14967658142073093, 0.34573123063700656, 0.5800294857173489, 0.841344746068543, 1.117937782916431, 1.399789198096713, 1.67989647548832, 1.9544997361036416, 2.2224949365261493, 2.4844758366855597, 2.7418056511035998, 2.99595030590511, 3.24812466861223, 3.4991857982233756, 3.7496684351804968, 3.9998733150326675, 4.249954573765456, 4.4999847104709385, 4.749995168854598, 4.999998566742141, 5.249999600739573, 5.499999895557407, 5.749999974342509, 5.999999994080474];
        private static readonly double[] GeluDerivativeDouble = [-3.546870945402639e-08, -1.472943117404494e-07, -5.733472398618467e-07, -2.0913976638619226e-06, -7.1469460018034646e-06, -2.2873076378242567e-05, -6.852916185633593e-05, -0.000192115679525161, -0.0005036496612264215, -0.0012338165236771056, -0.0028217603536246205, -0.006017381143833479, -0.01194564720418392, -0.02202753364432084, -0.03761108590814519, -0.059189743975207015, -0.08523180107819692, -0.11092615108257807, -0.1274691922299796, -0.12266158306942215, -0.08331547058768635, 0.0007742782607648296, 0.13250487534383712, 0.304626645116364, 0.5, 0.695373354883636, 0.8674951246561629, 0.9992257217392352, 1.0833154705876864, 1.1226615830694222, 1.1274691922299795, 1.110926151082578, 1.085231801078197, 1.059189743975207, 1.037611085908145, 1.0220275336443208, 1.011945647204184, 1.0060173811438335, 1.0028217603536247, 1.0012338165236772, 1.0005036496612265, 1.0001921156795253, 1.0000685291618563, 1.0000228730763783, 1.000007146946002, 1.000002091397664, 1.00000057334724, 1.0000001472943119, 1.0000000354687093];

        [Fact]
        public void LayerNorm_matches_PyTorch_in_double()
        {
            var (x, gamma, beta, w) = (Inputs(0), Gamma(), Beta(), Weights());
            var (y, mean, rstd, dx) = (new double[N * Features], new double[N], new double[N], new double[N * Features]);
            var (dGamma, dBeta) = (new double[Features], new double[Features]);

            Normalization.LayerNormForward<double>(x, gamma, beta, y, mean, rstd, N, Features, Eps);
            Normalization.LayerNormBackward<double>(w, x, gamma, mean, rstd, dx, dGamma, dBeta, N, Features);

            Close.All(LayerNormYDouble, y, 1e-12, 1e-11, "y");
            Close.All(LayerNormDxDouble, dx, 1e-10, 1e-10, "dx");
            Close.All(LayerNormDGammaDouble, dGamma, 1e-12, 1e-11, "dGamma");
            Close.All(LayerNormDBetaDouble, dBeta, 1e-12, 1e-11, "dBeta");
        }

        [Fact]
        public void LayerNorm_in_float_matches_PyTorch_float32_and_is_closer_to_the_exact_result()
        {
            var x = Rounded(Inputs(0));
            var (gamma, beta, w) = (Rounded(Gamma()), Rounded(Beta()), Rounded(Weights()));
            var (y, mean, rstd, dx) = (new float[N * Features], new float[N], new float[N], new float[N * Features]);
            var (dGamma, dBeta) = (new float[Features], new float[Features]);

            Normalization.LayerNormForward<float>(Close.ToSingle(x), Close.ToSingle(gamma), Close.ToSingle(beta), y, mean, rstd, N, Features, Eps);
            Normalization.LayerNormBackward<float>(Close.ToSingle(w), Close.ToSingle(x), Close.ToSingle(gamma), mean, rstd, dx, dGamma, dBeta, N, Features);

            // "Exact": the double kernels (checked against PyTorch float64 above) on the same float inputs.
            var (exactY, exactMean, exactRstd, exactDx) = (new double[N * Features], new double[N], new double[N], new double[N * Features]);
            var (exactDGamma, exactDBeta) = (new double[Features], new double[Features]);
            Normalization.LayerNormForward<double>(x, gamma, beta, exactY, exactMean, exactRstd, N, Features, Eps);
            Normalization.LayerNormBackward<double>(w, x, gamma, exactMean, exactRstd, exactDx, exactDGamma, exactDBeta, N, Features);
            Close.All(NormalizationKernelTests.ReferenceLayerNorm(x, gamma, beta, N, Features, Eps), exactY, 1e-12, 1e-12, "double y");

            Explained("LayerNorm y", exactY, LayerNormYFloat, y, 1e-6);
            Explained("LayerNorm dx", exactDx, LayerNormDxFloat, dx, 1e-5);
            Explained("LayerNorm dGamma", exactDGamma, LayerNormDGammaFloat, dGamma, 1e-6);
            Explained("LayerNorm dBeta", exactDBeta, LayerNormDBetaFloat, dBeta, 1e-6);
        }

        [Fact]
        public void BatchNorm_matches_PyTorch_in_double_over_three_training_steps_and_eval()
        {
            var (gamma, beta, w) = (Gamma(), Beta(), Weights());
            var (runningMean, runningVar) = (new double[Features], Enumerable.Repeat(1.0, Features).ToArray());
            var (y, mean, rstd) = (new double[N * Features], new double[Features], new double[Features]);
            for (int step = 0; step < 3; step++)
            {
                var x = Inputs(step);
                Normalization.BatchNormTrainForward<double>(x, gamma, beta, y, runningMean, runningVar, mean, rstd, N, Features, Eps, Momentum);
                if (step == 0)
                {
                    var (dx, dGamma, dBeta) = (new double[N * Features], new double[Features], new double[Features]);
                    Normalization.BatchNormBackward<double>(w, x, gamma, mean, rstd, dx, dGamma, dBeta, N, Features);
                    Close.All(BatchNormYDouble, y, 1e-12, 1e-11, "y");
                    Close.All(BatchNormDxDouble, dx, 1e-10, 1e-10, "dx");
                    Close.All(BatchNormDGammaDouble, dGamma, 1e-12, 1e-11, "dGamma");
                    Close.All(BatchNormDBetaDouble, dBeta, 1e-12, 1e-11, "dBeta");
                }
            }

            Close.All(BatchNormRunningMeanDouble, runningMean, 1e-13, 1e-13, "running_mean");
            Close.All(BatchNormRunningVarDouble, runningVar, 1e-13, 1e-11, "running_var");
            var evaluated = new double[N * Features];
            Normalization.BatchNormEvalForward<double>(Inputs(3), gamma, beta, runningMean, runningVar, evaluated, N, Features, Eps);
            Close.All(BatchNormEvalYDouble, evaluated, 1e-11, 1e-11, "eval y");
        }

        [Fact]
        public void BatchNorm_in_float_matches_PyTorch_float32_over_three_training_steps_and_eval()
        {
            var (gamma, beta, w) = (Rounded(Gamma()), Rounded(Beta()), Rounded(Weights()));
            var (runningMean, runningVar) = (new float[Features], Enumerable.Repeat(1f, Features).ToArray());
            var (exactRunningMean, exactRunningVar) = (new double[Features], Enumerable.Repeat(1.0, Features).ToArray());
            var (y, mean, rstd) = (new float[N * Features], new float[Features], new float[Features]);
            var (exactY, exactMean, exactRstd) = (new double[N * Features], new double[Features], new double[Features]);
            for (int step = 0; step < 3; step++)
            {
                var x = Rounded(Inputs(step));
                Normalization.BatchNormTrainForward<float>(Close.ToSingle(x), Close.ToSingle(gamma), Close.ToSingle(beta), y,
                    runningMean, runningVar, mean, rstd, N, Features, Eps, Momentum);
                // "Exact": the double kernel (checked against PyTorch float64 above) on the same float inputs.
                Normalization.BatchNormTrainForward<double>(x, gamma, beta, exactY, exactRunningMean, exactRunningVar, exactMean, exactRstd, N, Features, Eps, Momentum);
                if (step == 0)
                {
                    var (dx, dGamma, dBeta) = (new float[N * Features], new float[Features], new float[Features]);
                    Normalization.BatchNormBackward<float>(Close.ToSingle(w), Close.ToSingle(x), Close.ToSingle(gamma), mean, rstd, dx, dGamma, dBeta, N, Features);
                    var (exactDx, exactDGamma, exactDBeta) = (new double[N * Features], new double[Features], new double[Features]);
                    Normalization.BatchNormBackward<double>(w, x, gamma, exactMean, exactRstd, exactDx, exactDGamma, exactDBeta, N, Features);
                    Close.All(NormalizationKernelTests.ReferenceBatchNorm(x, gamma, beta, N, Features, Eps), exactY, 1e-12, 1e-12, "double y");

                    Explained("BatchNorm y", exactY, BatchNormYFloat, y, 1e-6);
                    Explained("BatchNorm dx", exactDx, BatchNormDxFloat, dx, 1e-5);
                    Explained("BatchNorm dGamma", exactDGamma, BatchNormDGammaFloat, dGamma, 1e-6);
                    Explained("BatchNorm dBeta", exactDBeta, BatchNormDBetaFloat, dBeta, 1e-6);
                }
            }

            Explained("BatchNorm running_mean", exactRunningMean, BatchNormRunningMeanFloat, runningMean, 1e-5);
            Explained("BatchNorm running_var", exactRunningVar, BatchNormRunningVarFloat, runningVar, 1e-6);
            var test = Rounded(Inputs(3));
            var evaluated = new float[N * Features];
            Normalization.BatchNormEvalForward<float>(Close.ToSingle(test), Close.ToSingle(gamma), Close.ToSingle(beta), runningMean, runningVar, evaluated, N, Features, Eps);
            var exactEvaluated = new double[N * Features];
            Normalization.BatchNormEvalForward<double>(test, gamma, beta, exactRunningMean, exactRunningVar, exactEvaluated, N, Features, Eps);
            Explained("BatchNorm eval y", exactEvaluated, BatchNormEvalYFloat, evaluated, 1e-5);
        }

        [Fact]
        public void Gelu_matches_PyTorch_gelu_in_float32_and_float64()
        {
            var x = Enumerable.Range(0, 49).Select(i => -6 + 0.25 * i).ToArray();
            double worstFloat = 0;
            for (int i = 0; i < x.Length; i++)
            {
                // PyTorch float64 computes 0.5·x·(1 + erf(x/√2)), which keeps only an absolute precision for negative x.
                Assert.Equal(GeluDouble[i], Activations.Gelu(x[i]), 1e-15 * (1 + Math.Abs(x[i])));
                Assert.Equal(GeluDerivativeDouble[i], Activations.GeluDerivative(x[i]), 1e-15 * (1 + Math.Abs(x[i])));
                float got = Activations.Gelu((float)x[i]);
                Assert.Equal(GeluFloat[i], got, 2e-7 * (1 + Math.Abs(x[i])));
                Assert.Equal(GeluDerivativeFloat[i], Activations.GeluDerivative((float)x[i]), 2e-7 * (1 + Math.Abs(x[i])));
                worstFloat = Math.Max(worstFloat, Math.Abs(got - GeluFloat[i]));
            }

            output.WriteLine($"Gelu<float> vs PyTorch float32: max |diff| {worstFloat:E2}");
        }

        /// <summary>100 + step + 0.1·sin(1.3·i + 0.2 + step) for element i (as make_kernel_reference.py).</summary>
        private static double[] Inputs(int step) =>
            Enumerable.Range(0, N * Features).Select(i => 100 + step + 0.1 * Math.Sin(1.3 * i + 0.2 + step)).ToArray();

        private static double[] Gamma() => Enumerable.Range(0, Features).Select(f => 1 + 0.1 * f).ToArray();

        private static double[] Beta() => Enumerable.Range(0, Features).Select(f => 0.05 * f - 0.1).ToArray();

        private static double[] Weights() => Enumerable.Range(0, N * Features).Select(i => Math.Cos(0.7 * i)).ToArray();

        private static double[] Rounded(double[] values) => values.Select(v => (double)(float)v).ToArray();

        /// <summary>
        /// NetGen's float result is within <paramref name="slack"/>·(1 + |exact|) of the exact one, and its distance to
        /// PyTorch's float32 result is no more than PyTorch's own distance to the exact one plus that slack.
        /// </summary>
        private void Explained(string what, double[] exact, double[] pytorch, float[] ours, double slack)
        {
            double pytorchError = 0, ourError = 0;
            for (int i = 0; i < exact.Length; i++)
            {
                double allowed = slack * (1 + Math.Abs(exact[i]));
                double theirs = Math.Abs(pytorch[i] - exact[i]);
                Assert.True(Math.Abs(ours[i] - exact[i]) <= allowed, $"{what}[{i}]: exact {exact[i]:R}, NetGen float {ours[i]:R}");
                Assert.True(Math.Abs(ours[i] - pytorch[i]) <= theirs + allowed, $"{what}[{i}]: PyTorch float32 {pytorch[i]:R}, NetGen float {ours[i]:R}");
                pytorchError = Math.Max(pytorchError, theirs);
                ourError = Math.Max(ourError, Math.Abs(ours[i] - exact[i]));
            }

            output.WriteLine($"{what}: max |PyTorch float32 − exact| {pytorchError:E2}, max |NetGen float − exact| {ourError:E2}");
        }
    }
}
