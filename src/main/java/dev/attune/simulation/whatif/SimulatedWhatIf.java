package dev.attune.simulation.whatif;

import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.learning.fairness.FairnessAudit;
import dev.attune.learning.fairness.FairnessRules;
import dev.attune.learning.fairness.SegmentedCall;
import dev.attune.simulation.day.CapacityModel;
import dev.attune.simulation.day.DayMetric;
import dev.attune.simulation.day.LogReplay;
import dev.attune.simulation.day.OutcomeModel;
import dev.attune.simulation.day.OverlayModel;
import dev.attune.simulation.day.PatienceModel;
import dev.attune.simulation.day.PolicyComparison;
import dev.attune.simulation.day.PolicyFactory;
import dev.attune.simulation.des.Estimate;
import dev.attune.simulation.routing.AttunePolicies;
import dev.attune.simulation.routing.PolicySettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Runs the contact-centre simulator (docs/simulation.md) on the real routing engine twice per replication,
 * once with the weights in force and once with the proposed ones, on the same callers and agents (common
 * random numbers), and reports what workforce managers weigh: service level, speed of answer, abandonment,
 * how many high-care callers reach the most empathetic agents, the empathy match and modelled complaints.
 * The catalogue is the one in force; the overlay, outcome model and engine driving are config/simulation/.
 */
public class SimulatedWhatIf implements WhatIfSimulator {
    /** What the comparison shows, in this order, and how each simulator measure is put on screen. */
    private static final List<Shown> SHOWN = List.of(
            new Shown("serviceLevel", "Service level (answered within %s s)", "share", DayMetric.SERVICE_LEVEL, 0.01),
            new Shown("asa", "Average speed of answer", "seconds", DayMetric.ASA, 1),
            new Shown("abandonment", "Abandonment", "share", DayMetric.ABANDONMENT, 0.01),
            new Shown("highCareTopEmpathy", "High-care callers served by top-quartile-empathy agents", "share",
                    DayMetric.HIGH_CARE_TOP_EMPATHY, 0.01),
            new Shown("empathyMatch", "Empathy match, weighted by distress", "score",
                    DayMetric.DISTRESS_WEIGHTED_EMPATHY, 1),
            new Shown("complaintRate", "Modelled complaint rate", "share", DayMetric.COMPLAINT_RATE, 0.01));

    private record Shown(String name, String label, String unit, DayMetric metric, double scale) {
    }

    private final Supplier<Catalogue> catalogue;
    private final Path configDir;
    private final WhatIfDay day;
    private final FairnessRules fairness;
    private UnaryOperator<PolicyFactory> proposedRouting = UnaryOperator.identity();

    /** With the audit's default rules: the four-fifths band, 30 calls, 90% intervals. */
    public SimulatedWhatIf(Supplier<Catalogue> catalogue, Path configDir, WhatIfDay day) {
        this(catalogue, configDir, day, new FairnessRules(List.of("channel"), 0.8, 30, 0.9));
    }

    /**
     * @param catalogue the catalogue in force, read at each comparison
     * @param configDir config/, for the simulator's models (config/simulation/)
     * @param fairness  the live audit's rules, so the what-if flags what the live audit would
     */
    public SimulatedWhatIf(Supplier<Catalogue> catalogue, Path configDir, WhatIfDay day, FairnessRules fairness) {
        this.catalogue = catalogue;
        this.configDir = configDir;
        this.day = day;
        this.fairness = fairness;
    }

    /**
     * Changes how the proposed side routes beyond its weights: for tests that inject a bias on a segment
     * (Attune's weights have no segment term to carry one) and check that the audit flags it.
     */
    SimulatedWhatIf withProposedRouting(UnaryOperator<PolicyFactory> change) {
        proposedRouting = change;
        return this;
    }

    @Override
    public WhatIfComparison compare(RoutingWeights current, RoutingWeights proposed, long seed, int replications,
            DoubleConsumer progress) {
        WhatIfDay.Loaded loaded = day.load(seed);
        CapacityModel capacity = capacity(loaded);
        return compare(loaded, capacity, current, proposed, seed, replications, progress, replay -> replay);
    }

