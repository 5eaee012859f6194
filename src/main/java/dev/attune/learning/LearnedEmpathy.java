package dev.attune.learning;

/**
 * One agent's empathy as configured by a workforce manager and as learned from outcomes, with the
 * learned score's credible interval and the number of served calls behind it.
 */
public record LearnedEmpathy(String agentId, double configured, double learned, double lower, double upper, int calls) {

    /** The score routing uses under a source; blended weighs the learned score by {@code blendWeight}. */
    public double routed(ScoreSource source, double blendWeight) {
        return switch (source) {
            case CONFIGURED -> configured;
            case LEARNED -> learned;
            case BLENDED -> round(blendWeight * learned + (1 - blendWeight) * configured);
        };
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
