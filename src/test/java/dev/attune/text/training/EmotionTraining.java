package dev.attune.text.training;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Model;
import dev.attune.text.EmotionGroup;
import dev.attune.text.LinearLayer;
import dev.attune.text.Platt;
import dev.attune.text.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * One L2 logistic regression per routing group on GoEmotions train. Each group gets its own
 * regularisation C and weight of its positive class, chosen by that group's F1 on the choice rows (the
 * even rows of dev): the groups differ twentyfold in prevalence, so one setting for all under-fits the rare
 * ones. Platt calibration, F1 thresholds and the confidence calibration are fitted on the choice rows too.
 */
final class EmotionTraining {
    static final double[] C = {1, 2, 4, 8};
    static final double[] POSITIVE_WEIGHT = {1, 2, 4};

    private EmotionTraining() {
    }

    record EmotionPart(List<EmotionGroup> groups, LinearLayer layer, Platt confidence) {
    }

    static EmotionPart train(Vocabulary vocabulary, EmotionGroupsFile groups, List<Example> train,
            List<Example> choices) {
        Feature[][] x = Liblinear.features(train.stream().map(e -> vocabulary.vector(e.text())).toList());
        List<Vocabulary.SparseVector> choiceVectors = choices.stream().map(e -> vocabulary.vector(e.text())).toList();
        boolean[][] trainTruth = truth(groups, train);
        boolean[][] choiceTruth = truth(groups, choices);
        int n = vocabulary.size();
        List<Model> chosen = new ArrayList<>();
        for (int g = 0; g < groups.groups().size(); g++) {
            chosen.add(bestModel(groups.groups().get(g).name(), x, column(trainTruth, g), n, choiceVectors,
                    TrainTextModel.booleanColumn(choiceTruth, g)));
        }
        EmotionPart part = calibrate(groups, Liblinear.binaryLayer(chosen, n), choiceVectors, choiceTruth);
        System.out.printf("  emotions: macro-F1 on the choice rows %.3f%n", macroF1(part, choiceVectors, choiceTruth));
        return part;
    }

    private static Model bestModel(String group, Feature[][] x, int[] y, int n,
            List<Vocabulary.SparseVector> choices, boolean[] member) {
        Model best = null;
        double bestF1 = -1;
        String setting = "";
        for (double c : C) {
            for (double weight : POSITIVE_WEIGHT) {
                Model model = Liblinear.train(x, y, n, c, weight);
                LinearLayer layer = Liblinear.binaryLayer(List.of(model), n);
                double[] raw = choices.stream().mapToDouble(v -> layer.scores(v)[0]).toArray();
                Platt platt = Liblinear.platt(raw, member);
                double[] p = java.util.Arrays.stream(raw).map(platt::probability).toArray();
                double f1 = Metrics.f1(p, member, Metrics.bestThreshold(p, member));
                if (f1 > bestF1) {
                    bestF1 = f1;
                    best = model;
                    setting = String.format("C=%.0f, positive weight %.0f", c, weight);
                }
            }
        }
        System.out.printf("  %-12s %s: F1 on the choice rows %.3f%n", group, setting, bestF1);
        return best;
    }

    /** Platt scaling and an F1 threshold per group, and the confidence calibration, on the choice rows. */
    private static EmotionPart calibrate(EmotionGroupsFile groups, LinearLayer layer,
            List<Vocabulary.SparseVector> vectors, boolean[][] truth) {
        double[][] scores = vectors.stream().map(layer::scores).toArray(double[][]::new);
        List<EmotionGroup> calibrated = new ArrayList<>();
        double[][] p = new double[scores.length][groups.groups().size()];
        for (int g = 0; g < groups.groups().size(); g++) {
            boolean[] member = TrainTextModel.booleanColumn(truth, g);
            double[] raw = new double[scores.length];
            for (int i = 0; i < raw.length; i++) {
                raw[i] = scores[i][g];
            }
            Platt platt = Liblinear.platt(raw, member);
            double[] pg = new double[raw.length];
            for (int i = 0; i < raw.length; i++) {
                pg[i] = platt.probability(raw[i]);
                p[i][g] = pg[i];
            }
            EmotionGroupsFile.Group group = groups.groups().get(g);
            calibrated.add(new EmotionGroup(group.name(), platt, Metrics.bestThreshold(pg, member), group.valence(),
                    group.arousal()));
        }
        double[] top = new double[p.length];
        boolean[] hit = new boolean[p.length];
        for (int i = 0; i < p.length; i++) {
            int argmax = TrainTextModel.argmax(p[i]);
            top[i] = p[i][argmax];
            hit[i] = truth[i][argmax];
        }
        return new EmotionPart(calibrated, layer, Liblinear.platt(top, hit));
    }

    private static double macroF1(EmotionPart part, List<Vocabulary.SparseVector> vectors, boolean[][] truth) {
        double sum = 0;
        for (int g = 0; g < part.groups().size(); g++) {
            EmotionGroup group = part.groups().get(g);
            double[] p = new double[vectors.size()];
            for (int i = 0; i < p.length; i++) {
                p[i] = group.calibration().probability(part.layer().scores(vectors.get(i))[g]);
            }
            sum += Metrics.f1(p, TrainTextModel.booleanColumn(truth, g), group.threshold());
        }
        return sum / part.groups().size();
    }

    private static boolean[][] truth(EmotionGroupsFile groups, List<Example> examples) {
        return examples.stream().map(groups::membership).toArray(boolean[][]::new);
    }

    private static int[] column(boolean[][] truth, int g) {
        int[] y = new int[truth.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = truth[i][g] ? 1 : 0;
        }
        return y;
    }
}
