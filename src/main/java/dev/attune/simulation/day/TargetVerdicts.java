package dev.attune.simulation.day;

import dev.attune.simulation.des.Estimate;
import dev.attune.simulation.des.RatioSample;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Judges one policy of a comparison against the reference on each target, from the run itself. Every
 * figure carries its 95% interval over replications, paired with the reference's run on the same callers
 * and agents: a target is met when the whole interval is on the right side of it, missed when the whole
 * interval is on the wrong side, and undecided when the interval straddles it.
 */
public final class TargetVerdicts {
    private TargetVerdicts() {
    }

    /** One target: the measured figure, its interval, the bound, and the verdict. */
    public record Verdict(String target, Estimate measured, double bound, boolean higherIsBetter, String unit) {
        public String verdict() {
            if (!Double.isFinite(measured.halfWidth())) {
                return (higherIsBetter ? measured.mean() >= bound : measured.mean() <= bound) ? "met (no interval)"
                        : "NOT met (no interval)";
            }
            boolean allGood = higherIsBetter ? measured.lower() >= bound : measured.upper() <= bound;
            boolean allBad = higherIsBetter ? measured.upper() < bound : measured.lower() > bound;
            return allGood ? "met" : allBad ? "NOT met" : "undecided";
        }

        public String line() {
            return String.format(Locale.ROOT, "  %-46s %10s ± %-8s %-2s %8s   %s", target, fmt(measured.mean()),
                    fmt(measured.halfWidth()), higherIsBetter ? ">=" : "<=", fmt(bound) + unit, verdict());
        }

        private String fmt(double v) {
            return String.format(Locale.ROOT, unit.equals("x") ? "%.3f" : "%.2f", v);
        }
    }

    public static List<Verdict> judge(PolicyComparison comparison, String policy, Targets targets) {
        String reference = comparison.reference();
        List<DayResult> mine = comparison.results(policy);
        List<DayResult> base = comparison.results(reference);
        RatioSample share = new RatioSample();
        RatioSample ceiling = new RatioSample();
        for (int r = 0; r < mine.size(); r++) {
            share.add(mine.get(r).value(DayMetric.HIGH_CARE_TOP_EMPATHY), base.get(r).value(DayMetric.HIGH_CARE_TOP_EMPATHY));
            ceiling.add(mine.get(r).value(DayMetric.HIGH_CARE_TOP_EMPATHY), mine.get(r).value(DayMetric.HIGH_CARE_CEILING));
        }
        double asaBase = comparison.estimate(reference, DayMetric.ASA).mean();
        List<Verdict> out = new ArrayList<>();
        out.add(new Verdict("high-care share, ratio to " + reference, share.estimate(PolicyComparison.LEVEL),
                targets.highCareShareRatio(), true, "x"));
        out.add(new Verdict("ASA change", comparison.difference(policy, DayMetric.ASA).scaled(100 / asaBase),
                targets.asaIncreasePercent(), false, "%"));
        out.add(new Verdict("abandonment change (points)", comparison.difference(policy, DayMetric.ABANDONMENT),
                targets.abandonmentIncreasePoints(), false, ""));
        out.add(new Verdict("fraction of the hindsight ceiling", ceiling.estimate(PolicyComparison.LEVEL),
                targets.ceilingFraction(), true, "x"));
        out.add(new Verdict("occupancy spread change (points)", comparison.difference(policy, DayMetric.OCCUPANCY_SPREAD),
                targets.occupancySpreadIncreasePoints(), false, ""));
        return out;
    }

    /** The verdicts of every policy but the reference, and what the ceiling allows. */
    public static String report(PolicyComparison comparison, Targets targets) {
        String reference = comparison.reference();
        StringBuilder out = new StringBuilder();
        Estimate refShare = comparison.estimate(reference, DayMetric.HIGH_CARE_TOP_EMPATHY);
        Estimate refCeiling = comparison.estimate(reference, DayMetric.HIGH_CARE_CEILING);
        out.append(String.format(Locale.ROOT, "%nHigh-care share against the hindsight ceiling (%s's floor): share %.2f %%,"
                + " ceiling %.2f %%; the ceiling allows x%.2f of %s's share, the target asks x%.2f%s%n", reference,
                refShare.mean(), refCeiling.mean(), refCeiling.mean() / refShare.mean(), reference,
                targets.highCareShareRatio(), refCeiling.mean() / refShare.mean() < targets.highCareShareRatio()
                        ? ": x" + targets.highCareShareRatio() + " is above the ceiling, so 90% of the ceiling is the bar"
                        : ""));
        for (String policy : comparison.policies()) {
            if (policy.equals(reference)) {
                continue;
            }
            out.append(String.format(Locale.ROOT, "%nTargets, %s against %s (95%% paired intervals):%n", policy, reference));
            judge(comparison, policy, targets).forEach(v -> out.append(v.line()).append('\n'));
        }
        return out.toString();
    }
}
