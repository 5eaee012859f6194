package dev.attune.text.training;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import dev.attune.text.LinearLayer;
import dev.attune.text.Platt;
import dev.attune.text.Vocabulary.SparseVector;
import java.util.List;

/** The bridge to LIBLINEAR: our sparse vectors in, L2-regularised logistic regression weights out. */
final class Liblinear {
    private static final double EPSILON = 0.01;

    static {
        Linear.disableDebugOutput();
    }

    private Liblinear() {
    }

    static Feature[][] features(List<SparseVector> vectors) {
        Feature[][] x = new Feature[vectors.size()][];
        for (int i = 0; i < x.length; i++) {
            SparseVector v = vectors.get(i);
            x[i] = new Feature[v.indices().length];
            for (int k = 0; k < x[i].length; k++) {
                x[i][k] = new FeatureNode(v.indices()[k] + 1, v.values()[k]);
            }
        }
        return x;
    }

    /** Logistic regression of integer classes 0..classes-1 over features with dimension n. */
    static Model train(Feature[][] x, int[] y, int n, double c) {
        return train(x, y, n, c, SolverType.L2R_LR);
    }

    /** Logistic regression of a binary 0/1 target whose class 1 counts positiveWeight times in the loss. */
    static Model train(Feature[][] x, int[] y, int n, double c, double positiveWeight) {
        Parameter parameter = new Parameter(SolverType.L2R_LR, c, EPSILON);
        parameter.setWeights(new double[] {positiveWeight}, new int[] {1});
        return train(x, y, n, parameter);
    }

    static Model train(Feature[][] x, int[] y, int n, double c, SolverType solver) {
        return train(x, y, n, new Parameter(solver, c, EPSILON));
    }

    private static Model train(Feature[][] x, int[] y, int n, Parameter parameter) {
        Problem problem = new Problem();
        problem.l = x.length;
        problem.n = n + 1;
        problem.x = withBias(x, n + 1);
        problem.y = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            problem.y[i] = y[i];
        }
        problem.bias = 1;
        return Linear.train(problem, parameter);
    }

    private static Feature[][] withBias(Feature[][] x, int biasIndex) {
        Feature[][] out = new Feature[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = java.util.Arrays.copyOf(x[i], x[i].length + 1);
            out[i][x[i].length] = new FeatureNode(biasIndex, 1);
        }
        return out;
    }

    /** Weights of the given classes as outputs (for a binary model: class 1's decision value). */
    static LinearLayer layer(Model model, int n, int[] classes) {
        int[] labels = model.getLabels();
        double[] w = new double[n * classes.length];
        double[] bias = new double[classes.length];
        for (int o = 0; o < classes.length; o++) {
            int labelIndex = indexOf(labels, classes[o]);
            for (int f = 0; f < n; f++) {
                w[f * classes.length + o] = model.getDecfunCoef(f + 1, labelIndex);
            }
            bias[o] = model.getDecfunBias(labelIndex);
        }
        return LinearLayer.quantise(classes.length, w, bias);
    }

    /** Several binary models (one per output) as one layer. */
    static LinearLayer binaryLayer(List<Model> models, int n) {
        double[] w = new double[n * models.size()];
        double[] bias = new double[models.size()];
        for (int o = 0; o < models.size(); o++) {
            Model model = models.get(o);
            int positive = indexOf(model.getLabels(), 1);
            for (int f = 0; f < n; f++) {
                w[f * models.size() + o] = model.getDecfunCoef(f + 1, positive);
            }
            bias[o] = model.getDecfunBias(positive);
        }
        return LinearLayer.quantise(models.size(), w, bias);
    }

    /** Platt scaling fitted as a one-feature logistic regression (weakly regularised). */
    static Platt platt(double[] scores, boolean[] outcomes) {
        Problem problem = new Problem();
        problem.l = scores.length;
        problem.n = 2;
        problem.bias = 1;
        problem.x = new Feature[scores.length][];
        problem.y = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            problem.x[i] = new Feature[] {new FeatureNode(1, scores[i]), new FeatureNode(2, 1)};
            problem.y[i] = outcomes[i] ? 1 : 0;
        }
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, 1000, 1e-4));
        int positive = indexOf(model.getLabels(), 1);
        return new Platt(model.getDecfunCoef(1, positive), model.getDecfunBias(positive));
    }

    private static int indexOf(int[] labels, int label) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == label) {
                return i;
            }
        }
        throw new IllegalStateException("class " + label + " never occurred in training");
    }
}
