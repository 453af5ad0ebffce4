// Written by make_networks.py in this folder; edit the script, not this file.
using NetGen;
using static NetGen.Activation;

namespace NetGen.Tests.Networks
{
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5)]
    [Dense(4)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Identity_MeanSquaredError { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5)]
    [Dense(4)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Identity_MeanSquaredError_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5)]
    [Dense(4)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Identity_MeanAbsoluteError { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5)]
    [Dense(4)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Identity_MeanAbsoluteError_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5)]
    [Dense(4)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Identity_Huber { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5)]
    [Dense(4)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Identity_Huber_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5)]
    [Dense(4)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Identity_BinaryCrossEntropy { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5)]
    [Dense(4)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Identity_BinaryCrossEntropy_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5)]
    [Dense(4)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Identity_CrossEntropy { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5)]
    [Dense(4)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Identity_CrossEntropy_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Relu)]
    [Dense(4), Activation(Relu)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu_MeanSquaredError { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Relu)]
    [Dense(4), Activation(Relu)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu_MeanSquaredError_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Relu)]
    [Dense(4), Activation(Relu)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu_MeanAbsoluteError { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Relu)]
    [Dense(4), Activation(Relu)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu_MeanAbsoluteError_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Relu)]
    [Dense(4), Activation(Relu)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu_Huber { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Relu)]
    [Dense(4), Activation(Relu)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu_Huber_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Relu)]
    [Dense(4), Activation(Relu)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu_BinaryCrossEntropy { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Relu)]
    [Dense(4), Activation(Relu)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu_BinaryCrossEntropy_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Relu)]
    [Dense(4), Activation(Relu)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu_CrossEntropy { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Relu)]
    [Dense(4), Activation(Relu)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu_CrossEntropy_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(LeakyRelu)]
    [Dense(4), Activation(LeakyRelu)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_LeakyRelu_MeanSquaredError { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(LeakyRelu)]
    [Dense(4), Activation(LeakyRelu)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_LeakyRelu_MeanSquaredError_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(LeakyRelu)]
    [Dense(4), Activation(LeakyRelu)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_LeakyRelu_MeanAbsoluteError { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(LeakyRelu)]
    [Dense(4), Activation(LeakyRelu)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_LeakyRelu_MeanAbsoluteError_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(LeakyRelu)]
    [Dense(4), Activation(LeakyRelu)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_LeakyRelu_Huber { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(LeakyRelu)]
    [Dense(4), Activation(LeakyRelu)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_LeakyRelu_Huber_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(LeakyRelu)]
    [Dense(4), Activation(LeakyRelu)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_LeakyRelu_BinaryCrossEntropy { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(LeakyRelu)]
    [Dense(4), Activation(LeakyRelu)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_LeakyRelu_BinaryCrossEntropy_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(LeakyRelu)]
    [Dense(4), Activation(LeakyRelu)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_LeakyRelu_CrossEntropy { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(LeakyRelu)]
    [Dense(4), Activation(LeakyRelu)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_LeakyRelu_CrossEntropy_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Relu6)]
    [Dense(4), Activation(Relu6)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu6_MeanSquaredError { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Relu6)]
    [Dense(4), Activation(Relu6)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu6_MeanSquaredError_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Relu6)]
    [Dense(4), Activation(Relu6)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu6_MeanAbsoluteError { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Relu6)]
    [Dense(4), Activation(Relu6)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu6_MeanAbsoluteError_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Relu6)]
    [Dense(4), Activation(Relu6)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu6_Huber { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Relu6)]
    [Dense(4), Activation(Relu6)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu6_Huber_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Relu6)]
    [Dense(4), Activation(Relu6)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu6_BinaryCrossEntropy { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Relu6)]
    [Dense(4), Activation(Relu6)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu6_BinaryCrossEntropy_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Relu6)]
    [Dense(4), Activation(Relu6)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu6_CrossEntropy { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Relu6)]
    [Dense(4), Activation(Relu6)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu6_CrossEntropy_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Sigmoid)]
    [Dense(4), Activation(Sigmoid)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Sigmoid_MeanSquaredError { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Sigmoid)]
    [Dense(4), Activation(Sigmoid)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Sigmoid_MeanSquaredError_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Sigmoid)]
    [Dense(4), Activation(Sigmoid)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Sigmoid_MeanAbsoluteError { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Sigmoid)]
    [Dense(4), Activation(Sigmoid)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Sigmoid_MeanAbsoluteError_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Sigmoid)]
    [Dense(4), Activation(Sigmoid)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Sigmoid_Huber { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Sigmoid)]
    [Dense(4), Activation(Sigmoid)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Sigmoid_Huber_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Sigmoid)]
    [Dense(4), Activation(Sigmoid)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Sigmoid_BinaryCrossEntropy { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Sigmoid)]
    [Dense(4), Activation(Sigmoid)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Sigmoid_BinaryCrossEntropy_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Sigmoid)]
    [Dense(4), Activation(Sigmoid)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Sigmoid_CrossEntropy { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Sigmoid)]
    [Dense(4), Activation(Sigmoid)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Sigmoid_CrossEntropy_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(4), Activation(Tanh)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Tanh_MeanSquaredError { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(4), Activation(Tanh)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Tanh_MeanSquaredError_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(4), Activation(Tanh)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Tanh_MeanAbsoluteError { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(4), Activation(Tanh)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Tanh_MeanAbsoluteError_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(4), Activation(Tanh)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Tanh_Huber { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(4), Activation(Tanh)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Tanh_Huber_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(4), Activation(Tanh)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Tanh_BinaryCrossEntropy { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(4), Activation(Tanh)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Tanh_BinaryCrossEntropy_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(4), Activation(Tanh)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Tanh_CrossEntropy { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(4), Activation(Tanh)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Tanh_CrossEntropy_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Softplus)]
    [Dense(4), Activation(Softplus)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Softplus_MeanSquaredError { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Softplus)]
    [Dense(4), Activation(Softplus)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Softplus_MeanSquaredError_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Softplus)]
    [Dense(4), Activation(Softplus)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Softplus_MeanAbsoluteError { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Softplus)]
    [Dense(4), Activation(Softplus)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Softplus_MeanAbsoluteError_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Softplus)]
    [Dense(4), Activation(Softplus)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Softplus_Huber { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Softplus)]
    [Dense(4), Activation(Softplus)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Softplus_Huber_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Softplus)]
    [Dense(4), Activation(Softplus)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Softplus_BinaryCrossEntropy { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Softplus)]
    [Dense(4), Activation(Softplus)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Softplus_BinaryCrossEntropy_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Softplus)]
    [Dense(4), Activation(Softplus)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Softplus_CrossEntropy { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Softplus)]
    [Dense(4), Activation(Softplus)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Softplus_CrossEntropy_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Elu)]
    [Dense(4), Activation(Elu)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Elu_MeanSquaredError { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Elu)]
    [Dense(4), Activation(Elu)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Elu_MeanSquaredError_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Elu)]
    [Dense(4), Activation(Elu)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Elu_MeanAbsoluteError { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Elu)]
    [Dense(4), Activation(Elu)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Elu_MeanAbsoluteError_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Elu)]
    [Dense(4), Activation(Elu)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Elu_Huber { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Elu)]
    [Dense(4), Activation(Elu)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Elu_Huber_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Elu)]
    [Dense(4), Activation(Elu)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Elu_BinaryCrossEntropy { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Elu)]
    [Dense(4), Activation(Elu)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Elu_BinaryCrossEntropy_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Elu)]
    [Dense(4), Activation(Elu)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Elu_CrossEntropy { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Elu)]
    [Dense(4), Activation(Elu)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Elu_CrossEntropy_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Selu)]
    [Dense(4), Activation(Selu)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Selu_MeanSquaredError { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Selu)]
    [Dense(4), Activation(Selu)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Selu_MeanSquaredError_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Selu)]
    [Dense(4), Activation(Selu)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Selu_MeanAbsoluteError { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Selu)]
    [Dense(4), Activation(Selu)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Selu_MeanAbsoluteError_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Selu)]
    [Dense(4), Activation(Selu)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Selu_Huber { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Selu)]
    [Dense(4), Activation(Selu)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Selu_Huber_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Selu)]
    [Dense(4), Activation(Selu)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Selu_BinaryCrossEntropy { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Selu)]
    [Dense(4), Activation(Selu)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Selu_BinaryCrossEntropy_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Selu)]
    [Dense(4), Activation(Selu)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Selu_CrossEntropy { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Selu)]
    [Dense(4), Activation(Selu)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Selu_CrossEntropy_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Gelu)]
    [Dense(4), Activation(Gelu)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Gelu_MeanSquaredError { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Gelu)]
    [Dense(4), Activation(Gelu)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Gelu_MeanSquaredError_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Gelu)]
    [Dense(4), Activation(Gelu)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Gelu_MeanAbsoluteError { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Gelu)]
    [Dense(4), Activation(Gelu)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Gelu_MeanAbsoluteError_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Gelu)]
    [Dense(4), Activation(Gelu)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Gelu_Huber { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Gelu)]
    [Dense(4), Activation(Gelu)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Gelu_Huber_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Gelu)]
    [Dense(4), Activation(Gelu)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Gelu_BinaryCrossEntropy { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Gelu)]
    [Dense(4), Activation(Gelu)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Gelu_BinaryCrossEntropy_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Gelu)]
    [Dense(4), Activation(Gelu)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Gelu_CrossEntropy { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Gelu)]
    [Dense(4), Activation(Gelu)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Gelu_CrossEntropy_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Silu)]
    [Dense(4), Activation(Silu)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Silu_MeanSquaredError { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Silu)]
    [Dense(4), Activation(Silu)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Silu_MeanSquaredError_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Silu)]
    [Dense(4), Activation(Silu)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Silu_MeanAbsoluteError { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Silu)]
    [Dense(4), Activation(Silu)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Silu_MeanAbsoluteError_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Silu)]
    [Dense(4), Activation(Silu)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Silu_Huber { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Silu)]
    [Dense(4), Activation(Silu)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Silu_Huber_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Silu)]
    [Dense(4), Activation(Silu)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Silu_BinaryCrossEntropy { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Silu)]
    [Dense(4), Activation(Silu)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Silu_BinaryCrossEntropy_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Silu)]
    [Dense(4), Activation(Silu)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Silu_CrossEntropy { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Silu)]
    [Dense(4), Activation(Silu)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Silu_CrossEntropy_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Mish)]
    [Dense(4), Activation(Mish)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Mish_MeanSquaredError { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Mish)]
    [Dense(4), Activation(Mish)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Mish_MeanSquaredError_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Mish)]
    [Dense(4), Activation(Mish)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Mish_MeanAbsoluteError { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Mish)]
    [Dense(4), Activation(Mish)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Mish_MeanAbsoluteError_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Mish)]
    [Dense(4), Activation(Mish)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Mish_Huber { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Mish)]
    [Dense(4), Activation(Mish)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Mish_Huber_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Mish)]
    [Dense(4), Activation(Mish)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Mish_BinaryCrossEntropy { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Mish)]
    [Dense(4), Activation(Mish)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Mish_BinaryCrossEntropy_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Mish)]
    [Dense(4), Activation(Mish)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Mish_CrossEntropy { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Mish)]
    [Dense(4), Activation(Mish)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Mish_CrossEntropy_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(4), Activation(Tanh)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_SoftmaxHead_MeanSquaredError { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(4), Activation(Tanh)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_SoftmaxHead_MeanSquaredError_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_IdentityHead_Huber { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_IdentityHead_Huber_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Relu)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ReluHead_Huber { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Relu)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ReluHead_Huber_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(LeakyRelu)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_LeakyReluHead_Huber { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(LeakyRelu)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_LeakyReluHead_Huber_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Relu6)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu6Head_Huber { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Relu6)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu6Head_Huber_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_SigmoidHead_Huber { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_SigmoidHead_Huber_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Tanh)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_TanhHead_Huber { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Tanh)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_TanhHead_Huber_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Softplus)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_SoftplusHead_Huber { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Softplus)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_SoftplusHead_Huber_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Elu)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_EluHead_Huber { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Elu)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_EluHead_Huber_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Selu)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_SeluHead_Huber { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Selu)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_SeluHead_Huber_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Gelu)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_GeluHead_Huber { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Gelu)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_GeluHead_Huber_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Silu)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_SiluHead_Huber { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Silu)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_SiluHead_Huber_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Mish)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_MishHead_Huber { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Mish)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_MishHead_Huber_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(40)]
    [Dense(30), Activation(Tanh)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Looped_Tanh_MeanSquaredError { }

    [Network(Seed = 1)]
    [Input(40)]
    [Dense(30), Activation(Tanh)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Looped_Tanh_MeanSquaredError_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(40)]
    [Dense(30), Activation(Elu)]
    [Dense(40), Activation(Mish)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Looped_Elu_Huber { }

    [Network(Seed = 1)]
    [Input(40)]
    [Dense(30), Activation(Elu)]
    [Dense(40), Activation(Mish)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Looped_Elu_Huber_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(8)]
    [Dense(40), Activation(Relu)]
    [Dense(32), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Looped_Softmax_CrossEntropy { }

    [Network(Seed = 1)]
    [Input(8)]
    [Dense(40), Activation(Relu)]
    [Dense(32), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Looped_Softmax_CrossEntropy_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(33)]
    [Dense(32), Activation(Gelu)]
    [Dense(1), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Looped_Sigmoid_BinaryCrossEntropy { }

    [Network(Seed = 1)]
    [Input(33)]
    [Dense(32), Activation(Gelu)]
    [Dense(1), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Looped_Sigmoid_BinaryCrossEntropy_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(4)]
    [Dense(16), Activation(Tanh)]
    [Dense(16), Activation(Tanh)]
    [Dense(16), Activation(Tanh)]
    [Dense(16), Activation(Tanh)]
    [Dense(16), Activation(Tanh)]
    [Dense(16), Activation(Tanh)]
    [Dense(16), Activation(Tanh)]
    [Dense(16), Activation(Tanh)]
    [Dense(16), Activation(Tanh)]
    [Dense(16), Activation(Tanh)]
    [Dense(16), Activation(Tanh)]
    [Dense(16), Activation(Tanh)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_BudgetSplit_Tanh_MeanSquaredError { }

    [Network(Seed = 1)]
    [Input(4)]
    [Dense(16), Activation(Tanh)]
    [Dense(16), Activation(Tanh)]
    [Dense(16), Activation(Tanh)]
    [Dense(16), Activation(Tanh)]
    [Dense(16), Activation(Tanh)]
    [Dense(16), Activation(Tanh)]
    [Dense(16), Activation(Tanh)]
    [Dense(16), Activation(Tanh)]
    [Dense(16), Activation(Tanh)]
    [Dense(16), Activation(Tanh)]
    [Dense(16), Activation(Tanh)]
    [Dense(16), Activation(Tanh)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_BudgetSplit_Tanh_MeanSquaredError_F32 { }

    /// <summary>The gradient-check networks by name, and the loss each is declared with.</summary>
    public static class GradientNetworks
    {
        public static readonly System.Collections.Generic.Dictionary<string, System.Func<INeuralNetwork<double>>> Double = new()
        {
            ["Grad_Identity_MeanSquaredError"] = () => new Grad_Identity_MeanSquaredError(),
            ["Grad_Identity_MeanAbsoluteError"] = () => new Grad_Identity_MeanAbsoluteError(),
            ["Grad_Identity_Huber"] = () => new Grad_Identity_Huber(),
            ["Grad_Identity_BinaryCrossEntropy"] = () => new Grad_Identity_BinaryCrossEntropy(),
            ["Grad_Identity_CrossEntropy"] = () => new Grad_Identity_CrossEntropy(),
            ["Grad_Relu_MeanSquaredError"] = () => new Grad_Relu_MeanSquaredError(),
            ["Grad_Relu_MeanAbsoluteError"] = () => new Grad_Relu_MeanAbsoluteError(),
            ["Grad_Relu_Huber"] = () => new Grad_Relu_Huber(),
            ["Grad_Relu_BinaryCrossEntropy"] = () => new Grad_Relu_BinaryCrossEntropy(),
            ["Grad_Relu_CrossEntropy"] = () => new Grad_Relu_CrossEntropy(),
            ["Grad_LeakyRelu_MeanSquaredError"] = () => new Grad_LeakyRelu_MeanSquaredError(),
            ["Grad_LeakyRelu_MeanAbsoluteError"] = () => new Grad_LeakyRelu_MeanAbsoluteError(),
            ["Grad_LeakyRelu_Huber"] = () => new Grad_LeakyRelu_Huber(),
            ["Grad_LeakyRelu_BinaryCrossEntropy"] = () => new Grad_LeakyRelu_BinaryCrossEntropy(),
            ["Grad_LeakyRelu_CrossEntropy"] = () => new Grad_LeakyRelu_CrossEntropy(),
            ["Grad_Relu6_MeanSquaredError"] = () => new Grad_Relu6_MeanSquaredError(),
            ["Grad_Relu6_MeanAbsoluteError"] = () => new Grad_Relu6_MeanAbsoluteError(),
            ["Grad_Relu6_Huber"] = () => new Grad_Relu6_Huber(),
            ["Grad_Relu6_BinaryCrossEntropy"] = () => new Grad_Relu6_BinaryCrossEntropy(),
            ["Grad_Relu6_CrossEntropy"] = () => new Grad_Relu6_CrossEntropy(),
            ["Grad_Sigmoid_MeanSquaredError"] = () => new Grad_Sigmoid_MeanSquaredError(),
            ["Grad_Sigmoid_MeanAbsoluteError"] = () => new Grad_Sigmoid_MeanAbsoluteError(),
            ["Grad_Sigmoid_Huber"] = () => new Grad_Sigmoid_Huber(),
            ["Grad_Sigmoid_BinaryCrossEntropy"] = () => new Grad_Sigmoid_BinaryCrossEntropy(),
            ["Grad_Sigmoid_CrossEntropy"] = () => new Grad_Sigmoid_CrossEntropy(),
            ["Grad_Tanh_MeanSquaredError"] = () => new Grad_Tanh_MeanSquaredError(),
            ["Grad_Tanh_MeanAbsoluteError"] = () => new Grad_Tanh_MeanAbsoluteError(),
            ["Grad_Tanh_Huber"] = () => new Grad_Tanh_Huber(),
            ["Grad_Tanh_BinaryCrossEntropy"] = () => new Grad_Tanh_BinaryCrossEntropy(),
            ["Grad_Tanh_CrossEntropy"] = () => new Grad_Tanh_CrossEntropy(),
            ["Grad_Softplus_MeanSquaredError"] = () => new Grad_Softplus_MeanSquaredError(),
            ["Grad_Softplus_MeanAbsoluteError"] = () => new Grad_Softplus_MeanAbsoluteError(),
            ["Grad_Softplus_Huber"] = () => new Grad_Softplus_Huber(),
            ["Grad_Softplus_BinaryCrossEntropy"] = () => new Grad_Softplus_BinaryCrossEntropy(),
            ["Grad_Softplus_CrossEntropy"] = () => new Grad_Softplus_CrossEntropy(),
            ["Grad_Elu_MeanSquaredError"] = () => new Grad_Elu_MeanSquaredError(),
            ["Grad_Elu_MeanAbsoluteError"] = () => new Grad_Elu_MeanAbsoluteError(),
            ["Grad_Elu_Huber"] = () => new Grad_Elu_Huber(),
            ["Grad_Elu_BinaryCrossEntropy"] = () => new Grad_Elu_BinaryCrossEntropy(),
            ["Grad_Elu_CrossEntropy"] = () => new Grad_Elu_CrossEntropy(),
            ["Grad_Selu_MeanSquaredError"] = () => new Grad_Selu_MeanSquaredError(),
            ["Grad_Selu_MeanAbsoluteError"] = () => new Grad_Selu_MeanAbsoluteError(),
            ["Grad_Selu_Huber"] = () => new Grad_Selu_Huber(),
            ["Grad_Selu_BinaryCrossEntropy"] = () => new Grad_Selu_BinaryCrossEntropy(),
            ["Grad_Selu_CrossEntropy"] = () => new Grad_Selu_CrossEntropy(),
            ["Grad_Gelu_MeanSquaredError"] = () => new Grad_Gelu_MeanSquaredError(),
            ["Grad_Gelu_MeanAbsoluteError"] = () => new Grad_Gelu_MeanAbsoluteError(),
            ["Grad_Gelu_Huber"] = () => new Grad_Gelu_Huber(),
            ["Grad_Gelu_BinaryCrossEntropy"] = () => new Grad_Gelu_BinaryCrossEntropy(),
            ["Grad_Gelu_CrossEntropy"] = () => new Grad_Gelu_CrossEntropy(),
            ["Grad_Silu_MeanSquaredError"] = () => new Grad_Silu_MeanSquaredError(),
            ["Grad_Silu_MeanAbsoluteError"] = () => new Grad_Silu_MeanAbsoluteError(),
            ["Grad_Silu_Huber"] = () => new Grad_Silu_Huber(),
            ["Grad_Silu_BinaryCrossEntropy"] = () => new Grad_Silu_BinaryCrossEntropy(),
            ["Grad_Silu_CrossEntropy"] = () => new Grad_Silu_CrossEntropy(),
            ["Grad_Mish_MeanSquaredError"] = () => new Grad_Mish_MeanSquaredError(),
            ["Grad_Mish_MeanAbsoluteError"] = () => new Grad_Mish_MeanAbsoluteError(),
            ["Grad_Mish_Huber"] = () => new Grad_Mish_Huber(),
            ["Grad_Mish_BinaryCrossEntropy"] = () => new Grad_Mish_BinaryCrossEntropy(),
            ["Grad_Mish_CrossEntropy"] = () => new Grad_Mish_CrossEntropy(),
            ["Grad_SoftmaxHead_MeanSquaredError"] = () => new Grad_SoftmaxHead_MeanSquaredError(),
            ["Grad_IdentityHead_Huber"] = () => new Grad_IdentityHead_Huber(),
            ["Grad_ReluHead_Huber"] = () => new Grad_ReluHead_Huber(),
            ["Grad_LeakyReluHead_Huber"] = () => new Grad_LeakyReluHead_Huber(),
            ["Grad_Relu6Head_Huber"] = () => new Grad_Relu6Head_Huber(),
            ["Grad_SigmoidHead_Huber"] = () => new Grad_SigmoidHead_Huber(),
            ["Grad_TanhHead_Huber"] = () => new Grad_TanhHead_Huber(),
            ["Grad_SoftplusHead_Huber"] = () => new Grad_SoftplusHead_Huber(),
            ["Grad_EluHead_Huber"] = () => new Grad_EluHead_Huber(),
            ["Grad_SeluHead_Huber"] = () => new Grad_SeluHead_Huber(),
            ["Grad_GeluHead_Huber"] = () => new Grad_GeluHead_Huber(),
            ["Grad_SiluHead_Huber"] = () => new Grad_SiluHead_Huber(),
            ["Grad_MishHead_Huber"] = () => new Grad_MishHead_Huber(),
            ["Grad_Looped_Tanh_MeanSquaredError"] = () => new Grad_Looped_Tanh_MeanSquaredError(),
            ["Grad_Looped_Elu_Huber"] = () => new Grad_Looped_Elu_Huber(),
            ["Grad_Looped_Softmax_CrossEntropy"] = () => new Grad_Looped_Softmax_CrossEntropy(),
            ["Grad_Looped_Sigmoid_BinaryCrossEntropy"] = () => new Grad_Looped_Sigmoid_BinaryCrossEntropy(),
            ["Grad_BudgetSplit_Tanh_MeanSquaredError"] = () => new Grad_BudgetSplit_Tanh_MeanSquaredError(),
        };

        public static readonly System.Collections.Generic.Dictionary<string, System.Func<INeuralNetwork<float>>> Single = new()
        {
            ["Grad_Identity_MeanSquaredError"] = () => new Grad_Identity_MeanSquaredError_F32(),
            ["Grad_Identity_MeanAbsoluteError"] = () => new Grad_Identity_MeanAbsoluteError_F32(),
            ["Grad_Identity_Huber"] = () => new Grad_Identity_Huber_F32(),
            ["Grad_Identity_BinaryCrossEntropy"] = () => new Grad_Identity_BinaryCrossEntropy_F32(),
            ["Grad_Identity_CrossEntropy"] = () => new Grad_Identity_CrossEntropy_F32(),
            ["Grad_Relu_MeanSquaredError"] = () => new Grad_Relu_MeanSquaredError_F32(),
            ["Grad_Relu_MeanAbsoluteError"] = () => new Grad_Relu_MeanAbsoluteError_F32(),
            ["Grad_Relu_Huber"] = () => new Grad_Relu_Huber_F32(),
            ["Grad_Relu_BinaryCrossEntropy"] = () => new Grad_Relu_BinaryCrossEntropy_F32(),
            ["Grad_Relu_CrossEntropy"] = () => new Grad_Relu_CrossEntropy_F32(),
            ["Grad_LeakyRelu_MeanSquaredError"] = () => new Grad_LeakyRelu_MeanSquaredError_F32(),
            ["Grad_LeakyRelu_MeanAbsoluteError"] = () => new Grad_LeakyRelu_MeanAbsoluteError_F32(),
            ["Grad_LeakyRelu_Huber"] = () => new Grad_LeakyRelu_Huber_F32(),
            ["Grad_LeakyRelu_BinaryCrossEntropy"] = () => new Grad_LeakyRelu_BinaryCrossEntropy_F32(),
            ["Grad_LeakyRelu_CrossEntropy"] = () => new Grad_LeakyRelu_CrossEntropy_F32(),
            ["Grad_Relu6_MeanSquaredError"] = () => new Grad_Relu6_MeanSquaredError_F32(),
            ["Grad_Relu6_MeanAbsoluteError"] = () => new Grad_Relu6_MeanAbsoluteError_F32(),
            ["Grad_Relu6_Huber"] = () => new Grad_Relu6_Huber_F32(),
            ["Grad_Relu6_BinaryCrossEntropy"] = () => new Grad_Relu6_BinaryCrossEntropy_F32(),
            ["Grad_Relu6_CrossEntropy"] = () => new Grad_Relu6_CrossEntropy_F32(),
            ["Grad_Sigmoid_MeanSquaredError"] = () => new Grad_Sigmoid_MeanSquaredError_F32(),
            ["Grad_Sigmoid_MeanAbsoluteError"] = () => new Grad_Sigmoid_MeanAbsoluteError_F32(),
            ["Grad_Sigmoid_Huber"] = () => new Grad_Sigmoid_Huber_F32(),
            ["Grad_Sigmoid_BinaryCrossEntropy"] = () => new Grad_Sigmoid_BinaryCrossEntropy_F32(),
            ["Grad_Sigmoid_CrossEntropy"] = () => new Grad_Sigmoid_CrossEntropy_F32(),
            ["Grad_Tanh_MeanSquaredError"] = () => new Grad_Tanh_MeanSquaredError_F32(),
            ["Grad_Tanh_MeanAbsoluteError"] = () => new Grad_Tanh_MeanAbsoluteError_F32(),
            ["Grad_Tanh_Huber"] = () => new Grad_Tanh_Huber_F32(),
            ["Grad_Tanh_BinaryCrossEntropy"] = () => new Grad_Tanh_BinaryCrossEntropy_F32(),
            ["Grad_Tanh_CrossEntropy"] = () => new Grad_Tanh_CrossEntropy_F32(),
            ["Grad_Softplus_MeanSquaredError"] = () => new Grad_Softplus_MeanSquaredError_F32(),
            ["Grad_Softplus_MeanAbsoluteError"] = () => new Grad_Softplus_MeanAbsoluteError_F32(),
            ["Grad_Softplus_Huber"] = () => new Grad_Softplus_Huber_F32(),
            ["Grad_Softplus_BinaryCrossEntropy"] = () => new Grad_Softplus_BinaryCrossEntropy_F32(),
            ["Grad_Softplus_CrossEntropy"] = () => new Grad_Softplus_CrossEntropy_F32(),
            ["Grad_Elu_MeanSquaredError"] = () => new Grad_Elu_MeanSquaredError_F32(),
            ["Grad_Elu_MeanAbsoluteError"] = () => new Grad_Elu_MeanAbsoluteError_F32(),
            ["Grad_Elu_Huber"] = () => new Grad_Elu_Huber_F32(),
            ["Grad_Elu_BinaryCrossEntropy"] = () => new Grad_Elu_BinaryCrossEntropy_F32(),
            ["Grad_Elu_CrossEntropy"] = () => new Grad_Elu_CrossEntropy_F32(),
            ["Grad_Selu_MeanSquaredError"] = () => new Grad_Selu_MeanSquaredError_F32(),
            ["Grad_Selu_MeanAbsoluteError"] = () => new Grad_Selu_MeanAbsoluteError_F32(),
            ["Grad_Selu_Huber"] = () => new Grad_Selu_Huber_F32(),
            ["Grad_Selu_BinaryCrossEntropy"] = () => new Grad_Selu_BinaryCrossEntropy_F32(),
            ["Grad_Selu_CrossEntropy"] = () => new Grad_Selu_CrossEntropy_F32(),
            ["Grad_Gelu_MeanSquaredError"] = () => new Grad_Gelu_MeanSquaredError_F32(),
            ["Grad_Gelu_MeanAbsoluteError"] = () => new Grad_Gelu_MeanAbsoluteError_F32(),
            ["Grad_Gelu_Huber"] = () => new Grad_Gelu_Huber_F32(),
            ["Grad_Gelu_BinaryCrossEntropy"] = () => new Grad_Gelu_BinaryCrossEntropy_F32(),
            ["Grad_Gelu_CrossEntropy"] = () => new Grad_Gelu_CrossEntropy_F32(),
            ["Grad_Silu_MeanSquaredError"] = () => new Grad_Silu_MeanSquaredError_F32(),
            ["Grad_Silu_MeanAbsoluteError"] = () => new Grad_Silu_MeanAbsoluteError_F32(),
            ["Grad_Silu_Huber"] = () => new Grad_Silu_Huber_F32(),
            ["Grad_Silu_BinaryCrossEntropy"] = () => new Grad_Silu_BinaryCrossEntropy_F32(),
            ["Grad_Silu_CrossEntropy"] = () => new Grad_Silu_CrossEntropy_F32(),
            ["Grad_Mish_MeanSquaredError"] = () => new Grad_Mish_MeanSquaredError_F32(),
            ["Grad_Mish_MeanAbsoluteError"] = () => new Grad_Mish_MeanAbsoluteError_F32(),
            ["Grad_Mish_Huber"] = () => new Grad_Mish_Huber_F32(),
            ["Grad_Mish_BinaryCrossEntropy"] = () => new Grad_Mish_BinaryCrossEntropy_F32(),
            ["Grad_Mish_CrossEntropy"] = () => new Grad_Mish_CrossEntropy_F32(),
            ["Grad_SoftmaxHead_MeanSquaredError"] = () => new Grad_SoftmaxHead_MeanSquaredError_F32(),
            ["Grad_IdentityHead_Huber"] = () => new Grad_IdentityHead_Huber_F32(),
            ["Grad_ReluHead_Huber"] = () => new Grad_ReluHead_Huber_F32(),
            ["Grad_LeakyReluHead_Huber"] = () => new Grad_LeakyReluHead_Huber_F32(),
            ["Grad_Relu6Head_Huber"] = () => new Grad_Relu6Head_Huber_F32(),
            ["Grad_SigmoidHead_Huber"] = () => new Grad_SigmoidHead_Huber_F32(),
            ["Grad_TanhHead_Huber"] = () => new Grad_TanhHead_Huber_F32(),
            ["Grad_SoftplusHead_Huber"] = () => new Grad_SoftplusHead_Huber_F32(),
            ["Grad_EluHead_Huber"] = () => new Grad_EluHead_Huber_F32(),
            ["Grad_SeluHead_Huber"] = () => new Grad_SeluHead_Huber_F32(),
            ["Grad_GeluHead_Huber"] = () => new Grad_GeluHead_Huber_F32(),
            ["Grad_SiluHead_Huber"] = () => new Grad_SiluHead_Huber_F32(),
            ["Grad_MishHead_Huber"] = () => new Grad_MishHead_Huber_F32(),
            ["Grad_Looped_Tanh_MeanSquaredError"] = () => new Grad_Looped_Tanh_MeanSquaredError_F32(),
            ["Grad_Looped_Elu_Huber"] = () => new Grad_Looped_Elu_Huber_F32(),
            ["Grad_Looped_Softmax_CrossEntropy"] = () => new Grad_Looped_Softmax_CrossEntropy_F32(),
            ["Grad_Looped_Sigmoid_BinaryCrossEntropy"] = () => new Grad_Looped_Sigmoid_BinaryCrossEntropy_F32(),
            ["Grad_BudgetSplit_Tanh_MeanSquaredError"] = () => new Grad_BudgetSplit_Tanh_MeanSquaredError_F32(),
        };
    }
}
