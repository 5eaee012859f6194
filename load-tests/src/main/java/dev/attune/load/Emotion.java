package dev.attune.load;

import java.util.Random;

/**
 * A caller's emotion as speech analytics reads it. Callers start with a temperament drawn at arrival and
 * grow more anxious and frustrated the longer they wait, as the brief's callers do.
 */
public record Emotion(double anxiety, double frustration, double anger, double confusion, double valence,
        double arousal, double confidence) {

    public static Emotion temperament(Random random) {
        return new Emotion(unit(0.3 + 0.2 * random.nextGaussian()), unit(0.2 + 0.15 * random.nextGaussian()),
                unit(0.08 + 0.1 * random.nextGaussian()), unit(0.25 + 0.2 * random.nextGaussian()),
                Math.max(-1, Math.min(1, -0.1 + 0.3 * random.nextGaussian())), unit(0.4 + 0.2 * random.nextGaussian()),
                unit(0.75 + 0.1 * random.nextGaussian()));
    }

    /** The reading after waiting {@code waitedSeconds}, with some noise. */
    public Emotion after(double waitedSeconds, Random random) {
        double pressure = Math.min(0.4, waitedSeconds / 300);
        return new Emotion(unit(anxiety + pressure + 0.05 * random.nextGaussian()),
                unit(frustration + pressure + 0.05 * random.nextGaussian()),
                unit(anger + pressure / 2 + 0.03 * random.nextGaussian()), unit(confusion + 0.05 * random.nextGaussian()),
                Math.max(-1, Math.min(1, valence - pressure)), unit(arousal + pressure / 2), confidence);
    }

    private static double unit(double value) {
        return Math.round(Math.max(0, Math.min(1, value)) * 1000) / 1000.0;
    }
}
