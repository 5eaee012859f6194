package dev.attune.learning;

/**
 * One agent's proficiency in one product as configured (the 1-5 level of the product's skill) and as learned
 * from outcomes, on the same 1-5 scale but not rounded, with its credible interval and the calls behind it.
 */
public record LearnedProficiency(String agentId, String product, int configured, double learned, double lower,
        double upper, int calls) {

    /** The level routing would take from the learned score: skills are whole levels. */
    public int routedLevel() {
        return (int) Math.max(1, Math.min(5, Math.round(learned)));
    }
}
