package dev.attune.simulation.cli;

import dev.attune.simulation.day.DayMetric;
import dev.attune.simulation.day.PolicyComparison;
import dev.attune.simulation.day.SensitivityVariants;
import dev.attune.simulation.day.TargetVerdicts;
import dev.attune.simulation.day.Targets;
import dev.attune.simulation.des.Estimate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Reruns the comparison under each one-at-a-time variant and prints every policy's verdicts per variant. */
final class Sensitivity {
    private Sensitivity() {
    }

    static String run(List<SensitivityVariants.Models> variants,
            Function<SensitivityVariants.Models, PolicyComparison> compare, PolicyComparison asConfigured,
            Targets targets, String title) {
        StringBuilder out = new StringBuilder(title).append(": sensitivity, one assumption varied at a time\n");
        out.append(String.format(Locale.ROOT, "%-40s %-18s %16s %16s %16s %16s %16s %10s  %s%n", "variant", "policy",
                "share ratio", "ASA change %", "abandon. pts", "of ceiling", "complaints pts", "spread pts",
                "verdicts (ratio, ASA, abandonment, ceiling, spread)"));
        rows(out, "as configured", asConfigured, targets);
        for (SensitivityVariants.Models variant : variants) {
            rows(out, variant.name(), compare.apply(variant), targets);
        }
        return out.toString();
    }

    private static void rows(StringBuilder out, String name, PolicyComparison comparison, Targets targets) {
        for (String policy : comparison.policies()) {
            if (policy.equals(comparison.reference())) {
                continue;
            }
            List<TargetVerdicts.Verdict> verdicts = TargetVerdicts.judge(comparison, policy, targets);
            Estimate complaints = comparison.difference(policy, DayMetric.COMPLAINT_RATE);
            out.append(String.format(Locale.ROOT, "%-40s %-18s %16s %16s %16s %16s %16s %10s  %s%n", name, policy,
                    cell(verdicts.get(0).measured()), cell(verdicts.get(1).measured()), cell(verdicts.get(2).measured()),
                    cell(verdicts.get(3).measured()), cell(complaints),
                    String.format(Locale.ROOT, "%+.2f", verdicts.get(4).measured().mean()),
                    String.join(", ", verdicts.stream().map(TargetVerdicts.Verdict::verdict).toList())));
        }
    }

    private static String cell(Estimate e) {
        return String.format(Locale.ROOT, "%+.2f ± %.2f", e.mean(), Double.isFinite(e.halfWidth()) ? e.halfWidth() : 0);
    }
}
