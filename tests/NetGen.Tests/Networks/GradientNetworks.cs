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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5)]
    [Dense(4)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Identity_MeanSquaredError__PerRow { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5)]
    [Dense(4)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Identity_MeanSquaredError__PerRow_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5)]
    [Dense(4)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Identity_MeanSquaredError__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5)]
    [Dense(4)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Identity_MeanSquaredError__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5)]
    [Dense(4)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Identity_MeanAbsoluteError__PerRow { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5)]
    [Dense(4)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Identity_MeanAbsoluteError__PerRow_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5)]
    [Dense(4)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Identity_MeanAbsoluteError__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5)]
    [Dense(4)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Identity_MeanAbsoluteError__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5)]
    [Dense(4)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Identity_Huber__PerRow { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5)]
    [Dense(4)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Identity_Huber__PerRow_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5)]
    [Dense(4)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Identity_Huber__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5)]
    [Dense(4)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Identity_Huber__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5)]
    [Dense(4)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Identity_BinaryCrossEntropy__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5)]
    [Dense(4)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Identity_BinaryCrossEntropy__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5)]
    [Dense(4)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Identity_CrossEntropy__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5)]
    [Dense(4)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Identity_CrossEntropy__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Relu)]
    [Dense(4), Activation(Relu)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu_MeanSquaredError__PerRow { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Relu)]
    [Dense(4), Activation(Relu)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu_MeanSquaredError__PerRow_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Relu)]
    [Dense(4), Activation(Relu)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu_MeanSquaredError__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Relu)]
    [Dense(4), Activation(Relu)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu_MeanSquaredError__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Relu)]
    [Dense(4), Activation(Relu)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu_MeanAbsoluteError__PerRow { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Relu)]
    [Dense(4), Activation(Relu)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu_MeanAbsoluteError__PerRow_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Relu)]
    [Dense(4), Activation(Relu)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu_MeanAbsoluteError__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Relu)]
    [Dense(4), Activation(Relu)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu_MeanAbsoluteError__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Relu)]
    [Dense(4), Activation(Relu)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu_Huber__PerRow { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Relu)]
    [Dense(4), Activation(Relu)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu_Huber__PerRow_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Relu)]
    [Dense(4), Activation(Relu)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu_Huber__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Relu)]
    [Dense(4), Activation(Relu)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu_Huber__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Relu)]
    [Dense(4), Activation(Relu)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu_BinaryCrossEntropy__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Relu)]
    [Dense(4), Activation(Relu)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu_BinaryCrossEntropy__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Relu)]
    [Dense(4), Activation(Relu)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu_CrossEntropy__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Relu)]
    [Dense(4), Activation(Relu)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu_CrossEntropy__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(LeakyRelu)]
    [Dense(4), Activation(LeakyRelu)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_LeakyRelu_MeanSquaredError__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(LeakyRelu)]
    [Dense(4), Activation(LeakyRelu)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_LeakyRelu_MeanSquaredError__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(LeakyRelu)]
    [Dense(4), Activation(LeakyRelu)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_LeakyRelu_MeanAbsoluteError__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(LeakyRelu)]
    [Dense(4), Activation(LeakyRelu)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_LeakyRelu_MeanAbsoluteError__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(LeakyRelu)]
    [Dense(4), Activation(LeakyRelu)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_LeakyRelu_Huber__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(LeakyRelu)]
    [Dense(4), Activation(LeakyRelu)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_LeakyRelu_Huber__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(LeakyRelu)]
    [Dense(4), Activation(LeakyRelu)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_LeakyRelu_BinaryCrossEntropy__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(LeakyRelu)]
    [Dense(4), Activation(LeakyRelu)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_LeakyRelu_BinaryCrossEntropy__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(LeakyRelu)]
    [Dense(4), Activation(LeakyRelu)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_LeakyRelu_CrossEntropy__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(LeakyRelu)]
    [Dense(4), Activation(LeakyRelu)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_LeakyRelu_CrossEntropy__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Relu6)]
    [Dense(4), Activation(Relu6)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu6_MeanSquaredError__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Relu6)]
    [Dense(4), Activation(Relu6)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu6_MeanSquaredError__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Relu6)]
    [Dense(4), Activation(Relu6)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu6_MeanAbsoluteError__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Relu6)]
    [Dense(4), Activation(Relu6)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu6_MeanAbsoluteError__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Relu6)]
    [Dense(4), Activation(Relu6)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu6_Huber__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Relu6)]
    [Dense(4), Activation(Relu6)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu6_Huber__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Relu6)]
    [Dense(4), Activation(Relu6)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu6_BinaryCrossEntropy__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Relu6)]
    [Dense(4), Activation(Relu6)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu6_BinaryCrossEntropy__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Relu6)]
    [Dense(4), Activation(Relu6)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu6_CrossEntropy__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Relu6)]
    [Dense(4), Activation(Relu6)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu6_CrossEntropy__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Sigmoid)]
    [Dense(4), Activation(Sigmoid)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Sigmoid_MeanSquaredError__PerRow { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Sigmoid)]
    [Dense(4), Activation(Sigmoid)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Sigmoid_MeanSquaredError__PerRow_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Sigmoid)]
    [Dense(4), Activation(Sigmoid)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Sigmoid_MeanSquaredError__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Sigmoid)]
    [Dense(4), Activation(Sigmoid)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Sigmoid_MeanSquaredError__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Sigmoid)]
    [Dense(4), Activation(Sigmoid)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Sigmoid_MeanAbsoluteError__PerRow { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Sigmoid)]
    [Dense(4), Activation(Sigmoid)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Sigmoid_MeanAbsoluteError__PerRow_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Sigmoid)]
    [Dense(4), Activation(Sigmoid)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Sigmoid_MeanAbsoluteError__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Sigmoid)]
    [Dense(4), Activation(Sigmoid)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Sigmoid_MeanAbsoluteError__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Sigmoid)]
    [Dense(4), Activation(Sigmoid)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Sigmoid_Huber__PerRow { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Sigmoid)]
    [Dense(4), Activation(Sigmoid)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Sigmoid_Huber__PerRow_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Sigmoid)]
    [Dense(4), Activation(Sigmoid)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Sigmoid_Huber__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Sigmoid)]
    [Dense(4), Activation(Sigmoid)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Sigmoid_Huber__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Sigmoid)]
    [Dense(4), Activation(Sigmoid)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Sigmoid_BinaryCrossEntropy__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Sigmoid)]
    [Dense(4), Activation(Sigmoid)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Sigmoid_BinaryCrossEntropy__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Sigmoid)]
    [Dense(4), Activation(Sigmoid)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Sigmoid_CrossEntropy__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Sigmoid)]
    [Dense(4), Activation(Sigmoid)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Sigmoid_CrossEntropy__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(4), Activation(Tanh)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Tanh_MeanSquaredError__PerRow { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(4), Activation(Tanh)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Tanh_MeanSquaredError__PerRow_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(4), Activation(Tanh)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Tanh_MeanSquaredError__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(4), Activation(Tanh)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Tanh_MeanSquaredError__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(4), Activation(Tanh)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Tanh_MeanAbsoluteError__PerRow { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(4), Activation(Tanh)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Tanh_MeanAbsoluteError__PerRow_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(4), Activation(Tanh)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Tanh_MeanAbsoluteError__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(4), Activation(Tanh)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Tanh_MeanAbsoluteError__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(4), Activation(Tanh)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Tanh_Huber__PerRow { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(4), Activation(Tanh)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Tanh_Huber__PerRow_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(4), Activation(Tanh)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Tanh_Huber__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(4), Activation(Tanh)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Tanh_Huber__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(4), Activation(Tanh)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Tanh_BinaryCrossEntropy__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(4), Activation(Tanh)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Tanh_BinaryCrossEntropy__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(4), Activation(Tanh)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Tanh_CrossEntropy__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(4), Activation(Tanh)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Tanh_CrossEntropy__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Softplus)]
    [Dense(4), Activation(Softplus)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Softplus_MeanSquaredError__PerRow { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Softplus)]
    [Dense(4), Activation(Softplus)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Softplus_MeanSquaredError__PerRow_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Softplus)]
    [Dense(4), Activation(Softplus)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Softplus_MeanSquaredError__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Softplus)]
    [Dense(4), Activation(Softplus)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Softplus_MeanSquaredError__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Softplus)]
    [Dense(4), Activation(Softplus)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Softplus_MeanAbsoluteError__PerRow { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Softplus)]
    [Dense(4), Activation(Softplus)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Softplus_MeanAbsoluteError__PerRow_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Softplus)]
    [Dense(4), Activation(Softplus)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Softplus_MeanAbsoluteError__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Softplus)]
    [Dense(4), Activation(Softplus)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Softplus_MeanAbsoluteError__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Softplus)]
    [Dense(4), Activation(Softplus)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Softplus_Huber__PerRow { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Softplus)]
    [Dense(4), Activation(Softplus)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Softplus_Huber__PerRow_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Softplus)]
    [Dense(4), Activation(Softplus)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Softplus_Huber__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Softplus)]
    [Dense(4), Activation(Softplus)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Softplus_Huber__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Softplus)]
    [Dense(4), Activation(Softplus)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Softplus_BinaryCrossEntropy__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Softplus)]
    [Dense(4), Activation(Softplus)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Softplus_BinaryCrossEntropy__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Softplus)]
    [Dense(4), Activation(Softplus)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Softplus_CrossEntropy__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Softplus)]
    [Dense(4), Activation(Softplus)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Softplus_CrossEntropy__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Elu)]
    [Dense(4), Activation(Elu)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Elu_MeanSquaredError__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Elu)]
    [Dense(4), Activation(Elu)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Elu_MeanSquaredError__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Elu)]
    [Dense(4), Activation(Elu)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Elu_MeanAbsoluteError__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Elu)]
    [Dense(4), Activation(Elu)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Elu_MeanAbsoluteError__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Elu)]
    [Dense(4), Activation(Elu)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Elu_Huber__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Elu)]
    [Dense(4), Activation(Elu)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Elu_Huber__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Elu)]
    [Dense(4), Activation(Elu)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Elu_BinaryCrossEntropy__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Elu)]
    [Dense(4), Activation(Elu)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Elu_BinaryCrossEntropy__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Elu)]
    [Dense(4), Activation(Elu)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Elu_CrossEntropy__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Elu)]
    [Dense(4), Activation(Elu)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Elu_CrossEntropy__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Selu)]
    [Dense(4), Activation(Selu)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Selu_MeanSquaredError__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Selu)]
    [Dense(4), Activation(Selu)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Selu_MeanSquaredError__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Selu)]
    [Dense(4), Activation(Selu)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Selu_MeanAbsoluteError__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Selu)]
    [Dense(4), Activation(Selu)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Selu_MeanAbsoluteError__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Selu)]
    [Dense(4), Activation(Selu)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Selu_Huber__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Selu)]
    [Dense(4), Activation(Selu)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Selu_Huber__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Selu)]
    [Dense(4), Activation(Selu)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Selu_BinaryCrossEntropy__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Selu)]
    [Dense(4), Activation(Selu)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Selu_BinaryCrossEntropy__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Selu)]
    [Dense(4), Activation(Selu)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Selu_CrossEntropy__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Selu)]
    [Dense(4), Activation(Selu)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Selu_CrossEntropy__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Gelu)]
    [Dense(4), Activation(Gelu)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Gelu_MeanSquaredError__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Gelu)]
    [Dense(4), Activation(Gelu)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Gelu_MeanSquaredError__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Gelu)]
    [Dense(4), Activation(Gelu)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Gelu_MeanAbsoluteError__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Gelu)]
    [Dense(4), Activation(Gelu)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Gelu_MeanAbsoluteError__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Gelu)]
    [Dense(4), Activation(Gelu)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Gelu_Huber__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Gelu)]
    [Dense(4), Activation(Gelu)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Gelu_Huber__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Gelu)]
    [Dense(4), Activation(Gelu)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Gelu_BinaryCrossEntropy__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Gelu)]
    [Dense(4), Activation(Gelu)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Gelu_BinaryCrossEntropy__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Gelu)]
    [Dense(4), Activation(Gelu)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Gelu_CrossEntropy__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Gelu)]
    [Dense(4), Activation(Gelu)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Gelu_CrossEntropy__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Silu)]
    [Dense(4), Activation(Silu)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Silu_MeanSquaredError__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Silu)]
    [Dense(4), Activation(Silu)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Silu_MeanSquaredError__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Silu)]
    [Dense(4), Activation(Silu)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Silu_MeanAbsoluteError__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Silu)]
    [Dense(4), Activation(Silu)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Silu_MeanAbsoluteError__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Silu)]
    [Dense(4), Activation(Silu)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Silu_Huber__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Silu)]
    [Dense(4), Activation(Silu)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Silu_Huber__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Silu)]
    [Dense(4), Activation(Silu)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Silu_BinaryCrossEntropy__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Silu)]
    [Dense(4), Activation(Silu)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Silu_BinaryCrossEntropy__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Silu)]
    [Dense(4), Activation(Silu)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Silu_CrossEntropy__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Silu)]
    [Dense(4), Activation(Silu)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Silu_CrossEntropy__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Mish)]
    [Dense(4), Activation(Mish)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Mish_MeanSquaredError__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Mish)]
    [Dense(4), Activation(Mish)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Mish_MeanSquaredError__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Mish)]
    [Dense(4), Activation(Mish)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Mish_MeanAbsoluteError__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Mish)]
    [Dense(4), Activation(Mish)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Mish_MeanAbsoluteError__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Mish)]
    [Dense(4), Activation(Mish)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Mish_Huber__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Mish)]
    [Dense(4), Activation(Mish)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Mish_Huber__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Mish)]
    [Dense(4), Activation(Mish)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Mish_BinaryCrossEntropy__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Mish)]
    [Dense(4), Activation(Mish)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Mish_BinaryCrossEntropy__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Mish)]
    [Dense(4), Activation(Mish)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Mish_CrossEntropy__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Mish)]
    [Dense(4), Activation(Mish)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Mish_CrossEntropy__BatchMajor_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(GeluTanh)]
    [Dense(4), Activation(GeluTanh)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_GeluTanh_MeanSquaredError { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(GeluTanh)]
    [Dense(4), Activation(GeluTanh)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_GeluTanh_MeanSquaredError_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(GeluTanh)]
    [Dense(4), Activation(GeluTanh)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_GeluTanh_MeanSquaredError__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(GeluTanh)]
    [Dense(4), Activation(GeluTanh)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_GeluTanh_MeanSquaredError__BatchMajor_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(GeluTanh)]
    [Dense(4), Activation(GeluTanh)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_GeluTanh_MeanAbsoluteError { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(GeluTanh)]
    [Dense(4), Activation(GeluTanh)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_GeluTanh_MeanAbsoluteError_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(GeluTanh)]
    [Dense(4), Activation(GeluTanh)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_GeluTanh_MeanAbsoluteError__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(GeluTanh)]
    [Dense(4), Activation(GeluTanh)]
    [Dense(2)]
    [Loss(Loss.MeanAbsoluteError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_GeluTanh_MeanAbsoluteError__BatchMajor_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(GeluTanh)]
    [Dense(4), Activation(GeluTanh)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_GeluTanh_Huber { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(GeluTanh)]
    [Dense(4), Activation(GeluTanh)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_GeluTanh_Huber_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(GeluTanh)]
    [Dense(4), Activation(GeluTanh)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_GeluTanh_Huber__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(GeluTanh)]
    [Dense(4), Activation(GeluTanh)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_GeluTanh_Huber__BatchMajor_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(GeluTanh)]
    [Dense(4), Activation(GeluTanh)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_GeluTanh_BinaryCrossEntropy { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(GeluTanh)]
    [Dense(4), Activation(GeluTanh)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_GeluTanh_BinaryCrossEntropy_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(GeluTanh)]
    [Dense(4), Activation(GeluTanh)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_GeluTanh_BinaryCrossEntropy__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(GeluTanh)]
    [Dense(4), Activation(GeluTanh)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_GeluTanh_BinaryCrossEntropy__BatchMajor_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(GeluTanh)]
    [Dense(4), Activation(GeluTanh)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_GeluTanh_CrossEntropy { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(GeluTanh)]
    [Dense(4), Activation(GeluTanh)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_GeluTanh_CrossEntropy_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(GeluTanh)]
    [Dense(4), Activation(GeluTanh)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_GeluTanh_CrossEntropy__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(GeluTanh)]
    [Dense(4), Activation(GeluTanh)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_GeluTanh_CrossEntropy__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(4), Activation(Tanh)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_SoftmaxHead_MeanSquaredError__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(4), Activation(Tanh)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_SoftmaxHead_MeanSquaredError__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_IdentityHead_Huber__PerRow { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_IdentityHead_Huber__PerRow_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_IdentityHead_Huber__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_IdentityHead_Huber__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Relu)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ReluHead_Huber__PerRow { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Relu)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ReluHead_Huber__PerRow_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Relu)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ReluHead_Huber__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Relu)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ReluHead_Huber__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(LeakyRelu)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_LeakyReluHead_Huber__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(LeakyRelu)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_LeakyReluHead_Huber__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Relu6)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu6Head_Huber__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Relu6)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Relu6Head_Huber__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_SigmoidHead_Huber__PerRow { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_SigmoidHead_Huber__PerRow_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_SigmoidHead_Huber__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_SigmoidHead_Huber__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Tanh)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_TanhHead_Huber__PerRow { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Tanh)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_TanhHead_Huber__PerRow_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Tanh)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_TanhHead_Huber__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Tanh)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_TanhHead_Huber__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Softplus)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_SoftplusHead_Huber__PerRow { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Softplus)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_SoftplusHead_Huber__PerRow_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Softplus)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_SoftplusHead_Huber__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Softplus)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_SoftplusHead_Huber__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Elu)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_EluHead_Huber__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Elu)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_EluHead_Huber__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Selu)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_SeluHead_Huber__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Selu)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_SeluHead_Huber__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Gelu)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_GeluHead_Huber__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Gelu)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_GeluHead_Huber__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Silu)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_SiluHead_Huber__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Silu)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_SiluHead_Huber__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Mish)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_MishHead_Huber__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(Mish)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_MishHead_Huber__BatchMajor_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(GeluTanh)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_GeluTanhHead_Huber { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(GeluTanh)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_GeluTanhHead_Huber_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(GeluTanh)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_GeluTanhHead_Huber__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(5), Activation(Tanh)]
    [Dense(2), Activation(GeluTanh)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_GeluTanhHead_Huber__BatchMajor_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(40)]
    [Dense(30), Activation(Tanh)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Looped_Tanh_MeanSquaredError__PerRow { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1)]
    [Input(40)]
    [Dense(30), Activation(Tanh)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Looped_Tanh_MeanSquaredError__PerRow_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(40)]
    [Dense(30), Activation(Elu)]
    [Dense(40), Activation(Mish)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Looped_Elu_Huber__PerRow { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1)]
    [Input(40)]
    [Dense(30), Activation(Elu)]
    [Dense(40), Activation(Mish)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Looped_Elu_Huber__PerRow_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(8)]
    [Dense(40), Activation(Relu)]
    [Dense(32), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Looped_Softmax_CrossEntropy__PerRow { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1)]
    [Input(8)]
    [Dense(40), Activation(Relu)]
    [Dense(32), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Looped_Softmax_CrossEntropy__PerRow_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(33)]
    [Dense(32), Activation(Gelu)]
    [Dense(1), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Looped_Sigmoid_BinaryCrossEntropy__PerRow { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1)]
    [Input(33)]
    [Dense(32), Activation(Gelu)]
    [Dense(1), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_Looped_Sigmoid_BinaryCrossEntropy__PerRow_F32 { }

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

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
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
    public partial class Grad_BudgetSplit_Tanh_MeanSquaredError__PerRow { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
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
    public partial class Grad_BudgetSplit_Tanh_MeanSquaredError__PerRow_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(1)]
    [Dense(16)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowIdentity_MeanSquaredError { }

    [Network(Seed = 1)]
    [Input(1)]
    [Dense(16)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowIdentity_MeanSquaredError_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(1)]
    [Dense(16)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowIdentity_MeanSquaredError__PerRow { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1)]
    [Input(1)]
    [Dense(16)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowIdentity_MeanSquaredError__PerRow_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.Lanes)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(1)]
    [Dense(16)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowIdentity_MeanSquaredError__Lanes { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.Lanes)]
    [Network(Seed = 1)]
    [Input(1)]
    [Dense(16)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowIdentity_MeanSquaredError__Lanes_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(1)]
    [Dense(16)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowIdentity_MeanSquaredError__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(1)]
    [Dense(16)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowIdentity_MeanSquaredError__BatchMajor_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(1)]
    [Dense(37), Activation(Relu)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowRelu_MeanSquaredError { }

    [Network(Seed = 1)]
    [Input(1)]
    [Dense(37), Activation(Relu)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowRelu_MeanSquaredError_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(1)]
    [Dense(37), Activation(Relu)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowRelu_MeanSquaredError__PerRow { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1)]
    [Input(1)]
    [Dense(37), Activation(Relu)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowRelu_MeanSquaredError__PerRow_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.Lanes)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(1)]
    [Dense(37), Activation(Relu)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowRelu_MeanSquaredError__Lanes { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.Lanes)]
    [Network(Seed = 1)]
    [Input(1)]
    [Dense(37), Activation(Relu)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowRelu_MeanSquaredError__Lanes_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(1)]
    [Dense(37), Activation(Relu)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowRelu_MeanSquaredError__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(1)]
    [Dense(37), Activation(Relu)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowRelu_MeanSquaredError__BatchMajor_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(1)]
    [Dense(8), Activation(Sigmoid)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowSigmoid_MeanSquaredError { }

    [Network(Seed = 1)]
    [Input(1)]
    [Dense(8), Activation(Sigmoid)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowSigmoid_MeanSquaredError_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(1)]
    [Dense(8), Activation(Sigmoid)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowSigmoid_MeanSquaredError__PerRow { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1)]
    [Input(1)]
    [Dense(8), Activation(Sigmoid)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowSigmoid_MeanSquaredError__PerRow_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.Lanes)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(1)]
    [Dense(8), Activation(Sigmoid)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowSigmoid_MeanSquaredError__Lanes { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.Lanes)]
    [Network(Seed = 1)]
    [Input(1)]
    [Dense(8), Activation(Sigmoid)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowSigmoid_MeanSquaredError__Lanes_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(1)]
    [Dense(8), Activation(Sigmoid)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowSigmoid_MeanSquaredError__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(1)]
    [Dense(8), Activation(Sigmoid)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowSigmoid_MeanSquaredError__BatchMajor_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(1)]
    [Dense(13), Activation(Tanh)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowTanh_MeanSquaredError { }

    [Network(Seed = 1)]
    [Input(1)]
    [Dense(13), Activation(Tanh)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowTanh_MeanSquaredError_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(1)]
    [Dense(13), Activation(Tanh)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowTanh_MeanSquaredError__PerRow { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1)]
    [Input(1)]
    [Dense(13), Activation(Tanh)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowTanh_MeanSquaredError__PerRow_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.Lanes)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(1)]
    [Dense(13), Activation(Tanh)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowTanh_MeanSquaredError__Lanes { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.Lanes)]
    [Network(Seed = 1)]
    [Input(1)]
    [Dense(13), Activation(Tanh)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowTanh_MeanSquaredError__Lanes_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(1)]
    [Dense(13), Activation(Tanh)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowTanh_MeanSquaredError__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(1)]
    [Dense(13), Activation(Tanh)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowTanh_MeanSquaredError__BatchMajor_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(1)]
    [Dense(37), Activation(Softplus)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowSoftplus_MeanSquaredError { }

    [Network(Seed = 1)]
    [Input(1)]
    [Dense(37), Activation(Softplus)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowSoftplus_MeanSquaredError_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(1)]
    [Dense(37), Activation(Softplus)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowSoftplus_MeanSquaredError__PerRow { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Network(Seed = 1)]
    [Input(1)]
    [Dense(37), Activation(Softplus)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowSoftplus_MeanSquaredError__PerRow_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.Lanes)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(1)]
    [Dense(37), Activation(Softplus)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowSoftplus_MeanSquaredError__Lanes { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.Lanes)]
    [Network(Seed = 1)]
    [Input(1)]
    [Dense(37), Activation(Softplus)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowSoftplus_MeanSquaredError__Lanes_F32 { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(1)]
    [Dense(37), Activation(Softplus)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowSoftplus_MeanSquaredError__BatchMajor { }

    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.BatchMajor)]
    [Network(Seed = 1)]
    [Input(1)]
    [Dense(37), Activation(Softplus)]
    [Dense(1)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.1)]
    public partial class Grad_ShallowSoftplus_MeanSquaredError__BatchMajor_F32 { }

    /// <summary>The gradient-check networks by name (each trains by the planner's choice), their shapes, and their
    /// variants forced to each other strategy that admits them, by (name, strategy).</summary>
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
            ["Grad_GeluTanh_MeanSquaredError"] = () => new Grad_GeluTanh_MeanSquaredError(),
            ["Grad_GeluTanh_MeanAbsoluteError"] = () => new Grad_GeluTanh_MeanAbsoluteError(),
            ["Grad_GeluTanh_Huber"] = () => new Grad_GeluTanh_Huber(),
            ["Grad_GeluTanh_BinaryCrossEntropy"] = () => new Grad_GeluTanh_BinaryCrossEntropy(),
            ["Grad_GeluTanh_CrossEntropy"] = () => new Grad_GeluTanh_CrossEntropy(),
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
            ["Grad_GeluTanhHead_Huber"] = () => new Grad_GeluTanhHead_Huber(),
            ["Grad_Looped_Tanh_MeanSquaredError"] = () => new Grad_Looped_Tanh_MeanSquaredError(),
            ["Grad_Looped_Elu_Huber"] = () => new Grad_Looped_Elu_Huber(),
            ["Grad_Looped_Softmax_CrossEntropy"] = () => new Grad_Looped_Softmax_CrossEntropy(),
            ["Grad_Looped_Sigmoid_BinaryCrossEntropy"] = () => new Grad_Looped_Sigmoid_BinaryCrossEntropy(),
            ["Grad_BudgetSplit_Tanh_MeanSquaredError"] = () => new Grad_BudgetSplit_Tanh_MeanSquaredError(),
            ["Grad_ShallowIdentity_MeanSquaredError"] = () => new Grad_ShallowIdentity_MeanSquaredError(),
            ["Grad_ShallowRelu_MeanSquaredError"] = () => new Grad_ShallowRelu_MeanSquaredError(),
            ["Grad_ShallowSigmoid_MeanSquaredError"] = () => new Grad_ShallowSigmoid_MeanSquaredError(),
            ["Grad_ShallowTanh_MeanSquaredError"] = () => new Grad_ShallowTanh_MeanSquaredError(),
            ["Grad_ShallowSoftplus_MeanSquaredError"] = () => new Grad_ShallowSoftplus_MeanSquaredError(),
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
            ["Grad_GeluTanh_MeanSquaredError"] = () => new Grad_GeluTanh_MeanSquaredError_F32(),
            ["Grad_GeluTanh_MeanAbsoluteError"] = () => new Grad_GeluTanh_MeanAbsoluteError_F32(),
            ["Grad_GeluTanh_Huber"] = () => new Grad_GeluTanh_Huber_F32(),
            ["Grad_GeluTanh_BinaryCrossEntropy"] = () => new Grad_GeluTanh_BinaryCrossEntropy_F32(),
            ["Grad_GeluTanh_CrossEntropy"] = () => new Grad_GeluTanh_CrossEntropy_F32(),
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
            ["Grad_GeluTanhHead_Huber"] = () => new Grad_GeluTanhHead_Huber_F32(),
            ["Grad_Looped_Tanh_MeanSquaredError"] = () => new Grad_Looped_Tanh_MeanSquaredError_F32(),
            ["Grad_Looped_Elu_Huber"] = () => new Grad_Looped_Elu_Huber_F32(),
            ["Grad_Looped_Softmax_CrossEntropy"] = () => new Grad_Looped_Softmax_CrossEntropy_F32(),
            ["Grad_Looped_Sigmoid_BinaryCrossEntropy"] = () => new Grad_Looped_Sigmoid_BinaryCrossEntropy_F32(),
            ["Grad_BudgetSplit_Tanh_MeanSquaredError"] = () => new Grad_BudgetSplit_Tanh_MeanSquaredError_F32(),
            ["Grad_ShallowIdentity_MeanSquaredError"] = () => new Grad_ShallowIdentity_MeanSquaredError_F32(),
            ["Grad_ShallowRelu_MeanSquaredError"] = () => new Grad_ShallowRelu_MeanSquaredError_F32(),
            ["Grad_ShallowSigmoid_MeanSquaredError"] = () => new Grad_ShallowSigmoid_MeanSquaredError_F32(),
            ["Grad_ShallowTanh_MeanSquaredError"] = () => new Grad_ShallowTanh_MeanSquaredError_F32(),
            ["Grad_ShallowSoftplus_MeanSquaredError"] = () => new Grad_ShallowSoftplus_MeanSquaredError_F32(),
        };

        public static readonly System.Collections.Generic.Dictionary<(string Network, NetGen.Runtime.TrainingStrategy Strategy), System.Func<INeuralNetwork<double>>> ForcedDouble = new()
        {
            [("Grad_Identity_MeanSquaredError", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Identity_MeanSquaredError__PerRow(),
            [("Grad_Identity_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Identity_MeanSquaredError__BatchMajor(),
            [("Grad_Identity_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Identity_MeanAbsoluteError__PerRow(),
            [("Grad_Identity_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Identity_MeanAbsoluteError__BatchMajor(),
            [("Grad_Identity_Huber", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Identity_Huber__PerRow(),
            [("Grad_Identity_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Identity_Huber__BatchMajor(),
            [("Grad_Identity_BinaryCrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Identity_BinaryCrossEntropy__BatchMajor(),
            [("Grad_Identity_CrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Identity_CrossEntropy__BatchMajor(),
            [("Grad_Relu_MeanSquaredError", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Relu_MeanSquaredError__PerRow(),
            [("Grad_Relu_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Relu_MeanSquaredError__BatchMajor(),
            [("Grad_Relu_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Relu_MeanAbsoluteError__PerRow(),
            [("Grad_Relu_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Relu_MeanAbsoluteError__BatchMajor(),
            [("Grad_Relu_Huber", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Relu_Huber__PerRow(),
            [("Grad_Relu_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Relu_Huber__BatchMajor(),
            [("Grad_Relu_BinaryCrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Relu_BinaryCrossEntropy__BatchMajor(),
            [("Grad_Relu_CrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Relu_CrossEntropy__BatchMajor(),
            [("Grad_LeakyRelu_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_LeakyRelu_MeanSquaredError__BatchMajor(),
            [("Grad_LeakyRelu_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_LeakyRelu_MeanAbsoluteError__BatchMajor(),
            [("Grad_LeakyRelu_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_LeakyRelu_Huber__BatchMajor(),
            [("Grad_LeakyRelu_BinaryCrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_LeakyRelu_BinaryCrossEntropy__BatchMajor(),
            [("Grad_LeakyRelu_CrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_LeakyRelu_CrossEntropy__BatchMajor(),
            [("Grad_Relu6_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Relu6_MeanSquaredError__BatchMajor(),
            [("Grad_Relu6_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Relu6_MeanAbsoluteError__BatchMajor(),
            [("Grad_Relu6_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Relu6_Huber__BatchMajor(),
            [("Grad_Relu6_BinaryCrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Relu6_BinaryCrossEntropy__BatchMajor(),
            [("Grad_Relu6_CrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Relu6_CrossEntropy__BatchMajor(),
            [("Grad_Sigmoid_MeanSquaredError", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Sigmoid_MeanSquaredError__PerRow(),
            [("Grad_Sigmoid_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Sigmoid_MeanSquaredError__BatchMajor(),
            [("Grad_Sigmoid_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Sigmoid_MeanAbsoluteError__PerRow(),
            [("Grad_Sigmoid_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Sigmoid_MeanAbsoluteError__BatchMajor(),
            [("Grad_Sigmoid_Huber", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Sigmoid_Huber__PerRow(),
            [("Grad_Sigmoid_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Sigmoid_Huber__BatchMajor(),
            [("Grad_Sigmoid_BinaryCrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Sigmoid_BinaryCrossEntropy__BatchMajor(),
            [("Grad_Sigmoid_CrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Sigmoid_CrossEntropy__BatchMajor(),
            [("Grad_Tanh_MeanSquaredError", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Tanh_MeanSquaredError__PerRow(),
            [("Grad_Tanh_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Tanh_MeanSquaredError__BatchMajor(),
            [("Grad_Tanh_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Tanh_MeanAbsoluteError__PerRow(),
            [("Grad_Tanh_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Tanh_MeanAbsoluteError__BatchMajor(),
            [("Grad_Tanh_Huber", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Tanh_Huber__PerRow(),
            [("Grad_Tanh_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Tanh_Huber__BatchMajor(),
            [("Grad_Tanh_BinaryCrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Tanh_BinaryCrossEntropy__BatchMajor(),
            [("Grad_Tanh_CrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Tanh_CrossEntropy__BatchMajor(),
            [("Grad_Softplus_MeanSquaredError", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Softplus_MeanSquaredError__PerRow(),
            [("Grad_Softplus_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Softplus_MeanSquaredError__BatchMajor(),
            [("Grad_Softplus_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Softplus_MeanAbsoluteError__PerRow(),
            [("Grad_Softplus_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Softplus_MeanAbsoluteError__BatchMajor(),
            [("Grad_Softplus_Huber", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Softplus_Huber__PerRow(),
            [("Grad_Softplus_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Softplus_Huber__BatchMajor(),
            [("Grad_Softplus_BinaryCrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Softplus_BinaryCrossEntropy__BatchMajor(),
            [("Grad_Softplus_CrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Softplus_CrossEntropy__BatchMajor(),
            [("Grad_Elu_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Elu_MeanSquaredError__BatchMajor(),
            [("Grad_Elu_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Elu_MeanAbsoluteError__BatchMajor(),
            [("Grad_Elu_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Elu_Huber__BatchMajor(),
            [("Grad_Elu_BinaryCrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Elu_BinaryCrossEntropy__BatchMajor(),
            [("Grad_Elu_CrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Elu_CrossEntropy__BatchMajor(),
            [("Grad_Selu_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Selu_MeanSquaredError__BatchMajor(),
            [("Grad_Selu_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Selu_MeanAbsoluteError__BatchMajor(),
            [("Grad_Selu_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Selu_Huber__BatchMajor(),
            [("Grad_Selu_BinaryCrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Selu_BinaryCrossEntropy__BatchMajor(),
            [("Grad_Selu_CrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Selu_CrossEntropy__BatchMajor(),
            [("Grad_Gelu_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Gelu_MeanSquaredError__BatchMajor(),
            [("Grad_Gelu_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Gelu_MeanAbsoluteError__BatchMajor(),
            [("Grad_Gelu_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Gelu_Huber__BatchMajor(),
            [("Grad_Gelu_BinaryCrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Gelu_BinaryCrossEntropy__BatchMajor(),
            [("Grad_Gelu_CrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Gelu_CrossEntropy__BatchMajor(),
            [("Grad_Silu_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Silu_MeanSquaredError__BatchMajor(),
            [("Grad_Silu_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Silu_MeanAbsoluteError__BatchMajor(),
            [("Grad_Silu_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Silu_Huber__BatchMajor(),
            [("Grad_Silu_BinaryCrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Silu_BinaryCrossEntropy__BatchMajor(),
            [("Grad_Silu_CrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Silu_CrossEntropy__BatchMajor(),
            [("Grad_Mish_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Mish_MeanSquaredError__BatchMajor(),
            [("Grad_Mish_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Mish_MeanAbsoluteError__BatchMajor(),
            [("Grad_Mish_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Mish_Huber__BatchMajor(),
            [("Grad_Mish_BinaryCrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Mish_BinaryCrossEntropy__BatchMajor(),
            [("Grad_Mish_CrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Mish_CrossEntropy__BatchMajor(),
            [("Grad_GeluTanh_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_GeluTanh_MeanSquaredError__BatchMajor(),
            [("Grad_GeluTanh_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_GeluTanh_MeanAbsoluteError__BatchMajor(),
            [("Grad_GeluTanh_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_GeluTanh_Huber__BatchMajor(),
            [("Grad_GeluTanh_BinaryCrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_GeluTanh_BinaryCrossEntropy__BatchMajor(),
            [("Grad_GeluTanh_CrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_GeluTanh_CrossEntropy__BatchMajor(),
            [("Grad_SoftmaxHead_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_SoftmaxHead_MeanSquaredError__BatchMajor(),
            [("Grad_IdentityHead_Huber", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_IdentityHead_Huber__PerRow(),
            [("Grad_IdentityHead_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_IdentityHead_Huber__BatchMajor(),
            [("Grad_ReluHead_Huber", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_ReluHead_Huber__PerRow(),
            [("Grad_ReluHead_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_ReluHead_Huber__BatchMajor(),
            [("Grad_LeakyReluHead_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_LeakyReluHead_Huber__BatchMajor(),
            [("Grad_Relu6Head_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Relu6Head_Huber__BatchMajor(),
            [("Grad_SigmoidHead_Huber", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_SigmoidHead_Huber__PerRow(),
            [("Grad_SigmoidHead_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_SigmoidHead_Huber__BatchMajor(),
            [("Grad_TanhHead_Huber", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_TanhHead_Huber__PerRow(),
            [("Grad_TanhHead_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_TanhHead_Huber__BatchMajor(),
            [("Grad_SoftplusHead_Huber", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_SoftplusHead_Huber__PerRow(),
            [("Grad_SoftplusHead_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_SoftplusHead_Huber__BatchMajor(),
            [("Grad_EluHead_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_EluHead_Huber__BatchMajor(),
            [("Grad_SeluHead_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_SeluHead_Huber__BatchMajor(),
            [("Grad_GeluHead_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_GeluHead_Huber__BatchMajor(),
            [("Grad_SiluHead_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_SiluHead_Huber__BatchMajor(),
            [("Grad_MishHead_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_MishHead_Huber__BatchMajor(),
            [("Grad_GeluTanhHead_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_GeluTanhHead_Huber__BatchMajor(),
            [("Grad_Looped_Tanh_MeanSquaredError", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Looped_Tanh_MeanSquaredError__PerRow(),
            [("Grad_Looped_Elu_Huber", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Looped_Elu_Huber__PerRow(),
            [("Grad_Looped_Softmax_CrossEntropy", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Looped_Softmax_CrossEntropy__PerRow(),
            [("Grad_Looped_Sigmoid_BinaryCrossEntropy", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Looped_Sigmoid_BinaryCrossEntropy__PerRow(),
            [("Grad_BudgetSplit_Tanh_MeanSquaredError", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_BudgetSplit_Tanh_MeanSquaredError__PerRow(),
            [("Grad_ShallowIdentity_MeanSquaredError", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_ShallowIdentity_MeanSquaredError__PerRow(),
            [("Grad_ShallowIdentity_MeanSquaredError", NetGen.Runtime.TrainingStrategy.Lanes)] = () => new Grad_ShallowIdentity_MeanSquaredError__Lanes(),
            [("Grad_ShallowIdentity_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_ShallowIdentity_MeanSquaredError__BatchMajor(),
            [("Grad_ShallowRelu_MeanSquaredError", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_ShallowRelu_MeanSquaredError__PerRow(),
            [("Grad_ShallowRelu_MeanSquaredError", NetGen.Runtime.TrainingStrategy.Lanes)] = () => new Grad_ShallowRelu_MeanSquaredError__Lanes(),
            [("Grad_ShallowRelu_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_ShallowRelu_MeanSquaredError__BatchMajor(),
            [("Grad_ShallowSigmoid_MeanSquaredError", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_ShallowSigmoid_MeanSquaredError__PerRow(),
            [("Grad_ShallowSigmoid_MeanSquaredError", NetGen.Runtime.TrainingStrategy.Lanes)] = () => new Grad_ShallowSigmoid_MeanSquaredError__Lanes(),
            [("Grad_ShallowSigmoid_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_ShallowSigmoid_MeanSquaredError__BatchMajor(),
            [("Grad_ShallowTanh_MeanSquaredError", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_ShallowTanh_MeanSquaredError__PerRow(),
            [("Grad_ShallowTanh_MeanSquaredError", NetGen.Runtime.TrainingStrategy.Lanes)] = () => new Grad_ShallowTanh_MeanSquaredError__Lanes(),
            [("Grad_ShallowTanh_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_ShallowTanh_MeanSquaredError__BatchMajor(),
            [("Grad_ShallowSoftplus_MeanSquaredError", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_ShallowSoftplus_MeanSquaredError__PerRow(),
            [("Grad_ShallowSoftplus_MeanSquaredError", NetGen.Runtime.TrainingStrategy.Lanes)] = () => new Grad_ShallowSoftplus_MeanSquaredError__Lanes(),
            [("Grad_ShallowSoftplus_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_ShallowSoftplus_MeanSquaredError__BatchMajor(),
        };

        public static readonly System.Collections.Generic.Dictionary<(string Network, NetGen.Runtime.TrainingStrategy Strategy), System.Func<INeuralNetwork<float>>> ForcedSingle = new()
        {
            [("Grad_Identity_MeanSquaredError", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Identity_MeanSquaredError__PerRow_F32(),
            [("Grad_Identity_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Identity_MeanSquaredError__BatchMajor_F32(),
            [("Grad_Identity_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Identity_MeanAbsoluteError__PerRow_F32(),
            [("Grad_Identity_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Identity_MeanAbsoluteError__BatchMajor_F32(),
            [("Grad_Identity_Huber", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Identity_Huber__PerRow_F32(),
            [("Grad_Identity_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Identity_Huber__BatchMajor_F32(),
            [("Grad_Identity_BinaryCrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Identity_BinaryCrossEntropy__BatchMajor_F32(),
            [("Grad_Identity_CrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Identity_CrossEntropy__BatchMajor_F32(),
            [("Grad_Relu_MeanSquaredError", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Relu_MeanSquaredError__PerRow_F32(),
            [("Grad_Relu_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Relu_MeanSquaredError__BatchMajor_F32(),
            [("Grad_Relu_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Relu_MeanAbsoluteError__PerRow_F32(),
            [("Grad_Relu_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Relu_MeanAbsoluteError__BatchMajor_F32(),
            [("Grad_Relu_Huber", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Relu_Huber__PerRow_F32(),
            [("Grad_Relu_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Relu_Huber__BatchMajor_F32(),
            [("Grad_Relu_BinaryCrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Relu_BinaryCrossEntropy__BatchMajor_F32(),
            [("Grad_Relu_CrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Relu_CrossEntropy__BatchMajor_F32(),
            [("Grad_LeakyRelu_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_LeakyRelu_MeanSquaredError__BatchMajor_F32(),
            [("Grad_LeakyRelu_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_LeakyRelu_MeanAbsoluteError__BatchMajor_F32(),
            [("Grad_LeakyRelu_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_LeakyRelu_Huber__BatchMajor_F32(),
            [("Grad_LeakyRelu_BinaryCrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_LeakyRelu_BinaryCrossEntropy__BatchMajor_F32(),
            [("Grad_LeakyRelu_CrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_LeakyRelu_CrossEntropy__BatchMajor_F32(),
            [("Grad_Relu6_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Relu6_MeanSquaredError__BatchMajor_F32(),
            [("Grad_Relu6_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Relu6_MeanAbsoluteError__BatchMajor_F32(),
            [("Grad_Relu6_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Relu6_Huber__BatchMajor_F32(),
            [("Grad_Relu6_BinaryCrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Relu6_BinaryCrossEntropy__BatchMajor_F32(),
            [("Grad_Relu6_CrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Relu6_CrossEntropy__BatchMajor_F32(),
            [("Grad_Sigmoid_MeanSquaredError", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Sigmoid_MeanSquaredError__PerRow_F32(),
            [("Grad_Sigmoid_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Sigmoid_MeanSquaredError__BatchMajor_F32(),
            [("Grad_Sigmoid_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Sigmoid_MeanAbsoluteError__PerRow_F32(),
            [("Grad_Sigmoid_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Sigmoid_MeanAbsoluteError__BatchMajor_F32(),
            [("Grad_Sigmoid_Huber", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Sigmoid_Huber__PerRow_F32(),
            [("Grad_Sigmoid_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Sigmoid_Huber__BatchMajor_F32(),
            [("Grad_Sigmoid_BinaryCrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Sigmoid_BinaryCrossEntropy__BatchMajor_F32(),
            [("Grad_Sigmoid_CrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Sigmoid_CrossEntropy__BatchMajor_F32(),
            [("Grad_Tanh_MeanSquaredError", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Tanh_MeanSquaredError__PerRow_F32(),
            [("Grad_Tanh_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Tanh_MeanSquaredError__BatchMajor_F32(),
            [("Grad_Tanh_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Tanh_MeanAbsoluteError__PerRow_F32(),
            [("Grad_Tanh_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Tanh_MeanAbsoluteError__BatchMajor_F32(),
            [("Grad_Tanh_Huber", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Tanh_Huber__PerRow_F32(),
            [("Grad_Tanh_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Tanh_Huber__BatchMajor_F32(),
            [("Grad_Tanh_BinaryCrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Tanh_BinaryCrossEntropy__BatchMajor_F32(),
            [("Grad_Tanh_CrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Tanh_CrossEntropy__BatchMajor_F32(),
            [("Grad_Softplus_MeanSquaredError", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Softplus_MeanSquaredError__PerRow_F32(),
            [("Grad_Softplus_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Softplus_MeanSquaredError__BatchMajor_F32(),
            [("Grad_Softplus_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Softplus_MeanAbsoluteError__PerRow_F32(),
            [("Grad_Softplus_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Softplus_MeanAbsoluteError__BatchMajor_F32(),
            [("Grad_Softplus_Huber", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Softplus_Huber__PerRow_F32(),
            [("Grad_Softplus_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Softplus_Huber__BatchMajor_F32(),
            [("Grad_Softplus_BinaryCrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Softplus_BinaryCrossEntropy__BatchMajor_F32(),
            [("Grad_Softplus_CrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Softplus_CrossEntropy__BatchMajor_F32(),
            [("Grad_Elu_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Elu_MeanSquaredError__BatchMajor_F32(),
            [("Grad_Elu_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Elu_MeanAbsoluteError__BatchMajor_F32(),
            [("Grad_Elu_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Elu_Huber__BatchMajor_F32(),
            [("Grad_Elu_BinaryCrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Elu_BinaryCrossEntropy__BatchMajor_F32(),
            [("Grad_Elu_CrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Elu_CrossEntropy__BatchMajor_F32(),
            [("Grad_Selu_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Selu_MeanSquaredError__BatchMajor_F32(),
            [("Grad_Selu_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Selu_MeanAbsoluteError__BatchMajor_F32(),
            [("Grad_Selu_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Selu_Huber__BatchMajor_F32(),
            [("Grad_Selu_BinaryCrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Selu_BinaryCrossEntropy__BatchMajor_F32(),
            [("Grad_Selu_CrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Selu_CrossEntropy__BatchMajor_F32(),
            [("Grad_Gelu_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Gelu_MeanSquaredError__BatchMajor_F32(),
            [("Grad_Gelu_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Gelu_MeanAbsoluteError__BatchMajor_F32(),
            [("Grad_Gelu_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Gelu_Huber__BatchMajor_F32(),
            [("Grad_Gelu_BinaryCrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Gelu_BinaryCrossEntropy__BatchMajor_F32(),
            [("Grad_Gelu_CrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Gelu_CrossEntropy__BatchMajor_F32(),
            [("Grad_Silu_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Silu_MeanSquaredError__BatchMajor_F32(),
            [("Grad_Silu_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Silu_MeanAbsoluteError__BatchMajor_F32(),
            [("Grad_Silu_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Silu_Huber__BatchMajor_F32(),
            [("Grad_Silu_BinaryCrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Silu_BinaryCrossEntropy__BatchMajor_F32(),
            [("Grad_Silu_CrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Silu_CrossEntropy__BatchMajor_F32(),
            [("Grad_Mish_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Mish_MeanSquaredError__BatchMajor_F32(),
            [("Grad_Mish_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Mish_MeanAbsoluteError__BatchMajor_F32(),
            [("Grad_Mish_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Mish_Huber__BatchMajor_F32(),
            [("Grad_Mish_BinaryCrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Mish_BinaryCrossEntropy__BatchMajor_F32(),
            [("Grad_Mish_CrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Mish_CrossEntropy__BatchMajor_F32(),
            [("Grad_GeluTanh_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_GeluTanh_MeanSquaredError__BatchMajor_F32(),
            [("Grad_GeluTanh_MeanAbsoluteError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_GeluTanh_MeanAbsoluteError__BatchMajor_F32(),
            [("Grad_GeluTanh_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_GeluTanh_Huber__BatchMajor_F32(),
            [("Grad_GeluTanh_BinaryCrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_GeluTanh_BinaryCrossEntropy__BatchMajor_F32(),
            [("Grad_GeluTanh_CrossEntropy", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_GeluTanh_CrossEntropy__BatchMajor_F32(),
            [("Grad_SoftmaxHead_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_SoftmaxHead_MeanSquaredError__BatchMajor_F32(),
            [("Grad_IdentityHead_Huber", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_IdentityHead_Huber__PerRow_F32(),
            [("Grad_IdentityHead_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_IdentityHead_Huber__BatchMajor_F32(),
            [("Grad_ReluHead_Huber", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_ReluHead_Huber__PerRow_F32(),
            [("Grad_ReluHead_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_ReluHead_Huber__BatchMajor_F32(),
            [("Grad_LeakyReluHead_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_LeakyReluHead_Huber__BatchMajor_F32(),
            [("Grad_Relu6Head_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_Relu6Head_Huber__BatchMajor_F32(),
            [("Grad_SigmoidHead_Huber", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_SigmoidHead_Huber__PerRow_F32(),
            [("Grad_SigmoidHead_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_SigmoidHead_Huber__BatchMajor_F32(),
            [("Grad_TanhHead_Huber", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_TanhHead_Huber__PerRow_F32(),
            [("Grad_TanhHead_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_TanhHead_Huber__BatchMajor_F32(),
            [("Grad_SoftplusHead_Huber", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_SoftplusHead_Huber__PerRow_F32(),
            [("Grad_SoftplusHead_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_SoftplusHead_Huber__BatchMajor_F32(),
            [("Grad_EluHead_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_EluHead_Huber__BatchMajor_F32(),
            [("Grad_SeluHead_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_SeluHead_Huber__BatchMajor_F32(),
            [("Grad_GeluHead_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_GeluHead_Huber__BatchMajor_F32(),
            [("Grad_SiluHead_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_SiluHead_Huber__BatchMajor_F32(),
            [("Grad_MishHead_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_MishHead_Huber__BatchMajor_F32(),
            [("Grad_GeluTanhHead_Huber", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_GeluTanhHead_Huber__BatchMajor_F32(),
            [("Grad_Looped_Tanh_MeanSquaredError", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Looped_Tanh_MeanSquaredError__PerRow_F32(),
            [("Grad_Looped_Elu_Huber", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Looped_Elu_Huber__PerRow_F32(),
            [("Grad_Looped_Softmax_CrossEntropy", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Looped_Softmax_CrossEntropy__PerRow_F32(),
            [("Grad_Looped_Sigmoid_BinaryCrossEntropy", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_Looped_Sigmoid_BinaryCrossEntropy__PerRow_F32(),
            [("Grad_BudgetSplit_Tanh_MeanSquaredError", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_BudgetSplit_Tanh_MeanSquaredError__PerRow_F32(),
            [("Grad_ShallowIdentity_MeanSquaredError", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_ShallowIdentity_MeanSquaredError__PerRow_F32(),
            [("Grad_ShallowIdentity_MeanSquaredError", NetGen.Runtime.TrainingStrategy.Lanes)] = () => new Grad_ShallowIdentity_MeanSquaredError__Lanes_F32(),
            [("Grad_ShallowIdentity_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_ShallowIdentity_MeanSquaredError__BatchMajor_F32(),
            [("Grad_ShallowRelu_MeanSquaredError", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_ShallowRelu_MeanSquaredError__PerRow_F32(),
            [("Grad_ShallowRelu_MeanSquaredError", NetGen.Runtime.TrainingStrategy.Lanes)] = () => new Grad_ShallowRelu_MeanSquaredError__Lanes_F32(),
            [("Grad_ShallowRelu_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_ShallowRelu_MeanSquaredError__BatchMajor_F32(),
            [("Grad_ShallowSigmoid_MeanSquaredError", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_ShallowSigmoid_MeanSquaredError__PerRow_F32(),
            [("Grad_ShallowSigmoid_MeanSquaredError", NetGen.Runtime.TrainingStrategy.Lanes)] = () => new Grad_ShallowSigmoid_MeanSquaredError__Lanes_F32(),
            [("Grad_ShallowSigmoid_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_ShallowSigmoid_MeanSquaredError__BatchMajor_F32(),
            [("Grad_ShallowTanh_MeanSquaredError", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_ShallowTanh_MeanSquaredError__PerRow_F32(),
            [("Grad_ShallowTanh_MeanSquaredError", NetGen.Runtime.TrainingStrategy.Lanes)] = () => new Grad_ShallowTanh_MeanSquaredError__Lanes_F32(),
            [("Grad_ShallowTanh_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_ShallowTanh_MeanSquaredError__BatchMajor_F32(),
            [("Grad_ShallowSoftplus_MeanSquaredError", NetGen.Runtime.TrainingStrategy.PerRow)] = () => new Grad_ShallowSoftplus_MeanSquaredError__PerRow_F32(),
            [("Grad_ShallowSoftplus_MeanSquaredError", NetGen.Runtime.TrainingStrategy.Lanes)] = () => new Grad_ShallowSoftplus_MeanSquaredError__Lanes_F32(),
            [("Grad_ShallowSoftplus_MeanSquaredError", NetGen.Runtime.TrainingStrategy.BatchMajor)] = () => new Grad_ShallowSoftplus_MeanSquaredError__BatchMajor_F32(),
        };

        /// <summary>Layer sizes (inputs first), one activation per layer, and the loss, as declared.</summary>
        public static readonly System.Collections.Generic.Dictionary<string, GradientShape> Shapes = new()
        {
            ["Grad_Identity_MeanSquaredError"] = new(new[] { 3, 5, 4, 2 }, new[] { Identity, Identity, Identity }, Loss.MeanSquaredError),
            ["Grad_Identity_MeanAbsoluteError"] = new(new[] { 3, 5, 4, 2 }, new[] { Identity, Identity, Identity }, Loss.MeanAbsoluteError),
            ["Grad_Identity_Huber"] = new(new[] { 3, 5, 4, 2 }, new[] { Identity, Identity, Identity }, Loss.Huber),
            ["Grad_Identity_BinaryCrossEntropy"] = new(new[] { 3, 5, 4, 2 }, new[] { Identity, Identity, Sigmoid }, Loss.BinaryCrossEntropy),
            ["Grad_Identity_CrossEntropy"] = new(new[] { 3, 5, 4, 3 }, new[] { Identity, Identity, Softmax }, Loss.CrossEntropy),
            ["Grad_Relu_MeanSquaredError"] = new(new[] { 3, 5, 4, 2 }, new[] { Relu, Relu, Identity }, Loss.MeanSquaredError),
            ["Grad_Relu_MeanAbsoluteError"] = new(new[] { 3, 5, 4, 2 }, new[] { Relu, Relu, Identity }, Loss.MeanAbsoluteError),
            ["Grad_Relu_Huber"] = new(new[] { 3, 5, 4, 2 }, new[] { Relu, Relu, Identity }, Loss.Huber),
            ["Grad_Relu_BinaryCrossEntropy"] = new(new[] { 3, 5, 4, 2 }, new[] { Relu, Relu, Sigmoid }, Loss.BinaryCrossEntropy),
            ["Grad_Relu_CrossEntropy"] = new(new[] { 3, 5, 4, 3 }, new[] { Relu, Relu, Softmax }, Loss.CrossEntropy),
            ["Grad_LeakyRelu_MeanSquaredError"] = new(new[] { 3, 5, 4, 2 }, new[] { LeakyRelu, LeakyRelu, Identity }, Loss.MeanSquaredError),
            ["Grad_LeakyRelu_MeanAbsoluteError"] = new(new[] { 3, 5, 4, 2 }, new[] { LeakyRelu, LeakyRelu, Identity }, Loss.MeanAbsoluteError),
            ["Grad_LeakyRelu_Huber"] = new(new[] { 3, 5, 4, 2 }, new[] { LeakyRelu, LeakyRelu, Identity }, Loss.Huber),
            ["Grad_LeakyRelu_BinaryCrossEntropy"] = new(new[] { 3, 5, 4, 2 }, new[] { LeakyRelu, LeakyRelu, Sigmoid }, Loss.BinaryCrossEntropy),
            ["Grad_LeakyRelu_CrossEntropy"] = new(new[] { 3, 5, 4, 3 }, new[] { LeakyRelu, LeakyRelu, Softmax }, Loss.CrossEntropy),
            ["Grad_Relu6_MeanSquaredError"] = new(new[] { 3, 5, 4, 2 }, new[] { Relu6, Relu6, Identity }, Loss.MeanSquaredError),
            ["Grad_Relu6_MeanAbsoluteError"] = new(new[] { 3, 5, 4, 2 }, new[] { Relu6, Relu6, Identity }, Loss.MeanAbsoluteError),
            ["Grad_Relu6_Huber"] = new(new[] { 3, 5, 4, 2 }, new[] { Relu6, Relu6, Identity }, Loss.Huber),
            ["Grad_Relu6_BinaryCrossEntropy"] = new(new[] { 3, 5, 4, 2 }, new[] { Relu6, Relu6, Sigmoid }, Loss.BinaryCrossEntropy),
            ["Grad_Relu6_CrossEntropy"] = new(new[] { 3, 5, 4, 3 }, new[] { Relu6, Relu6, Softmax }, Loss.CrossEntropy),
            ["Grad_Sigmoid_MeanSquaredError"] = new(new[] { 3, 5, 4, 2 }, new[] { Sigmoid, Sigmoid, Identity }, Loss.MeanSquaredError),
            ["Grad_Sigmoid_MeanAbsoluteError"] = new(new[] { 3, 5, 4, 2 }, new[] { Sigmoid, Sigmoid, Identity }, Loss.MeanAbsoluteError),
            ["Grad_Sigmoid_Huber"] = new(new[] { 3, 5, 4, 2 }, new[] { Sigmoid, Sigmoid, Identity }, Loss.Huber),
            ["Grad_Sigmoid_BinaryCrossEntropy"] = new(new[] { 3, 5, 4, 2 }, new[] { Sigmoid, Sigmoid, Sigmoid }, Loss.BinaryCrossEntropy),
            ["Grad_Sigmoid_CrossEntropy"] = new(new[] { 3, 5, 4, 3 }, new[] { Sigmoid, Sigmoid, Softmax }, Loss.CrossEntropy),
            ["Grad_Tanh_MeanSquaredError"] = new(new[] { 3, 5, 4, 2 }, new[] { Tanh, Tanh, Identity }, Loss.MeanSquaredError),
            ["Grad_Tanh_MeanAbsoluteError"] = new(new[] { 3, 5, 4, 2 }, new[] { Tanh, Tanh, Identity }, Loss.MeanAbsoluteError),
            ["Grad_Tanh_Huber"] = new(new[] { 3, 5, 4, 2 }, new[] { Tanh, Tanh, Identity }, Loss.Huber),
            ["Grad_Tanh_BinaryCrossEntropy"] = new(new[] { 3, 5, 4, 2 }, new[] { Tanh, Tanh, Sigmoid }, Loss.BinaryCrossEntropy),
            ["Grad_Tanh_CrossEntropy"] = new(new[] { 3, 5, 4, 3 }, new[] { Tanh, Tanh, Softmax }, Loss.CrossEntropy),
            ["Grad_Softplus_MeanSquaredError"] = new(new[] { 3, 5, 4, 2 }, new[] { Softplus, Softplus, Identity }, Loss.MeanSquaredError),
            ["Grad_Softplus_MeanAbsoluteError"] = new(new[] { 3, 5, 4, 2 }, new[] { Softplus, Softplus, Identity }, Loss.MeanAbsoluteError),
            ["Grad_Softplus_Huber"] = new(new[] { 3, 5, 4, 2 }, new[] { Softplus, Softplus, Identity }, Loss.Huber),
            ["Grad_Softplus_BinaryCrossEntropy"] = new(new[] { 3, 5, 4, 2 }, new[] { Softplus, Softplus, Sigmoid }, Loss.BinaryCrossEntropy),
            ["Grad_Softplus_CrossEntropy"] = new(new[] { 3, 5, 4, 3 }, new[] { Softplus, Softplus, Softmax }, Loss.CrossEntropy),
            ["Grad_Elu_MeanSquaredError"] = new(new[] { 3, 5, 4, 2 }, new[] { Elu, Elu, Identity }, Loss.MeanSquaredError),
            ["Grad_Elu_MeanAbsoluteError"] = new(new[] { 3, 5, 4, 2 }, new[] { Elu, Elu, Identity }, Loss.MeanAbsoluteError),
            ["Grad_Elu_Huber"] = new(new[] { 3, 5, 4, 2 }, new[] { Elu, Elu, Identity }, Loss.Huber),
            ["Grad_Elu_BinaryCrossEntropy"] = new(new[] { 3, 5, 4, 2 }, new[] { Elu, Elu, Sigmoid }, Loss.BinaryCrossEntropy),
            ["Grad_Elu_CrossEntropy"] = new(new[] { 3, 5, 4, 3 }, new[] { Elu, Elu, Softmax }, Loss.CrossEntropy),
            ["Grad_Selu_MeanSquaredError"] = new(new[] { 3, 5, 4, 2 }, new[] { Selu, Selu, Identity }, Loss.MeanSquaredError),
            ["Grad_Selu_MeanAbsoluteError"] = new(new[] { 3, 5, 4, 2 }, new[] { Selu, Selu, Identity }, Loss.MeanAbsoluteError),
            ["Grad_Selu_Huber"] = new(new[] { 3, 5, 4, 2 }, new[] { Selu, Selu, Identity }, Loss.Huber),
            ["Grad_Selu_BinaryCrossEntropy"] = new(new[] { 3, 5, 4, 2 }, new[] { Selu, Selu, Sigmoid }, Loss.BinaryCrossEntropy),
            ["Grad_Selu_CrossEntropy"] = new(new[] { 3, 5, 4, 3 }, new[] { Selu, Selu, Softmax }, Loss.CrossEntropy),
            ["Grad_Gelu_MeanSquaredError"] = new(new[] { 3, 5, 4, 2 }, new[] { Gelu, Gelu, Identity }, Loss.MeanSquaredError),
            ["Grad_Gelu_MeanAbsoluteError"] = new(new[] { 3, 5, 4, 2 }, new[] { Gelu, Gelu, Identity }, Loss.MeanAbsoluteError),
            ["Grad_Gelu_Huber"] = new(new[] { 3, 5, 4, 2 }, new[] { Gelu, Gelu, Identity }, Loss.Huber),
            ["Grad_Gelu_BinaryCrossEntropy"] = new(new[] { 3, 5, 4, 2 }, new[] { Gelu, Gelu, Sigmoid }, Loss.BinaryCrossEntropy),
            ["Grad_Gelu_CrossEntropy"] = new(new[] { 3, 5, 4, 3 }, new[] { Gelu, Gelu, Softmax }, Loss.CrossEntropy),
            ["Grad_Silu_MeanSquaredError"] = new(new[] { 3, 5, 4, 2 }, new[] { Silu, Silu, Identity }, Loss.MeanSquaredError),
            ["Grad_Silu_MeanAbsoluteError"] = new(new[] { 3, 5, 4, 2 }, new[] { Silu, Silu, Identity }, Loss.MeanAbsoluteError),
            ["Grad_Silu_Huber"] = new(new[] { 3, 5, 4, 2 }, new[] { Silu, Silu, Identity }, Loss.Huber),
            ["Grad_Silu_BinaryCrossEntropy"] = new(new[] { 3, 5, 4, 2 }, new[] { Silu, Silu, Sigmoid }, Loss.BinaryCrossEntropy),
            ["Grad_Silu_CrossEntropy"] = new(new[] { 3, 5, 4, 3 }, new[] { Silu, Silu, Softmax }, Loss.CrossEntropy),
            ["Grad_Mish_MeanSquaredError"] = new(new[] { 3, 5, 4, 2 }, new[] { Mish, Mish, Identity }, Loss.MeanSquaredError),
            ["Grad_Mish_MeanAbsoluteError"] = new(new[] { 3, 5, 4, 2 }, new[] { Mish, Mish, Identity }, Loss.MeanAbsoluteError),
            ["Grad_Mish_Huber"] = new(new[] { 3, 5, 4, 2 }, new[] { Mish, Mish, Identity }, Loss.Huber),
            ["Grad_Mish_BinaryCrossEntropy"] = new(new[] { 3, 5, 4, 2 }, new[] { Mish, Mish, Sigmoid }, Loss.BinaryCrossEntropy),
            ["Grad_Mish_CrossEntropy"] = new(new[] { 3, 5, 4, 3 }, new[] { Mish, Mish, Softmax }, Loss.CrossEntropy),
            ["Grad_GeluTanh_MeanSquaredError"] = new(new[] { 3, 5, 4, 2 }, new[] { GeluTanh, GeluTanh, Identity }, Loss.MeanSquaredError),
            ["Grad_GeluTanh_MeanAbsoluteError"] = new(new[] { 3, 5, 4, 2 }, new[] { GeluTanh, GeluTanh, Identity }, Loss.MeanAbsoluteError),
            ["Grad_GeluTanh_Huber"] = new(new[] { 3, 5, 4, 2 }, new[] { GeluTanh, GeluTanh, Identity }, Loss.Huber),
            ["Grad_GeluTanh_BinaryCrossEntropy"] = new(new[] { 3, 5, 4, 2 }, new[] { GeluTanh, GeluTanh, Sigmoid }, Loss.BinaryCrossEntropy),
            ["Grad_GeluTanh_CrossEntropy"] = new(new[] { 3, 5, 4, 3 }, new[] { GeluTanh, GeluTanh, Softmax }, Loss.CrossEntropy),
            ["Grad_SoftmaxHead_MeanSquaredError"] = new(new[] { 3, 5, 4, 3 }, new[] { Tanh, Tanh, Softmax }, Loss.MeanSquaredError),
            ["Grad_IdentityHead_Huber"] = new(new[] { 3, 5, 2 }, new[] { Tanh, Identity }, Loss.Huber),
            ["Grad_ReluHead_Huber"] = new(new[] { 3, 5, 2 }, new[] { Tanh, Relu }, Loss.Huber),
            ["Grad_LeakyReluHead_Huber"] = new(new[] { 3, 5, 2 }, new[] { Tanh, LeakyRelu }, Loss.Huber),
            ["Grad_Relu6Head_Huber"] = new(new[] { 3, 5, 2 }, new[] { Tanh, Relu6 }, Loss.Huber),
            ["Grad_SigmoidHead_Huber"] = new(new[] { 3, 5, 2 }, new[] { Tanh, Sigmoid }, Loss.Huber),
            ["Grad_TanhHead_Huber"] = new(new[] { 3, 5, 2 }, new[] { Tanh, Tanh }, Loss.Huber),
            ["Grad_SoftplusHead_Huber"] = new(new[] { 3, 5, 2 }, new[] { Tanh, Softplus }, Loss.Huber),
            ["Grad_EluHead_Huber"] = new(new[] { 3, 5, 2 }, new[] { Tanh, Elu }, Loss.Huber),
            ["Grad_SeluHead_Huber"] = new(new[] { 3, 5, 2 }, new[] { Tanh, Selu }, Loss.Huber),
            ["Grad_GeluHead_Huber"] = new(new[] { 3, 5, 2 }, new[] { Tanh, Gelu }, Loss.Huber),
            ["Grad_SiluHead_Huber"] = new(new[] { 3, 5, 2 }, new[] { Tanh, Silu }, Loss.Huber),
            ["Grad_MishHead_Huber"] = new(new[] { 3, 5, 2 }, new[] { Tanh, Mish }, Loss.Huber),
            ["Grad_GeluTanhHead_Huber"] = new(new[] { 3, 5, 2 }, new[] { Tanh, GeluTanh }, Loss.Huber),
            ["Grad_Looped_Tanh_MeanSquaredError"] = new(new[] { 40, 30, 2 }, new[] { Tanh, Identity }, Loss.MeanSquaredError),
            ["Grad_Looped_Elu_Huber"] = new(new[] { 40, 30, 40, 2 }, new[] { Elu, Mish, Identity }, Loss.Huber),
            ["Grad_Looped_Softmax_CrossEntropy"] = new(new[] { 8, 40, 32 }, new[] { Relu, Softmax }, Loss.CrossEntropy),
            ["Grad_Looped_Sigmoid_BinaryCrossEntropy"] = new(new[] { 33, 32, 1 }, new[] { Gelu, Sigmoid }, Loss.BinaryCrossEntropy),
            ["Grad_BudgetSplit_Tanh_MeanSquaredError"] = new(new[] { 4, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 1 }, new[] { Tanh, Tanh, Tanh, Tanh, Tanh, Tanh, Tanh, Tanh, Tanh, Tanh, Tanh, Tanh, Identity }, Loss.MeanSquaredError),
            ["Grad_ShallowIdentity_MeanSquaredError"] = new(new[] { 1, 16, 1 }, new[] { Identity, Identity }, Loss.MeanSquaredError),
            ["Grad_ShallowRelu_MeanSquaredError"] = new(new[] { 1, 37, 1 }, new[] { Relu, Identity }, Loss.MeanSquaredError),
            ["Grad_ShallowSigmoid_MeanSquaredError"] = new(new[] { 1, 8, 1 }, new[] { Sigmoid, Identity }, Loss.MeanSquaredError),
            ["Grad_ShallowTanh_MeanSquaredError"] = new(new[] { 1, 13, 1 }, new[] { Tanh, Identity }, Loss.MeanSquaredError),
            ["Grad_ShallowSoftplus_MeanSquaredError"] = new(new[] { 1, 37, 1 }, new[] { Softplus, Identity }, Loss.MeanSquaredError),
        };
    }

    public sealed record GradientShape(int[] Sizes, Activation[] Activations, Loss Loss);
}
