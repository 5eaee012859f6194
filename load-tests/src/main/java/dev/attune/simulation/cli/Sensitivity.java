package dev.attune.simulation.cli;

import dev.attune.simulation.day.DayMetric;
import dev.attune.simulation.day.PolicyComparison;
import dev.attune.simulation.day.SensitivityVariants;
import dev.attune.simulation.day.TargetVerdicts;
import dev.attune.simulation.day.Targets;
import dev.attune.simulation.des.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/** Reruns the comparison under each one-at-a-time variant and prints every policy's verdicts per variant. */
final class Sensitivity {
    private Sensitivity() {
    }

    /**
     * @param printed told each variant's rows as soon as they are measured, so a run stopped early keeps what it did
     * @return the whole table
     */
    static String run(List<SensitivityVariants.Models> variants,
            Function<SensitivityVariants.Models, PolicyComparison> compare, PolicyComparison asConfigured,
            Targets targets, String title, Consumer<String> printed) {
        StringBuilder out = new StringBuilder();
        Consumer<String> both = text -> {
            out.append(text);
            printed.accept(text);
        };
        both.accept(title + ": sensitivity, one assumption varied at a time\n" + String.format(Locale.ROOT,
                "%-40s %-18s %16s %16s %16s %16s %16s %10s  %s%n", "variant", "policy", "share ratio", "ASA change %",
                "abandon. pts", "of ceiling", "complaints pts", "spread pts",
                "verdicts (ratio, ASA, abandonment, ceiling, spread)"));
        both.accept(rows("as configured", asConfigured, targets));
        for (SensitivityVariants.Models variant : variants) {
            both.accept(rows(variant.name(), compare.apply(variant), targets));
        }
        return out.toString();
    }

    /** The variants a run asks for: "all", or 1-based numbers and ranges into sensitivity.json ("1-4,9"). */
    static List<SensitivityVariants.Models> select(List<SensitivityVariants.Models> all, String numbers) {
        if (numbers == null || numbers.equals("all")) {
            return all;
        }
        List<SensitivityVariants.Models> chosen = new ArrayList<>();
        for (String part : numbers.split(",")) {
            String[] range = part.trim().split("-", 2);
            int from = number(range[0], all.size());
            int to = range.length == 2 ? number(range[1], all.size()) : from;
            for (int i = from; i <= to; i++) {
                chosen.add(all.get(i - 1));
            }
        }
        return chosen;
    }

    private static int number(String text, int count) {
        try {
            int n = Integer.parseInt(text.trim());
            if (n >= 1 && n <= count) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below with the valid range
        }
        throw new IllegalArgumentException("--variants: '" + text + "' is not a variant number 1-" + count);
    }

    private static String rows(String name, PolicyComparison comparison, Targets targets) {
        StringBuilder out = new StringBuilder();
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
        return out.toString();
    }

    private static String cell(Estimate e) {
        return String.format(Locale.ROOT, "%+.2f ± %.2f", e.mean(), Double.isFinite(e.halfWidth()) ? e.halfWidth() : 0);
    }
}
