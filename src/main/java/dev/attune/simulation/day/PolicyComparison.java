package dev.attune.simulation.day;

import dev.attune.simulation.des.Estimate;
import dev.attune.simulation.des.Sample;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs every policy on every replication of a replay (common random numbers: the same callers and agent
 * profiles for all policies within a replication) and reports each measure with a 95% interval over
 * replications, and each policy's paired difference from the reference policy (longest-idle), whose
 * interval is narrower because the callers' own randomness cancels.
 */
public final class PolicyComparison {
    public static final double LEVEL = 0.95;

    private final List<String> policies = new ArrayList<>();
    private final String reference;
    private final Map<String, Map<DayMetric, Sample>> values = new LinkedHashMap<>();
    private final Map<String, Map<DayMetric, Sample>> differences = new LinkedHashMap<>();
    private final Map<String, List<DayResult>> results = new LinkedHashMap<>();

    private PolicyComparison(String reference) {
        this.reference = reference;
    }

    /**
     * @param progress called after each policy run of each replication
     */
    public static PolicyComparison run(LogReplay replay, List<PolicyFactory> policies, int replications,
            Consumer<DayResult> progress) {
        return run(replay, policies, replications, 1, progress);
    }

    /**
     * The same on {@code threads} threads, one replication per task, each thread on its own copy of the replay.
     * Replication r draws from substream r whichever thread runs it, and the rounds are added in replication
     * order, so the comparison is bit-identical to a sequential run.
     *
     * @param progress called after each policy run of each replication, from one thread at a time
     */
    public static PolicyComparison run(LogReplay replay, List<PolicyFactory> policies, int replications, int threads,
            Consumer<DayResult> progress) {
        PolicyComparison comparison = new PolicyComparison(policies.get(0).name());
        for (PolicyFactory policy : policies) {
            comparison.policies.add(policy.name());
        }
        Consumer<DayResult> reported = result -> {
            synchronized (comparison) {
                progress.accept(result);
            }
        };
        for (Map<String, DayResult> round : ParallelReplications.run(replay, replications, threads,
                (copy, r) -> round(copy, r, policies, reported))) {
            comparison.add(round);
        }
        return comparison;
    }

    private static Map<String, DayResult> round(LogReplay replay, int r, List<PolicyFactory> policies,
            Consumer<DayResult> progress) {
        LogReplay.Replication replication = replay.replication(r);
        Map<String, DayResult> round = new LinkedHashMap<>();
        for (PolicyFactory policy : policies) {
            DayResult result = replay.run(replication, policy);
            round.put(policy.name(), result);
            progress.accept(result);
        }
        return round;
    }

    private void add(Map<String, DayResult> round) {
        DayResult base = round.get(reference);
        round.forEach((policy, result) -> {
            results.computeIfAbsent(policy, p -> new ArrayList<>()).add(result);
            Map<DayMetric, Sample> v = values.computeIfAbsent(policy, p -> new EnumMap<>(DayMetric.class));
            Map<DayMetric, Sample> d = differences.computeIfAbsent(policy, p -> new EnumMap<>(DayMetric.class));
            for (DayMetric metric : DayMetric.values()) {
                v.computeIfAbsent(metric, m -> new Sample()).add(result.value(metric));
                d.computeIfAbsent(metric, m -> new Sample()).add(result.value(metric) - base.value(metric));
            }
        });
    }

    public List<String> policies() {
        return List.copyOf(policies);
    }

    public String reference() {
        return reference;
    }

    public Estimate estimate(String policy, DayMetric metric) {
        return values.get(policy).get(metric).estimate(LEVEL);
    }

    /** policy - reference, paired by replication. */
    public Estimate difference(String policy, DayMetric metric) {
        return differences.get(policy).get(metric).estimate(LEVEL);
    }

    public List<DayResult> results(String policy) {
        return List.copyOf(results.get(policy));
    }

    /** Mean over replications of a per-slot series (NaN slots skipped). */
    public double[] meanBySlot(String policy, java.util.function.Function<DayResult, double[]> series) {
        List<DayResult> runs = results.get(policy);
        int slots = series.apply(runs.get(0)).length;
        double[] mean = new double[slots];
        for (int s = 0; s < slots; s++) {
            double sum = 0;
            int n = 0;
            for (DayResult run : runs) {
                double v = series.apply(run)[s];
                if (!Double.isNaN(v)) {
                    sum += v;
                    n++;
                }
            }
            mean[s] = n == 0 ? Double.NaN : sum / n;
        }
        return mean;
    }
}
