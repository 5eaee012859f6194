package dev.attune.learning.fairness;

/**
 * How a group of calls (a segment, a benchmark arm) was served, each with its interval.
 *
 * @param calls         answered or abandoned calls
 * @param asaSeconds    average speed of answer of the answered calls
 * @param empathyMatch  the care-weighted empathy score of the answering agents (Σ care × empathy / Σ care)
 * @param resolution    share of the reported outcomes that were resolved; complaint, transfer alike
 */
public record Measures(long calls, Estimate asaSeconds, Estimate abandonment, Estimate serviceLevel,
        Estimate topEmpathyShare, Estimate topProficiencyShare, Estimate empathyMatch, Estimate resolution,
        Estimate complaint, Estimate transfer, Estimate csat) {
}
