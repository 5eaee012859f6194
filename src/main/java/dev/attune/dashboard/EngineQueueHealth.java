package dev.attune.dashboard;

import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.DecisionPath;
import dev.attune.core.domain.ServiceLevelTarget;
import dev.attune.core.engine.PoolStatus;
import dev.attune.service.EngineHost;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Queue health of every pool this instance routes, from the engine's own status of each pool (the host's
 * last snapshot, so the dashboard never waits for the engine thread), today's tally of answered and
 * abandoned calls, the latest decisions and the router's latency meter.
 */
@ApplicationScoped
public class EngineQueueHealth {
    private final Supplier<List<PoolStatus>> statuses;
    private final TodayTally tally;
    private final RecentDecisions recent;
    private final Function<String, Double> p99Millis;
    private final Function<String, ServiceLevelTarget> targets;
    private final double highCareThreshold;
    private final double distressThreshold;
    private final int waitingCallsShown;

    @Inject
    public EngineQueueHealth(EngineHost host, TodayTally tally, RecentDecisions recent, RouterMetrics metrics,
            ServiceLevelTargets targets, DashboardSettings settings) {
        this(host::statuses, tally, recent, metrics::p99Millis, targets, settings.highCareThreshold(),
                settings.distressThreshold(), settings.waitingCallsShown());
    }

    EngineQueueHealth(Supplier<List<PoolStatus>> statuses, TodayTally tally, RecentDecisions recent,
            Function<String, Double> p99Millis, Function<String, ServiceLevelTarget> targets, double highCareThreshold,
            double distressThreshold, int waitingCallsShown) {
        this.statuses = statuses;
        this.tally = tally;
        this.recent = recent;
        this.p99Millis = p99Millis;
        this.targets = targets;
        this.highCareThreshold = highCareThreshold;
        this.distressThreshold = distressThreshold;
        this.waitingCallsShown = waitingCallsShown;
    }

    /** Every pool, in pool-id order. */
    public List<PoolHealth> pools() {
        return statuses.get().stream()
                .sorted(Comparator.comparing(PoolStatus::poolId))
                .map(this::health)
                .toList();
    }

    private PoolHealth health(PoolStatus status) {
        List<PoolStatus.WaitingCall> calls = status.waitingCalls();
        Map<String, TodayTally.Count> today = tally.today(status.poolId());

        int pastThreshold = 0;
        Double worstRatio = null;
        int highCare = 0;
        int highCarePast = 0;
        double highCareLongest = 0;
        int distressed = 0;
        int distressedPast = 0;
        double distressedLongest = 0;
        Map<String, QueueTally> queues = new TreeMap<>();
        for (PoolStatus.WaitingCall call : calls) {
            double waited = seconds(call);
            ServiceLevelTarget target = targets.apply(call.productCode());
            boolean past = target != null && waited > target.thresholdSeconds();
            if (target != null) {
                double ratio = waited / target.thresholdSeconds();
                worstRatio = worstRatio == null ? ratio : Math.max(worstRatio, ratio);
            }
            pastThreshold += past ? 1 : 0;
            boolean isHighCare = call.careNeed() >= highCareThreshold;
            boolean isDistressed = call.distress() >= distressThreshold;
            if (isHighCare) {
                highCare++;
                highCarePast += past ? 1 : 0;
                highCareLongest = Math.max(highCareLongest, waited);
            }
            if (isDistressed) {
                distressed++;
                distressedPast += past ? 1 : 0;
                distressedLongest = Math.max(distressedLongest, waited);
            }
            queues.computeIfAbsent(call.productCode(), p -> new QueueTally()).add(waited, isHighCare, isDistressed);
        }
        today.keySet().forEach(product -> queues.computeIfAbsent(product, p -> new QueueTally()));

        long answered = 0;
        long inTime = 0;
        long abandoned = 0;
        double promised = 0;
        for (TodayTally.Count count : today.values()) {
            answered += count.answered();
            inTime += count.answeredInTime();
            abandoned += count.abandoned();
            promised += count.target().share() * count.finished();
        }
        long finished = answered + abandoned;

        List<PoolHealth.QueueHealth> queueRows = new ArrayList<>();
        Set<Integer> thresholds = new HashSet<>();
        queues.forEach((product, q) -> {
            ServiceLevelTarget target = targets.apply(product);
            if (target != null) {
                thresholds.add(target.thresholdSeconds());
            }
            TodayTally.Count count = today.get(product);
            boolean any = count != null && count.finished() > 0;
            queueRows.add(new PoolHealth.QueueHealth(product, q.waiting, q.longest, q.highCare, q.distressed,
                    target == null ? null : target.thresholdSeconds(),
                    any ? (double) count.answeredInTime() / count.finished() : null,
                    target == null ? null : target.share(), any ? count.finished() : 0));
        });
        queueRows.sort(Comparator.comparingInt(PoolHealth.QueueHealth::waiting).reversed()
                .thenComparing(Comparator.comparingDouble(PoolHealth.QueueHealth::longestWaitSeconds).reversed())
                .thenComparing(PoolHealth.QueueHealth::product));

        Map<String, Integer> agents = new LinkedHashMap<>();
        for (AgentState state : AgentState.values()) {
            agents.put(state.name(), status.agentsByState().getOrDefault(state, 0));
        }
        Map<String, Long> decisions = new LinkedHashMap<>();
        for (DecisionPath path : DecisionPath.values()) {
            decisions.put(path.name(), status.counters().decisions().getOrDefault(path, 0L));
        }
        List<PoolHealth.WaitingCall> shown = calls.stream().limit(waitingCallsShown)
                .map(c -> new PoolHealth.WaitingCall(c.callId(), c.productCode(), seconds(c), c.careNeed(),
                        c.distress(), c.stakes(), c.heldForAgentId()))
                .toList();

        return new PoolHealth(status.poolId(), calls.size(), status.longestWait().toMillis() / 1000.0, pastThreshold,
                worstRatio, thresholds.size() == 1 ? thresholds.iterator().next() : null,
                finished == 0 ? null : (double) inTime / finished, finished == 0 ? null : promised / finished,
                finished == 0 ? null : (double) abandoned / finished, answered, inTime, abandoned,
                new PoolHealth.CareWaiting(highCare, highCareLongest, highCarePast),
                new PoolHealth.CareWaiting(distressed, distressedLongest, distressedPast),
                agents, status.availableAgents(), status.pendingOffers().size(), status.routingMode().name(),
                status.fallbackReason(), decisions, status.counters().fallbacks(), p99Millis.apply(status.poolId()),
                queueRows, shown, recent.of(status.poolId()));
    }

    private static double seconds(PoolStatus.WaitingCall call) {
        return call.waited().toMillis() / 1000.0;
    }

    /** Waiting callers of one product. */
    private static final class QueueTally {
        int waiting;
        double longest;
        int highCare;
        int distressed;

        void add(double waited, boolean isHighCare, boolean isDistressed) {
            waiting++;
            longest = Math.max(longest, waited);
            highCare += isHighCare ? 1 : 0;
            distressed += isDistressed ? 1 : 0;
        }
    }
}
