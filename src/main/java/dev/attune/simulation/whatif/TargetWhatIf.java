package dev.attune.simulation.whatif;

import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.simulation.day.CapacityModel;
import dev.attune.simulation.day.DayMetric;
import dev.attune.simulation.day.LogReplay;
import dev.attune.simulation.day.OutcomeModel;
import dev.attune.simulation.day.OverlayModel;
import dev.attune.simulation.day.PolicyComparison;
import dev.attune.simulation.day.PolicyFactory;
import dev.attune.simulation.day.TargetVerdicts;
import dev.attune.simulation.day.Targets;
import dev.attune.simulation.des.Estimate;
import dev.attune.simulation.routing.AttunePolicies;
import dev.attune.simulation.routing.BaselinePolicies;
import dev.attune.simulation.routing.PolicySettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;

/**
 * The comparison {@code CompareRoutingPolicies} runs for issue 13, for proposed weights: longest-idle, the weights
 * in force and the proposed ones on the calibrated replay (config/simulation/capacity.json) of the first days of a
 * month of the Anonymous Bank log, on the same callers and agents, judged by {@link TargetVerdicts} against
 * config/simulation/targets.json, the same code and files the command line uses.
 */
public class TargetWhatIf {
    static final String CURRENT = "current";
    static final String PROPOSED = "proposed";

    private final Supplier<Catalogue> catalogue;
    private final Path configDir;
    private final Path data;

    /**
     * @param catalogue the catalogue in force, read at each comparison
     * @param configDir config/, for the simulator's models, the capacity model and the targets
     * @param data      the Anonymous Bank folder (january.txt, february.txt)
     */
    public TargetWhatIf(Supplier<Catalogue> catalogue, Path configDir, Path data) {
        this.catalogue = catalogue;
        this.configDir = configDir;
        this.data = data;
    }

    /**
     * @param month    january or february
     * @param progress told the share done, in [0,1], as the runs go
     * @throws IllegalStateException when the month's log or the capacity model is missing
     */
    public TargetComparison compare(RoutingWeights current, RoutingWeights proposed, String month, int days,
            int replications, long seed, DoubleConsumer progress) {
        if (!Files.isRegularFile(data.resolve(month + ".txt"))) {
            throw new IllegalStateException("no " + month + " log in " + data.toAbsolutePath().normalize()
                    + " (attune.what-if.data names the Anonymous Bank folder)");
        }
        Path capacityFile = configDir.resolve("simulation/capacity.json");
        if (!Files.isRegularFile(capacityFile)) {
            throw new IllegalStateException("no calibrated replay: " + capacityFile + " is missing");
        }
        WhatIfDay.Loaded loaded = new WhatIfDay(month, days, data, configDir).load(seed);
        CapacityModel capacity = CapacityModel.read(capacityFile);
        Catalogue products = catalogue.get();
        PolicySettings settings = PolicySettings.read(configDir.resolve("simulation/policies.json"));
        LogReplay replay = new LogReplay(loaded.log(), loaded.patience(), capacity, products,
                OverlayModel.read(configDir.resolve("simulation/overlay.json")),
                OutcomeModel.read(configDir.resolve("simulation/outcome-model.json")), seed);
        List<PolicyFactory> policies = List.of(
                BaselinePolicies.all(settings).stream().filter(p -> p.name().equals(BaselinePolicies.LONGEST_IDLE))
                        .findFirst().orElseThrow(),
                AttunePolicies.policy(CURRENT, products, current, settings),
                AttunePolicies.policy(PROPOSED, products, proposed, settings));
        AtomicInteger runs = new AtomicInteger();
        double total = (double) policies.size() * replications;
        progress.accept(0);
        PolicyComparison comparison = PolicyComparison.run(replay, policies, replications,
                result -> progress.accept(runs.incrementAndGet() / total));
        Targets targets = Targets.read(configDir.resolve("simulation/targets.json"));
        String scenario = String.format(Locale.ROOT, "%s, calibrated replay (capacity fitted on %s), %d replication%s,"
                + " seed %d, Attune engine (plan %s)", loaded.description(), capacity.fittedOn(), replications,
                replications == 1 ? "" : "s", seed, settings.attune().planMode().toLowerCase(Locale.ROOT));
        return new TargetComparison(scenario,
                comparison.policies().stream().map(p -> policy(comparison, p, targets)).toList(),
                List.of(judged(comparison, CURRENT, targets), judged(comparison, PROPOSED, targets)),
                TargetVerdicts.report(comparison, targets).strip());
    }

    private static TargetComparison.Policy policy(PolicyComparison comparison, String name, Targets targets) {
        // the reference judged against itself: its ratio is 1 and its fraction of the ceiling is the same measure
        List<TargetVerdicts.Verdict> judged = TargetVerdicts.judge(comparison, name, targets);
        return new TargetComparison.Policy(name, figure(comparison.estimate(name, DayMetric.HIGH_CARE_TOP_EMPATHY)),
                figure(judged.get(0).measured()), figure(comparison.estimate(name, DayMetric.HIGH_CARE_CEILING)),
                figure(judged.get(3).measured()), figure(comparison.estimate(name, DayMetric.ASA)),
                figure(comparison.estimate(name, DayMetric.ABANDONMENT)),
                figure(comparison.estimate(name, DayMetric.SERVICE_LEVEL)));
    }

    private static TargetComparison.Judged judged(PolicyComparison comparison, String policy, Targets targets) {
        return new TargetComparison.Judged(policy, TargetVerdicts.judge(comparison, policy, targets).stream()
                .map(v -> new TargetComparison.Verdict(v.target(), figure(v.measured()), v.bound(), v.higherIsBetter(),
                        v.unit(), v.verdict()))
                .toList());
    }

    /** Null when there is nothing to measure (no high-care caller answered in a short run): no made-up zero. */
    private static TargetComparison.Figure figure(Estimate estimate) {
        if (!Double.isFinite(estimate.mean())) {
            return null;
        }
        double h = estimate.halfWidth();
        return new TargetComparison.Figure(estimate.mean(), Double.isFinite(h) ? h : null);
    }
}
