package dev.attune.text.training;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.SolverType;
import dev.attune.cli.CommandLine;
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
 * Emotions: see {@link EmotionTraining} (choices on the even rows of dev).
 * Intent: one-vs-rest L2-loss linear SVM on 80% of BANKING77 train (stratified, seeded); its
 * regularisation is chosen on a further 10% of that 80%. The other 20% is never trained on.
 */
public final class TrainTextModel {
    static final double[] INTENT_C = {0.25, 0.5, 1};
    static final List<SolverType> INTENT_SOLVERS = List.of(SolverType.L2R_L2LOSS_SVC_DUAL);
    static final int INTENT_MINIMUM_DOCUMENTS = 2;
    static final int MINIMUM_DOCUMENTS = 2;

    private TrainTextModel() {
    }

    public static void main(String[] args) throws IOException {
        Arguments arguments = CommandLine.parse(args, Arguments.USAGE, Arguments::parse);
        Path data = arguments.data();
        EmotionGroupsFile groups = EmotionGroupsFile.read(arguments.groups());
        List<Example> train = Corpora.goEmotions(data.resolve("goemotions"), "train");
        List<Example> choices = Corpora.half(Corpora.goEmotions(data.resolve("goemotions"), "dev"), 0);
        Vocabulary emotionVocabulary = VocabularyBuilder.build(train, MINIMUM_DOCUMENTS, false);
        System.out.printf("GoEmotions: %d train, %d dev rows for choices, %d features%n", train.size(),
                choices.size(), emotionVocabulary.size());
        EmotionTraining.EmotionPart emotions = EmotionTraining.train(emotionVocabulary, groups, train, choices);

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
