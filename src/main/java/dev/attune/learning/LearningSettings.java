package dev.attune.learning;

/**
 * The knobs of the empathy model, from configuration.
 *
 * @param score              how outcomes turn into one number
 * @param intervalLevel      the credible level of each agent's interval, e.g. 0.9
 * @param minimumDeviationSd the smallest spread of true empathy around the configured score the model
 *                           assumes, so a quiet month cannot pin every agent to the configured score
 * @param callsForSpread     agents with at least this many calls estimate that spread
 * @param blendWeight        the learned score's weight in a blended score
 * @param rounds             least-squares rounds, each anchored on the previous round's scores
 */
public record LearningSettings(OutcomeScore score, double intervalLevel, double minimumDeviationSd, int callsForSpread,
        double blendWeight, int rounds) {

    /** The defaults application.properties also carries; for the simulator and tests. */
    public static LearningSettings defaults() {
        return new LearningSettings(new OutcomeScore(1.0, 1.0, 0.5, 1.0, 0.5), 0.9, 0.02, 20, 0.5, 5);
    }
}
