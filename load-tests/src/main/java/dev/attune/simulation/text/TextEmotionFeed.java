package dev.attune.simulation.text;

import dev.attune.core.domain.EmotionEstimate;
import dev.attune.simulation.day.Caller;
import dev.attune.simulation.routing.EmotionFeed;
import dev.attune.text.TextEstimator;
import dev.attune.text.TextReading;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The router hears the caller instead of the overlay's analytics: at each reading the caller says one real
 * GoEmotions dev comment drawn by their simulated emotion, and the shipped text estimator reads it. The
 * caller sounds like their strongest routing emotion with probability equal to its level (a caller at 0.8
 * anger says something angry four times in five), and neutral otherwise. Draws come from the caller's own
 * seed, so every policy of a replication hears the same words.
 */
public final class TextEmotionFeed implements EmotionFeed {
    /** The four routing emotions, in Caller.emotionAfter's order, as named in config/text/emotion-groups.json. */
    static final List<String> GROUPS = List.of("anxiety", "frustration", "anger", "confusion");
    static final String NEUTRAL = "neutral";
    private static final long STREAM = 0x5DEECE66DL;

    private final SpokenUtterances utterances;
    private final TextEstimator estimator;

    public TextEmotionFeed(SpokenUtterances utterances, TextEstimator estimator) {
        this.utterances = utterances;
        this.estimator = estimator;
    }

    @Override
    public EmotionEstimate estimate(Caller caller, int k, double waitSeconds, Instant at) {
        TextReading r = estimator.read(said(caller, k, waitSeconds));
        return new EmotionEstimate(caller.call().id(), r.anxiety(), r.frustration(), r.anger(), r.confusion(),
                r.valence(), r.arousal(), r.confidence(), at);
    }

    /** What the caller says at reading k. */
    String said(Caller caller, int k, double waitSeconds) {
        SplittableRandom random = new SplittableRandom(caller.draw().noiseSeed() ^ STREAM * (k + 1));
        double[] e = caller.emotionAfter(waitSeconds);
        int strongest = 0;
        for (int i = 1; i < e.length; i++) {
            if (e[i] > e[strongest]) {
                strongest = i;
            }
        }
        String group = random.nextDouble() < e[strongest] ? GROUPS.get(strongest) : NEUTRAL;
        return utterances.pick(group, random.nextDouble());
    }
}
