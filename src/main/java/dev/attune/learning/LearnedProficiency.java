package dev.attune.learning;

/**
 * One agent's proficiency in one skill (the skill a product needs) as configured (the 1-5 level) and as learned
 * from outcomes on the calls about the skill's products, on the same 1-5 scale but not rounded, with its credible
 * interval and the calls behind it.
 */
public record LearnedProficiency(String agentId, String skill, int configured, double learned, double lower,
        double upper, int calls) {

    /** The whole level routing uses under a source (skills are whole levels); blended weighs the learned level. */
    public int routed(ScoreSource source, double blendWeight) {
        double level = switch (source) {
            case CONFIGURED -> configured;
            case LEARNED -> learned;
            case BLENDED -> blendWeight * learned + (1 - blendWeight) * configured;
        };
        return (int) Math.max(1, Math.min(5, Math.round(level)));
    }
}
