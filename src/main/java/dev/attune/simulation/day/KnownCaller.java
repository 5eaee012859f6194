package dev.attune.simulation.day;

/**
 * What a journal knows about a caller, which a replay takes instead of drawing it from the overlay: the product,
 * language and vulnerability the ACD sent, and the distress the engine judged at answer.
 *
 * @param distress 0-1, NaN when the journal has none (an unanswered call): then the product's prior is drawn
 */
public record KnownCaller(String productCode, String language, boolean vulnerable, double distress) {
    private static final double[] NO_EMOTION = new double[0];

    /**
     * An emotion on arrival (anxiety, frustration, anger, confusion, all equal) whose distress, as the engine reads
     * an estimate ({@link Caller#estimate}, {@code EmotionEstimate.rawDistress}), is the journalled distress; empty
     * when there is none. The journal keeps no emotion on arrival, so the distress at answer stands for it.
     */
    double[] emotion() {
        if (Double.isNaN(distress)) {
            return NO_EMOTION;
        }
        double low = 0;
        double high = 1;
        for (int i = 0; i < 40; i++) {
            double mid = (low + high) / 2;
            if (rawDistress(mid) < distress) {
                low = mid;
            } else {
                high = mid;
            }
        }
        double level = (low + high) / 2;
        return new double[] {level, level, level, level};
    }

    /** The engine's distress of four equal emotions at this level: strongest, mean and agitated unpleasantness. */
    private static double rawDistress(double level) {
        double valence = Math.max(-1, Math.min(1, 0.2 - level));
        return Math.min(1, 0.5 * level + 0.3 * level + 0.2 * level * Math.max(0, -valence));
    }
}
