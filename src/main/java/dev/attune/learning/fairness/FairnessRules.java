package dev.attune.learning.fairness;

import java.util.List;

/**
 * What the audit compares and when it flags.
 *
 * @param attributes   the declared ACD segment attributes, each a dimension besides language, vulnerable,
 *                     product and priority
 * @param band         a segment below this share of the best-served segment's rate is flagged (0.8: four-fifths)
 * @param minimumCalls segments (and best segments) with fewer calls behind a rate are not compared
 * @param level        the intervals' level
 */
public record FairnessRules(List<String> attributes, double band, int minimumCalls, double level) {
    public FairnessRules {
        attributes = List.copyOf(attributes);
    }
}
