// Written by make_networks.py in this folder; edit the script, not this file.
using NetGen;
using static NetGen.Activation;

namespace NetGen.Tests.Networks
{
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(2)]
    [Dense(5)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Identity { }

    [Network(Seed = 1)]
    [Input(2)]
    [Dense(5)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Identity_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(2)]
    [Dense(5), Activation(Relu)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Relu { }

    [Network(Seed = 1)]
    [Input(2)]
    [Dense(5), Activation(Relu)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Relu_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(2)]
    [Dense(5), Activation(LeakyRelu, Alpha = 0.1)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_LeakyRelu { }

    [Network(Seed = 1)]
    [Input(2)]
    [Dense(5), Activation(LeakyRelu, Alpha = 0.1)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_LeakyRelu_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(2)]
    [Dense(5), Activation(Relu6)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Relu6 { }

    [Network(Seed = 1)]
    [Input(2)]
    [Dense(5), Activation(Relu6)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Relu6_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(2)]
    [Dense(5), Activation(Sigmoid)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Sigmoid { }

    [Network(Seed = 1)]
    [Input(2)]
    [Dense(5), Activation(Sigmoid)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Sigmoid_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(2)]
    [Dense(5), Activation(Tanh)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Tanh { }

    [Network(Seed = 1)]
    [Input(2)]
    [Dense(5), Activation(Tanh)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Tanh_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(2)]
    [Dense(5), Activation(Softplus)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Softplus { }

    [Network(Seed = 1)]
    [Input(2)]
    [Dense(5), Activation(Softplus)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Softplus_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(2)]
    [Dense(5), Activation(Elu)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Elu { }

    [Network(Seed = 1)]
    [Input(2)]
    [Dense(5), Activation(Elu)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Elu_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(2)]
    [Dense(5), Activation(Selu)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Selu { }

    [Network(Seed = 1)]
    [Input(2)]
    [Dense(5), Activation(Selu)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Selu_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(2)]
    [Dense(5), Activation(GeluTanh)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_GeluTanh { }

    [Network(Seed = 1)]
    [Input(2)]
    [Dense(5), Activation(GeluTanh)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_GeluTanh_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(2)]
    [Dense(5), Activation(Silu)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Silu { }

    [Network(Seed = 1)]
    [Input(2)]
    [Dense(5), Activation(Silu)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Silu_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(2)]
    [Dense(5), Activation(Mish)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Mish { }

    [Network(Seed = 1)]
    [Input(2)]
    [Dense(5), Activation(Mish)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Mish_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(2)]
    [Dense(5), Activation(Relu)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_softmax_head { }

    [Network(Seed = 1)]
    [Input(2)]
    [Dense(5), Activation(Relu)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_softmax_head_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(7), Activation(Silu)]
    [Dense(7), Activation(Elu)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_deep { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(7), Activation(Silu)]
    [Dense(7), Activation(Elu)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_deep_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(2)]
    [Dense(5)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Identity_sgd { }

    [Network(Seed = 1)]
    [Input(2)]
    [Dense(5)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Identity_sgd_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(2)]
    [Dense(5), Activation(Relu)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Relu_sgd { }

    [Network(Seed = 1)]
    [Input(2)]
    [Dense(5), Activation(Relu)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Relu_sgd_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(2)]
    [Dense(5), Activation(LeakyRelu, Alpha = 0.1)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_LeakyRelu_sgd { }

    [Network(Seed = 1)]
    [Input(2)]
    [Dense(5), Activation(LeakyRelu, Alpha = 0.1)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_LeakyRelu_sgd_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(2)]
    [Dense(5), Activation(Relu6)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Relu6_sgd { }

    [Network(Seed = 1)]
    [Input(2)]
    [Dense(5), Activation(Relu6)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Relu6_sgd_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(2)]
    [Dense(5), Activation(Sigmoid)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Sigmoid_sgd { }

    [Network(Seed = 1)]
    [Input(2)]
    [Dense(5), Activation(Sigmoid)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Sigmoid_sgd_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(2)]
    [Dense(5), Activation(Tanh)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Tanh_sgd { }

    [Network(Seed = 1)]
    [Input(2)]
    [Dense(5), Activation(Tanh)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Tanh_sgd_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(2)]
    [Dense(5), Activation(Softplus)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Softplus_sgd { }

    [Network(Seed = 1)]
    [Input(2)]
    [Dense(5), Activation(Softplus)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Softplus_sgd_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(2)]
    [Dense(5), Activation(Elu)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Elu_sgd { }

    [Network(Seed = 1)]
    [Input(2)]
    [Dense(5), Activation(Elu)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Elu_sgd_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(2)]
    [Dense(5), Activation(Selu)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Selu_sgd { }

    [Network(Seed = 1)]
    [Input(2)]
    [Dense(5), Activation(Selu)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Selu_sgd_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(2)]
    [Dense(5), Activation(GeluTanh)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_GeluTanh_sgd { }

    [Network(Seed = 1)]
    [Input(2)]
    [Dense(5), Activation(GeluTanh)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_GeluTanh_sgd_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(2)]
    [Dense(5), Activation(Silu)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Silu_sgd { }

    [Network(Seed = 1)]
    [Input(2)]
    [Dense(5), Activation(Silu)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Silu_sgd_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(2)]
    [Dense(5), Activation(Mish)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Mish_sgd { }

    [Network(Seed = 1)]
    [Input(2)]
    [Dense(5), Activation(Mish)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Mish_sgd_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(2)]
    [Dense(6), Activation(Relu)]
    [Dense(6), Activation(Tanh)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Adam(LearningRate = 0.02, Beta1 = 0.9, Beta2 = 0.99)]
    public partial class Ref_adam { }

    [Network(Seed = 1)]
    [Input(2)]
    [Dense(6), Activation(Relu)]
    [Dense(6), Activation(Tanh)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Adam(LearningRate = 0.02, Beta1 = 0.9, Beta2 = 0.99)]
    public partial class Ref_adam_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(2)]
    [Dense(6), Activation(Relu)]
    [Dense(6), Activation(Tanh)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [AdamW(LearningRate = 0.02, WeightDecay = 0.1)]
    public partial class Ref_adamw { }

    [Network(Seed = 1)]
    [Input(2)]
    [Dense(6), Activation(Relu)]
    [Dense(6), Activation(Tanh)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [AdamW(LearningRate = 0.02, WeightDecay = 0.1)]
    public partial class Ref_adamw_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(2)]
    [Dense(6), Activation(Relu)]
    [Dense(6), Activation(Tanh)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05, Momentum = 0.8, WeightDecay = 0.01)]
    public partial class Ref_sgd_momentum { }

    [Network(Seed = 1)]
    [Input(2)]
    [Dense(6), Activation(Relu)]
    [Dense(6), Activation(Tanh)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05, Momentum = 0.8, WeightDecay = 0.01)]
    public partial class Ref_sgd_momentum_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(2)]
    [Dense(5), Activation(Sigmoid)]
    [Dense(3)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_huber { }

    [Network(Seed = 1)]
    [Input(2)]
    [Dense(5), Activation(Sigmoid)]
    [Dense(3)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_huber_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(2)]
    [Dense(5), Activation(Relu)]
    [Dense(1), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_bce { }

    [Network(Seed = 1)]
    [Input(2)]
    [Dense(5), Activation(Relu)]
    [Dense(1), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_bce_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(2)]
    [Dense(5), Activation(Tanh)]
    [Dense(4), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_cross_entropy { }

    [Network(Seed = 1)]
    [Input(2)]
    [Dense(5), Activation(Tanh)]
    [Dense(4), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_cross_entropy_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(2)]
    [Dense(5), Activation(Gelu)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Gelu { }

    [Network(Seed = 1)]
    [Input(2)]
    [Dense(5), Activation(Gelu)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Gelu_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(2)]
    [Dense(5), Activation(Gelu)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Gelu_sgd { }

    [Network(Seed = 1)]
    [Input(2)]
    [Dense(5), Activation(Gelu)]
    [Dense(3)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05)]
    public partial class Ref_Gelu_sgd_F32 { }

    /// <summary>Each PyTorch reference case's network, by "kind:name".</summary>
    public static class ReferenceNetworks
    {
        public static readonly System.Collections.Generic.Dictionary<string, System.Func<INeuralNetwork<double>>> Double = new()
        {
            ["forward:Identity"] = () => new Ref_Identity(),
            ["forward:Relu"] = () => new Ref_Relu(),
            ["forward:LeakyRelu"] = () => new Ref_LeakyRelu(),
            ["forward:Relu6"] = () => new Ref_Relu6(),
            ["forward:Sigmoid"] = () => new Ref_Sigmoid(),
            ["forward:Tanh"] = () => new Ref_Tanh(),
            ["forward:Softplus"] = () => new Ref_Softplus(),
            ["forward:Elu"] = () => new Ref_Elu(),
            ["forward:Selu"] = () => new Ref_Selu(),
            ["forward:GeluTanh"] = () => new Ref_GeluTanh(),
            ["forward:Silu"] = () => new Ref_Silu(),
            ["forward:Mish"] = () => new Ref_Mish(),
            ["forward:softmax_head"] = () => new Ref_softmax_head(),
            ["forward:deep"] = () => new Ref_deep(),
            ["train:Identity_sgd"] = () => new Ref_Identity_sgd(),
            ["train:Relu_sgd"] = () => new Ref_Relu_sgd(),
            ["train:LeakyRelu_sgd"] = () => new Ref_LeakyRelu_sgd(),
            ["train:Relu6_sgd"] = () => new Ref_Relu6_sgd(),
            ["train:Sigmoid_sgd"] = () => new Ref_Sigmoid_sgd(),
            ["train:Tanh_sgd"] = () => new Ref_Tanh_sgd(),
            ["train:Softplus_sgd"] = () => new Ref_Softplus_sgd(),
            ["train:Elu_sgd"] = () => new Ref_Elu_sgd(),
            ["train:Selu_sgd"] = () => new Ref_Selu_sgd(),
            ["train:GeluTanh_sgd"] = () => new Ref_GeluTanh_sgd(),
            ["train:Silu_sgd"] = () => new Ref_Silu_sgd(),
            ["train:Mish_sgd"] = () => new Ref_Mish_sgd(),
            ["train:adam"] = () => new Ref_adam(),
            ["train:adamw"] = () => new Ref_adamw(),
            ["train:sgd_momentum"] = () => new Ref_sgd_momentum(),
            ["train:huber"] = () => new Ref_huber(),
            ["train:bce"] = () => new Ref_bce(),
            ["train:cross_entropy"] = () => new Ref_cross_entropy(),
            ["forward:Gelu"] = () => new Ref_Gelu(),
            ["train:Gelu_sgd"] = () => new Ref_Gelu_sgd(),
        };

        public static readonly System.Collections.Generic.Dictionary<string, System.Func<INeuralNetwork<float>>> Single = new()
        {
            ["forward:Identity"] = () => new Ref_Identity_F32(),
            ["forward:Relu"] = () => new Ref_Relu_F32(),
            ["forward:LeakyRelu"] = () => new Ref_LeakyRelu_F32(),
            ["forward:Relu6"] = () => new Ref_Relu6_F32(),
            ["forward:Sigmoid"] = () => new Ref_Sigmoid_F32(),
            ["forward:Tanh"] = () => new Ref_Tanh_F32(),
            ["forward:Softplus"] = () => new Ref_Softplus_F32(),
            ["forward:Elu"] = () => new Ref_Elu_F32(),
            ["forward:Selu"] = () => new Ref_Selu_F32(),
            ["forward:GeluTanh"] = () => new Ref_GeluTanh_F32(),
            ["forward:Silu"] = () => new Ref_Silu_F32(),
            ["forward:Mish"] = () => new Ref_Mish_F32(),
            ["forward:softmax_head"] = () => new Ref_softmax_head_F32(),
            ["forward:deep"] = () => new Ref_deep_F32(),
            ["train:Identity_sgd"] = () => new Ref_Identity_sgd_F32(),
            ["train:Relu_sgd"] = () => new Ref_Relu_sgd_F32(),
            ["train:LeakyRelu_sgd"] = () => new Ref_LeakyRelu_sgd_F32(),
            ["train:Relu6_sgd"] = () => new Ref_Relu6_sgd_F32(),
            ["train:Sigmoid_sgd"] = () => new Ref_Sigmoid_sgd_F32(),
            ["train:Tanh_sgd"] = () => new Ref_Tanh_sgd_F32(),
            ["train:Softplus_sgd"] = () => new Ref_Softplus_sgd_F32(),
            ["train:Elu_sgd"] = () => new Ref_Elu_sgd_F32(),
            ["train:Selu_sgd"] = () => new Ref_Selu_sgd_F32(),
            ["train:GeluTanh_sgd"] = () => new Ref_GeluTanh_sgd_F32(),
            ["train:Silu_sgd"] = () => new Ref_Silu_sgd_F32(),
            ["train:Mish_sgd"] = () => new Ref_Mish_sgd_F32(),
            ["train:adam"] = () => new Ref_adam_F32(),
            ["train:adamw"] = () => new Ref_adamw_F32(),
            ["train:sgd_momentum"] = () => new Ref_sgd_momentum_F32(),
            ["train:huber"] = () => new Ref_huber_F32(),
            ["train:bce"] = () => new Ref_bce_F32(),
            ["train:cross_entropy"] = () => new Ref_cross_entropy_F32(),
            ["forward:Gelu"] = () => new Ref_Gelu_F32(),
            ["train:Gelu_sgd"] = () => new Ref_Gelu_sgd_F32(),
        };
    }
}
