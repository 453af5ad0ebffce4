using System;

namespace NetGen.Benchmarks.Baseline
{
    /// <summary>Hidden-layer activations the baseline supports.</summary>
    public enum HandActivation
    {
        Relu,
        Softplus,
        Tanh,
    }

    /// <summary>
    /// What a careful user writes by hand: flat float arrays per layer, straightforward loops, row by row,
    /// no SIMD intrinsics. Same layout (weight [out, in] then bias), same formulas and the same PyTorch
    /// optimizer rules as NetGen, so the two do identical work. It deliberately calls no NetGen code.
    /// </summary>
    public sealed class HandWrittenMlp
    {
        private readonly int[] _sizes;
        private readonly HandActivation _hidden;
        private readonly bool _softmaxCrossEntropy;
        private readonly bool _adam;
        private readonly float _learningRate;
        private readonly float _beta1;
        private readonly float _beta2;
        private readonly float _epsilon;

        private readonly float[][] _weights;
        private readonly float[][] _biases;
        private readonly float[][] _weightGradients;
        private readonly float[][] _biasGradients;
        private readonly float[][] _m;
        private readonly float[][] _v;
        private readonly float[][] _mBias;
        private readonly float[][] _vBias;
        private readonly float[][] _z;     // pre-activations of the current row, per layer
        private readonly float[][] _a;     // activations, _a[0] is the input row
        private readonly float[][] _delta; // ∂L/∂z per layer
        private long _step;

        /// <param name="sizes">Input, hidden..., output sizes.</param>
        /// <param name="hidden">Activation of every hidden layer; the output layer is linear (or softmax).</param>
        /// <param name="softmaxCrossEntropy">Softmax output with cross-entropy; otherwise MSE.</param>
        /// <param name="adam">Adam; otherwise plain SGD.</param>
        public HandWrittenMlp(int[] sizes, HandActivation hidden, bool softmaxCrossEntropy, bool adam,
            float learningRate, float beta1 = 0.9f, float beta2 = 0.999f, float epsilon = 1e-8f)
        {
            _sizes = sizes;
            _hidden = hidden;
            _softmaxCrossEntropy = softmaxCrossEntropy;
            _adam = adam;
            _learningRate = learningRate;
            _beta1 = beta1;
            _beta2 = beta2;
            _epsilon = epsilon;
            int layers = sizes.Length - 1;
            _weights = new float[layers][];
            _biases = new float[layers][];
            _weightGradients = new float[layers][];
            _biasGradients = new float[layers][];
            _m = new float[layers][];
            _v = new float[layers][];
            _mBias = new float[layers][];
            _vBias = new float[layers][];
            _z = new float[layers][];
            _delta = new float[layers][];
            _a = new float[layers + 1][];
            _a[0] = new float[sizes[0]];
            for (int l = 0; l < layers; l++)
            {
                int n = sizes[l] * sizes[l + 1];
                _weights[l] = new float[n];
                _weightGradients[l] = new float[n];
                _m[l] = new float[n];
                _v[l] = new float[n];
                _biases[l] = new float[sizes[l + 1]];
                _biasGradients[l] = new float[sizes[l + 1]];
                _mBias[l] = new float[sizes[l + 1]];
                _vBias[l] = new float[sizes[l + 1]];
                _z[l] = new float[sizes[l + 1]];
                _delta[l] = new float[sizes[l + 1]];
                _a[l + 1] = new float[sizes[l + 1]];
            }
        }

        /// <summary>Copies parameters laid out as NetGen's (each layer's weight then bias), so both start equal.</summary>
        public void LoadParameters(ReadOnlySpan<float> parameters)
        {
            int offset = 0;
            for (int l = 0; l < _weights.Length; l++)
            {
                parameters.Slice(offset, _weights[l].Length).CopyTo(_weights[l]);
                offset += _weights[l].Length;
                parameters.Slice(offset, _biases[l].Length).CopyTo(_biases[l]);
                offset += _biases[l].Length;
            }
        }

        /// <summary>Adam's moments and step count back to zero (NetGen's ResetOptimizer), for benchmarks that restart from one state.</summary>
        public void ResetOptimizer()
        {
            for (int l = 0; l < _weights.Length; l++)
            {
                _m[l].AsSpan().Clear();
                _v[l].AsSpan().Clear();
                _mBias[l].AsSpan().Clear();
                _vBias[l].AsSpan().Clear();
            }

            _step = 0;
        }

        public float Predict(float x)
        {
            _a[0][0] = x;
            Forward();
            return _a[_a.Length - 1][0];
        }

        public void Predict(ReadOnlySpan<float> input, Span<float> output)
        {
            input.CopyTo(_a[0]);
            Forward();
            _a[_a.Length - 1].AsSpan().CopyTo(output);
        }

