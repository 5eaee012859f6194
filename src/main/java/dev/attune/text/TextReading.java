package dev.attune.text;

/**
 * What the estimator read from one utterance: the routing emotions (calibrated probabilities in [0,1]),
 * valence in [-1,1] and arousal in [0,1] from the groups' places in the circumplex, the confidence that
 * the strongest group is really there, and the most likely BANKING77 intent with the calibrated probability that it is right.
 * Carries no text.
 */
public record TextReading(
        double anxiety,
        double frustration,
        double anger,
        double confusion,
        double valence,
        double arousal,
        double confidence,
        String intent,
        double intentProbability) {
}
