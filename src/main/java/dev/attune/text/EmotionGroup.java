package dev.attune.text;

/**
 * One routing emotion group the estimator predicts (anxiety, frustration, ... from GoEmotions labels, see
 * config/text/emotion-groups.json), with its calibration, the probability above which it counts as
 * present (chosen for F1 on held-out data), and its place in the valence/arousal circumplex.
 */
public record EmotionGroup(String name, Platt calibration, double threshold, double valence, double arousal) {
}
