package dev.attune.text.training;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** F1, ROC AUC, expected calibration error and reliability bins for binary predictions. */
final class Metrics {
    static final int BINS = 10;

    private Metrics() {
    }

    static double f1(double[] p, boolean[] truth, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < p.length; i++) {
            boolean predicted = p[i] >= threshold;
            if (predicted && truth[i]) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (truth[i]) {
                fn++;
            }
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    /** The threshold (among 0.05, 0.06, ..., 0.95) with the best F1. */
    static double bestThreshold(double[] p, boolean[] truth) {
        double best = 0.5;
        double bestF1 = -1;
        for (int t = 5; t <= 95; t++) {
            double f1 = f1(p, truth, t / 100.0);
            if (f1 > bestF1) {
                bestF1 = f1;
                best = t / 100.0;
            }
        }
        return best;
    }

    /** Area under the ROC curve (Mann-Whitney, ties counted half). */
    static double auc(double[] p, boolean[] truth) {
        Integer[] order = IntStream.range(0, p.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double rankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && p[order[j + 1]] == p[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (truth[order[k]]) {
                    rankSum += rank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = p.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** Per equal-width bin: count, mean predicted probability, observed frequency. */
    static double[][] reliability(double[] p, boolean[] truth) {
        double[][] bins = new double[BINS][3];
        for (int i = 0; i < p.length; i++) {
            int bin = Math.min(BINS - 1, (int) (p[i] * BINS));
            bins[bin][0]++;
            bins[bin][1] += p[i];
            bins[bin][2] += truth[i] ? 1 : 0;
        }
        for (double[] bin : bins) {
            if (bin[0] > 0) {
                bin[1] /= bin[0];
                bin[2] /= bin[0];
            }
        }
        return bins;
    }

    /** Expected calibration error over 10 equal-width bins. */
    static double ece(double[] p, boolean[] truth) {
        double ece = 0;
        for (double[] bin : reliability(p, truth)) {
            ece += bin[0] / p.length * Math.abs(bin[1] - bin[2]);
        }
        return ece;
    }
}