        /// <summary>Forward, mean loss, backward and one optimizer step over a mini-batch.</summary>
        public float TrainStep(float[] inputs, float[] targets)
        {
            int inputSize = _sizes[0];
            int outputSize = _sizes[_sizes.Length - 1];
            int rows = inputs.Length / inputSize;
            int last = _weights.Length - 1;
            for (int l = 0; l <= last; l++)
            {
                _weightGradients[l].AsSpan().Clear();
                _biasGradients[l].AsSpan().Clear();
            }

            float scale = _softmaxCrossEntropy ? 1f / rows : 1f / (rows * outputSize);
            float lossSum = 0f;
            for (int r = 0; r < rows; r++)
            {
                Array.Copy(inputs, r * inputSize, _a[0], 0, inputSize);
                Forward();

                // Output delta: MSE → 2(y − t)·scale; softmax + cross-entropy → (p − t)·scale.
                float[] y = _a[last + 1];
                float[] dOut = _delta[last];
                for (int k = 0; k < outputSize; k++)
                {
                    float t = targets[r * outputSize + k];
                    if (_softmaxCrossEntropy)
                    {
                        if (t != 0f)
                        {
                            lossSum -= t * MathF.Log(y[k]);
                        }

                        dOut[k] = (y[k] - t) * scale;
                    }
                    else
                    {
                        float diff = y[k] - t;
                        lossSum += diff * diff;
                        dOut[k] = 2f * diff * scale;
                    }
                }

                // Backward, layer by layer.
                for (int l = last; l >= 0; l--)
                {
                    int fanIn = _sizes[l];
                    int fanOut = _sizes[l + 1];
                    float[] delta = _delta[l];
                    float[] input = _a[l];
                    float[] gw = _weightGradients[l];
                    float[] gb = _biasGradients[l];
                    for (int j = 0; j < fanOut; j++)
                    {
                        float dj = delta[j];
                        for (int i = 0; i < fanIn; i++)
                        {
                            gw[j * fanIn + i] += dj * input[i];
                        }

                        gb[j] += dj;
                    }

                    if (l > 0)
                    {
                        float[] previous = _delta[l - 1];
                        float[] w = _weights[l];
                        float[] z = _z[l - 1];
                        for (int i = 0; i < fanIn; i++)
                        {
                            float sum = 0f;
                            for (int j = 0; j < fanOut; j++)
                            {
                                sum += w[j * fanIn + i] * delta[j];
                            }

                            previous[i] = sum * Derivative(z[i]);
                        }
                    }
                }
            }

            Step();
            return lossSum * scale;
        }

        private void Forward()
        {
            int last = _weights.Length - 1;
            for (int l = 0; l <= last; l++)
            {
                int fanIn = _sizes[l];
                int fanOut = _sizes[l + 1];
                float[] w = _weights[l];
                float[] b = _biases[l];
                float[] input = _a[l];
                float[] z = _z[l];
                float[] output = _a[l + 1];
                for (int j = 0; j < fanOut; j++)
                {
                    float sum = b[j];
                    for (int i = 0; i < fanIn; i++)
                    {
                        sum += w[j * fanIn + i] * input[i];
                    }

                    z[j] = sum;
                    output[j] = l < last ? Activate(sum) : sum;
                }
            }

            if (_softmaxCrossEntropy)
            {
                float[] y = _a[last + 1];
                float max = y[0];
                for (int k = 1; k < y.Length; k++)
                {
                    max = MathF.Max(max, y[k]);
                }

                float sum = 0f;
                for (int k = 0; k < y.Length; k++)
                {
                    y[k] = MathF.Exp(y[k] - max);
                    sum += y[k];
                }

                for (int k = 0; k < y.Length; k++)
                {
                    y[k] /= sum;
                }
            }
        }

        private float Activate(float z) => _hidden switch
        {
            HandActivation.Relu => z > 0f ? z : 0f,
            HandActivation.Softplus => z > 20f ? z : MathF.Log(1f + MathF.Exp(z)),
            _ => MathF.Tanh(z),
        };

        private float Derivative(float z)
        {
            switch (_hidden)
            {
                case HandActivation.Relu:
                    return z > 0f ? 1f : 0f;
                case HandActivation.Softplus:
                    return z > 20f ? 1f : 1f / (1f + MathF.Exp(-z));
                default:
                    float t = MathF.Tanh(z);
                    return 1f - t * t;
            }
        }

        private void Step()
        {
            _step++;
            float correction1 = 1f - MathF.Pow(_beta1, _step);
            float correction2Sqrt = MathF.Sqrt(1f - MathF.Pow(_beta2, _step));
            for (int l = 0; l < _weights.Length; l++)
            {
                Update(_weights[l], _weightGradients[l], _m[l], _v[l], correction1, correction2Sqrt);
                Update(_biases[l], _biasGradients[l], _mBias[l], _vBias[l], correction1, correction2Sqrt);
            }
        }

        private void Update(float[] p, float[] g, float[] m, float[] v, float correction1, float correction2Sqrt)
        {
            if (!_adam)
            {
                for (int i = 0; i < p.Length; i++)
                {
                    p[i] -= _learningRate * g[i];
                }

                return;
            }

            float stepSize = _learningRate / correction1;
            for (int i = 0; i < p.Length; i++)
            {
                m[i] = _beta1 * m[i] + (1f - _beta1) * g[i];
                v[i] = _beta2 * v[i] + (1f - _beta2) * g[i] * g[i];
                p[i] -= stepSize * m[i] / (MathF.Sqrt(v[i]) / correction2Sqrt + _epsilon);
            }
        }
    }
}
