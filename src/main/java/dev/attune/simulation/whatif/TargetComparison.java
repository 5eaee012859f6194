package dev.attune.simulation.whatif;

import java.util.List;

/**
 * Longest-idle, the weights in force and the proposed weights on the calibrated replay of a month, measured as
 * {@code CompareRoutingPolicies} measures them (docs/simulation.md, "Targets and how the run judges them").
 *
 * @param scenario what was replayed, in words
 * @param policies longest-idle first (the reference), then "current" and "proposed"
 * @param verdicts the targets of issue 13 for "current" and for "proposed", judged against longest-idle
 * @param report   the ceiling line and the verdicts exactly as the command line prints them
 */
public record TargetComparison(String scenario, List<Policy> policies, List<Judged> verdicts, String report) {

    public TargetComparison {
        policies = List.copyOf(policies);
        verdicts = List.copyOf(verdicts);
    }

    /** A figure with the half-width of its 95% interval over replications (null with one replication). */
    public record Figure(double mean, Double halfWidth) {
    }

    /**
     * One policy's run. Shares, the ceiling and abandonment are in percent, as the command line prints them.
     *
     * @param shareRatio      the high-care share over longest-idle's, paired by replication
     * @param ceilingFraction the high-care share over this policy's own hindsight ceiling
     */
    public record Policy(String name, Figure highCareShare, Figure shareRatio, Figure ceiling, Figure ceilingFraction,
            Figure asa, Figure abandonment, Figure serviceLevel) {
    }

    /** One policy's verdicts against longest-idle. */
    public record Judged(String policy, List<Verdict> targets) {
        public Judged {
            targets = List.copyOf(targets);
        }
    }

    /**
     * One target: the measured figure and its paired interval, the bound, and "met", "NOT met" or "undecided".
     *
     * @param unit "x" for a ratio, "%" for a change in percent, "" for points
     */
    public record Verdict(String target, Figure measured, double bound, boolean higherIsBetter, String unit,
            String verdict) {
    }
}
