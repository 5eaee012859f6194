package dev.attune.text.training;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.SolverType;
import dev.attune.text.EmotionGroup;
import dev.attune.text.LinearLayer;
import dev.attune.text.Platt;
import dev.attune.text.TextModel;
import dev.attune.text.TextModelFile;
import dev.attune.text.Vocabulary;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Reproduces the shipped text model from the shared data (docs/text-estimator.md):
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=dev.attune.text.training.TrainTextModel \
 *     -Dexec.args="--data ../shared/data"
 * </pre>
 * Emotions: one L2 logistic regression per group on GoEmotions train; the regularisation, Platt
 * calibration, F1 thresholds and the confidence calibration are chosen on the even rows of dev.
 * Intent: one-vs-rest logistic regression on 80% of BANKING77 train (stratified, seeded); its
 * regularisation is chosen on a further 10% of that 80%. The other 20% is never trained on.
 */
public final class TrainTextModel {
    static final double[] EMOTION_C = {2, 4, 8};
    static final double[] INTENT_C = {0.25, 0.5, 1};
    static final List<SolverType> INTENT_SOLVERS = List.of(SolverType.L2R_L2LOSS_SVC_DUAL);
    static final int INTENT_MINIMUM_DOCUMENTS = 2;
    static final int MINIMUM_DOCUMENTS = 2;

    private TrainTextModel() {
    }

    public static void main(String[] args) throws IOException {
        Arguments arguments = Arguments.parse(args);
        Path data = arguments.data();
        EmotionGroupsFile groups = EmotionGroupsFile.read(arguments.groups());
        List<Example> train = Corpora.goEmotions(data.resolve("goemotions"), "train");
        List<Example> choices = Corpora.half(Corpora.goEmotions(data.resolve("goemotions"), "dev"), 0);
        Vocabulary emotionVocabulary = VocabularyBuilder.build(train, MINIMUM_DOCUMENTS, false);
        System.out.printf("GoEmotions: %d train, %d dev rows for choices, %d features%n", train.size(),
                choices.size(), emotionVocabulary.size());
        EmotionPart emotions = trainEmotions(emotionVocabulary, groups, train, choices);

        List<List<Example>> split = Corpora.stratified(Corpora.banking77(data.resolve("banking77/train.csv")),
                Corpora.SPLIT_SEED, Corpora.HOLD_OUT);
        List<Example> intentTrain = split.get(0);
        List<String> intents = new ArrayList<>(new TreeSet<>(intentTrain.stream().map(Example::label).toList()));
        System.out.printf("BANKING77: %d for training (%d held out), %d intents%n", intentTrain.size(),
                split.get(1).size(), intents.size());
        IntentPart intent = trainIntents(intents, intentTrain);

        TextModel model = new TextModel(emotionVocabulary, emotions.groups(), emotions.layer(), emotions.confidence(),
                intent.vocabulary(), intents, intent.layer(), intent.confidence());
        Files.createDirectories(arguments.out().toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(arguments.out())) {
            TextModelFile.write(model, out);
        }
        System.out.printf("wrote %s (%,d bytes)%n", arguments.out(), Files.size(arguments.out()));
    }

    record EmotionPart(List<EmotionGroup> groups, LinearLayer layer, Platt confidence) {
    }

    static EmotionPart trainEmotions(Vocabulary vocabulary, EmotionGroupsFile groups, List<Example> train,
            List<Example> choices) {
        Feature[][] x = Liblinear.features(train.stream().map(e -> vocabulary.vector(e.text())).toList());
        List<Vocabulary.SparseVector> choiceVectors = choices.stream().map(e -> vocabulary.vector(e.text())).toList();
        boolean[][] trainTruth = truth(groups, train);
        boolean[][] choiceTruth = truth(groups, choices);
        int n = vocabulary.size();
        double bestMacro = -1;
        EmotionPart best = null;
        for (double c : EMOTION_C) {
            List<Model> models = new ArrayList<>();
            for (int g = 0; g < groups.groups().size(); g++) {
                models.add(Liblinear.train(x, column(trainTruth, g), n, c));
            }
            LinearLayer layer = Liblinear.binaryLayer(models, n);
            EmotionPart part = calibrate(groups, layer, choiceVectors, choiceTruth);
            double macro = macroF1(part, layer, choiceVectors, choiceTruth);
            System.out.printf("  emotions C=%.1f: macro-F1 on the choice rows %.3f%n", c, macro);
            if (macro > bestMacro) {
                bestMacro = macro;
                best = part;
            }
        }
        return best;
    }

