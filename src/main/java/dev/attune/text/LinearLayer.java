package dev.attune.text;

import dev.attune.text.Vocabulary.SparseVector;

/**
 * The weights a linear classifier learned (one row of outputs per feature, plus a bias per output), kept
 * as 16-bit integers with one scale per output so the model file stays small. Only scoring lives here;
 * learning is LIBLINEAR's, at training time.
 */
public final class LinearLayer {
    private final int outputs;
    private final short[] weights;
    private final float[] scales;
    private final float[] bias;

    public LinearLayer(int outputs, short[] weights, float[] scales, float[] bias) {
        if (weights.length % outputs != 0 || scales.length != outputs || bias.length != outputs) {
            throw new IllegalArgumentException("weights must be features x " + outputs);
        }
        this.outputs = outputs;
        this.weights = weights;
        this.scales = scales;
        this.bias = bias;
    }

    /** Quantises learned weights w[feature * outputs + output] to 16 bits per weight. */
    public static LinearLayer quantise(int outputs, double[] w, double[] bias) {
        float[] scales = new float[outputs];
        for (int i = 0; i < w.length; i++) {
            scales[i % outputs] = (float) Math.max(scales[i % outputs], Math.abs(w[i]) / Short.MAX_VALUE);
        }
        short[] q = new short[w.length];
        for (int i = 0; i < w.length; i++) {
            float scale = scales[i % outputs];
            q[i] = scale == 0 ? 0 : (short) Math.round(w[i] / scale);
        }
        float[] b = new float[outputs];
        for (int o = 0; o < outputs; o++) {
            b[o] = (float) bias[o];
        }
        return new LinearLayer(outputs, q, scales, b);
    }

    public int outputs() {
        return outputs;
    }

    public int features() {
        return weights.length / outputs;
    }

    short[] weights() {
        return weights;
    }

    float[] scales() {
        return scales;
    }

    float[] bias() {
        return bias;
    }

    /** The decision value of every output: w . x + b. */
    public double[] scores(SparseVector x) {
        double[] scores = new double[outputs];
        int[] indices = x.indices();
        float[] values = x.values();
        for (int k = 0; k < indices.length; k++) {
            int row = indices[k] * outputs;
            float value = values[k];
            for (int o = 0; o < outputs; o++) {
                scores[o] += weights[row + o] * value;
            }
        }
        for (int o = 0; o < outputs; o++) {
            scores[o] = scores[o] * scales[o] + bias[o];
        }
        return scores;
    }
}
