package dev.attune.core.domain;

/**
 * What one named constraint added to (negative: took from) a decision's score, at its score level
 * (HARD, MEDIUM or SOFT), already multiplied by the weight in force when the decision was made.
 */
public record ConstraintContribution(String constraint, String level, long score) {
}