    /** Platt scaling and an F1 threshold per group, and the confidence calibration, on the choice rows. */
    private static EmotionPart calibrate(EmotionGroupsFile groups, LinearLayer layer,
            List<Vocabulary.SparseVector> vectors, boolean[][] truth) {
        double[][] scores = vectors.stream().map(layer::scores).toArray(double[][]::new);
        List<EmotionGroup> calibrated = new ArrayList<>();
        double[][] p = new double[scores.length][groups.groups().size()];
        for (int g = 0; g < groups.groups().size(); g++) {
            boolean[] member = booleanColumn(truth, g);
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
            int argmax = argmax(p[i]);
            top[i] = p[i][argmax];
            hit[i] = truth[i][argmax];
        }
        return new EmotionPart(calibrated, layer, Liblinear.platt(top, hit));
    }

    private static double macroF1(EmotionPart part, LinearLayer layer, List<Vocabulary.SparseVector> vectors,
            boolean[][] truth) {
        double sum = 0;
        for (int g = 0; g < part.groups().size(); g++) {
            EmotionGroup group = part.groups().get(g);
            double[] p = new double[vectors.size()];
            for (int i = 0; i < p.length; i++) {
                p[i] = group.calibration().probability(layer.scores(vectors.get(i))[g]);
            }
            sum += Metrics.f1(p, booleanColumn(truth, g), group.threshold());
        }
        return sum / part.groups().size();
    }

    record IntentPart(Vocabulary vocabulary, LinearLayer layer, Platt confidence) {
    }

    record IntentSetting(boolean characters, SolverType solver, double c) {
    }

    /**
     * Picks features, learner and regularisation on an inner 10% of the training share, fits the
     * confidence (P(top intent is right) from the top score) there too, then trains on the whole share.
     */
    static IntentPart trainIntents(List<String> intents, List<Example> train) {
        List<List<Example>> inner = Corpora.stratified(train, Corpora.SPLIT_SEED + 1, 0.1);
        IntentSetting best = null;
        double bestAccuracy = -1;
        Platt confidence = null;
        for (boolean characters : new boolean[] {true}) {
            Vocabulary vocabulary = VocabularyBuilder.build(inner.get(0), INTENT_MINIMUM_DOCUMENTS, characters);
            Feature[][] x = Liblinear.features(inner.get(0).stream().map(e -> vocabulary.vector(e.text())).toList());
            for (SolverType solver : INTENT_SOLVERS) {
                for (double c : INTENT_C) {
                    LinearLayer layer = Liblinear.layer(Liblinear.train(x, classes(inner.get(0), intents),
                            vocabulary.size(), c, solver), vocabulary.size(), range(intents.size()));
                    double[] top = new double[inner.get(1).size()];
                    boolean[] right = new boolean[top.length];
                    for (int i = 0; i < top.length; i++) {
                        double[] scores = layer.scores(vocabulary.vector(inner.get(1).get(i).text()));
                        top[i] = scores[argmax(scores)];
                        right[i] = intents.get(argmax(scores)).equals(inner.get(1).get(i).label());
                    }
                    double accuracy = fraction(right);
                    System.out.printf("  intents %s %s C=%.2f: accuracy on the inner 10%% %.3f%n",
                            characters ? "words+chars" : "words", solver, c, accuracy);
                    if (accuracy > bestAccuracy) {
                        bestAccuracy = accuracy;
                        best = new IntentSetting(characters, solver, c);
                        confidence = Liblinear.platt(top, right);
                    }
                }
            }
        }
        Vocabulary vocabulary = VocabularyBuilder.build(train, INTENT_MINIMUM_DOCUMENTS, best.characters());
        Feature[][] x = Liblinear.features(train.stream().map(e -> vocabulary.vector(e.text())).toList());
        LinearLayer layer = Liblinear.layer(Liblinear.train(x, classes(train, intents), vocabulary.size(), best.c(),
                best.solver()), vocabulary.size(), range(intents.size()));
        System.out.printf("  intents: chose %s, %d features%n", best, vocabulary.size());
        return new IntentPart(vocabulary, layer, confidence);
    }

    private static double fraction(boolean[] values) {
        int count = 0;
        for (boolean value : values) {
            count += value ? 1 : 0;
        }
        return count / (double) values.length;
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

    static boolean[] booleanColumn(boolean[][] truth, int g) {
        boolean[] y = new boolean[truth.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = truth[i][g];
        }
        return y;
    }

    private static int[] classes(List<Example> examples, List<String> intents) {
        return examples.stream().mapToInt(e -> intents.indexOf(e.label())).toArray();
    }

    private static int[] range(int n) {
        return java.util.stream.IntStream.range(0, n).toArray();
    }

    static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
