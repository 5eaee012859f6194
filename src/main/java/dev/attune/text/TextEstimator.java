package dev.attune.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Reads the routing emotions and the intent from one utterance with the shipped {@link TextModel}.
 * Plain Java, thread-safe, no state between utterances; the text is only read, never kept.
 */
public final class TextEstimator {
    /** The model file that ships with the service (built by dev.attune.text.training.TrainTextModel). */
    public static final String MODEL_RESOURCE = "dev/attune/text/text-model.bin.gz";

    private final TextModel model;
    private final int anxiety;
    private final int frustration;
    private final int anger;
    private final int confusion;

    public TextEstimator(TextModel model) {
        this.model = model;
        this.anxiety = model.group("anxiety");
        this.frustration = model.group("frustration");
        this.anger = model.group("anger");
        this.confusion = model.group("confusion");
    }

    /** The estimator over the model on the classpath. */
    public static TextEstimator shipped() {
        try (InputStream in = TextEstimator.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the text model " + MODEL_RESOURCE + " is not on the classpath");
            }
            return new TextEstimator(TextModelFile.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the text model " + MODEL_RESOURCE, e);
        }
    }

    public TextModel model() {
        return model;
    }

    public TextReading read(String text) {
        // Tokenised once for both classifiers: the regular expression is the larger part of the features' cost.
        List<String> words = Utterances.words(text);
        double[] p = model.groupProbabilities(words);
        double weight = 0;
        double valence = 0;
        double arousal = 0;
        double top = 0;
        for (int g = 0; g < p.length; g++) {
            EmotionGroup group = model.groups().get(g);
            weight += p[g];
            valence += p[g] * group.valence();
            arousal += p[g] * group.arousal();
            top = Math.max(top, p[g]);
        }
        double[] intents = model.intentScores(words);
        int best = 0;
        for (int i = 1; i < intents.length; i++) {
            if (intents[i] > intents[best]) {
                best = i;
            }
        }
        return new TextReading(p[anxiety], p[frustration], p[anger], p[confusion],
                weight == 0 ? 0 : clamp(valence / weight, -1, 1), weight == 0 ? 0 : clamp(arousal / weight, 0, 1),
                model.confidence().probability(top), model.intents().get(best),
                model.intentConfidence().probability(intents[best]));
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }
}