    /**
     * On the buyer's journalled traffic: its arrivals, products, languages, vulnerability, distress, waits and
     * handle times, its agents with today's profiles. The light capacity: the journal has no after-call time.
     */
    @Override
    public WhatIfComparison compare(JournalTraffic traffic, RoutingWeights current, RoutingWeights proposed, long seed,
            int replications, DoubleConsumer progress) {
        JournalTraffic.Replayable journal = traffic.replayable();
        String description = String.format(Locale.ROOT, "%s (%,d calls, %d agents%s)", traffic.description(),
                journal.log().callCount(), journal.log().agents().size(), journal.skipped() == 0 ? ""
                        : String.format(Locale.ROOT, "; %,d neither answered nor abandoned left out", journal.skipped()));
        WhatIfDay.Loaded loaded = new WhatIfDay.Loaded(journal.log(), PatienceModel.fromLog(journal.log()),
                description, false);
        return compare(loaded, CapacityModel.LIGHT, current, proposed, seed, replications, progress,
                replay -> replay.knowing(journal.callers(), journal.agents()));
    }

    private WhatIfComparison compare(WhatIfDay.Loaded loaded, CapacityModel capacity, RoutingWeights current,
            RoutingWeights proposed, long seed, int replications, DoubleConsumer progress,
            UnaryOperator<LogReplay> known) {
        Catalogue products = catalogue.get();
        PolicySettings policies = PolicySettings.read(configDir.resolve("simulation/policies.json"));
        OverlayModel overlay = OverlayModel.read(configDir.resolve("simulation/overlay.json"));
        LogReplay replay = known.apply(new LogReplay(loaded.log(), loaded.patience(), capacity, products, overlay,
                OutcomeModel.read(configDir.resolve("simulation/outcome-model.json")), seed).keepingSegments());
        List<PolicyFactory> both = List.of(
                AttunePolicies.policy("current", products, current, policies),
                proposedRouting.apply(AttunePolicies.policy("proposed", products, proposed, policies)));
        AtomicInteger runs = new AtomicInteger();
        double total = 2.0 * replications;
        progress.accept(0);
        PolicyComparison comparison = PolicyComparison.run(replay, both, replications,
                result -> progress.accept(runs.incrementAndGet() / total));
        String scenario = String.format(Locale.ROOT, "%s, %s replay, %d replication%s, seed %d, Attune engine (plan %s)",
                loaded.description(), capacity.light() ? "light" : "calibrated", replications,
                replications == 1 ? "" : "s", seed,
                policies.attune().planMode().toLowerCase(Locale.ROOT));
        return new WhatIfComparison(scenario, metrics(comparison, overlay.measures().serviceLevelSeconds()),
                audit(comparison));
    }

    /** The audit of each side over all its replications' callers. */
    private WhatIfFairness audit(PolicyComparison comparison) {
        FairnessAudit audit = new FairnessAudit(fairness);
        return WhatIfFairness.of(fairness.band(), audit.audit(callers(comparison, "current")),
                audit.audit(callers(comparison, "proposed")));
    }

    private static List<SegmentedCall> callers(PolicyComparison comparison, String policy) {
        return comparison.results(policy).stream().flatMap(r -> r.segmentedCalls().stream()).toList();
    }

    /** The real log replays on the calibrated capacity (docs/simulation.md); the synthetic day has its own staffing. */
    private CapacityModel capacity(WhatIfDay.Loaded loaded) {
        Path file = configDir.resolve("simulation/capacity.json");
        return loaded.synthetic() || !Files.isRegularFile(file) ? CapacityModel.LIGHT : CapacityModel.read(file);
    }

    private static List<WhatIfComparison.Metric> metrics(PolicyComparison comparison, double serviceLevelSeconds) {
        List<WhatIfComparison.Metric> out = new ArrayList<>();
        for (Shown shown : SHOWN) {
            Estimate current = comparison.estimate("current", shown.metric()).scaled(shown.scale());
            Estimate proposed = comparison.estimate("proposed", shown.metric()).scaled(shown.scale());
            Estimate difference = comparison.difference("proposed", shown.metric()).scaled(shown.scale());
            String label = String.format(Locale.ROOT, shown.label(), new DecimalFormat("0.#").format(serviceLevelSeconds));
            out.add(new WhatIfComparison.Metric(shown.name(), label, shown.unit(),
                    shown.metric().higherIsBetter(), current.mean(), proposed.mean(), halfWidth(current),
                    halfWidth(proposed), difference.mean(), halfWidth(difference)));
        }
        return out;
    }

    /** Null when there is no interval (one replication), so the page draws no whisker rather than a made-up one. */
    private static Double halfWidth(Estimate estimate) {
        double h = estimate.halfWidth();
        return Double.isFinite(h) ? h : null;
    }
}
