package dev.attune.dashboard;

import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.DecisionPath;
import dev.attune.core.domain.ServiceLevelTarget;
import dev.attune.core.engine.PoolStatus;
import dev.attune.core.engine.WaitReason;
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
        Waiting waiting = waiting(calls);
        today.keySet().forEach(product -> waiting.queues.computeIfAbsent(product, p -> new QueueTally()));
        Finished finished = Finished.of(today.values());
        Set<Integer> thresholds = new HashSet<>();
        List<PoolHealth.QueueHealth> queueRows = queueRows(waiting.queues, today, thresholds);
        List<PoolHealth.WaitingCall> shown = calls.stream().limit(waitingCallsShown)
                .map(c -> new PoolHealth.WaitingCall(c.callId(), c.productCode(), seconds(c), c.careNeed(),
                        c.distress(), c.stakes(), c.heldForAgentId(),
                        c.waitReason() == null ? null : c.waitReason().name()))
                .toList();

        return new PoolHealth(status.poolId(), calls.size(), status.longestWait().toMillis() / 1000.0,
                waiting.pastThreshold, waiting.worstRatio, thresholds.size() == 1 ? thresholds.iterator().next() : null,
                finished.share(finished.inTime), finished.promised(), finished.share(finished.abandoned),
                finished.answered, finished.inTime, finished.abandoned, waiting.highCare.health(),
                waiting.distressed.health(), agentsByState(status), status.availableAgents(),
                status.pendingOffers().size(), status.routingMode().name(), status.fallbackReason(),
                decisionsByPath(status), status.counters().fallbacks(), p99Millis.apply(status.poolId()),
                queueRows, shown, waitReasons(calls), recent.of(status.poolId()));
    }

    private Waiting waiting(List<PoolStatus.WaitingCall> calls) {
        Waiting waiting = new Waiting();
        for (PoolStatus.WaitingCall call : calls) {
            double waited = seconds(call);
            ServiceLevelTarget target = targets.apply(call.productCode());
            boolean past = target != null && waited > target.thresholdSeconds();
            if (target != null) {
                double ratio = waited / target.thresholdSeconds();
                waiting.worstRatio = waiting.worstRatio == null ? ratio : Math.max(waiting.worstRatio, ratio);
            }
            waiting.pastThreshold += past ? 1 : 0;
            boolean isHighCare = call.careNeed() >= highCareThreshold;
            boolean isDistressed = call.distress() >= distressThreshold;
            if (isHighCare) {
                waiting.highCare.add(waited, past);
            }
            if (isDistressed) {
                waiting.distressed.add(waited, past);
            }
            waiting.queues.computeIfAbsent(call.productCode(), p -> new QueueTally())
                    .add(waited, isHighCare, isDistressed);
        }
        return waiting;
    }

    private List<PoolHealth.QueueHealth> queueRows(Map<String, QueueTally> queues,
            Map<String, TodayTally.Count> today, Set<Integer> thresholds) {
        List<PoolHealth.QueueHealth> queueRows = new ArrayList<>();
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
        return queueRows;
    }

    private static Map<String, Integer> agentsByState(PoolStatus status) {
        Map<String, Integer> agents = new LinkedHashMap<>();
        for (AgentState state : AgentState.values()) {
            agents.put(state.name(), status.agentsByState().getOrDefault(state, 0));
        }
        return agents;
    }

    /** Waiting calls by why they wait, every reason listed (zeros too) so a screen's rows do not come and go. */
    private static Map<String, Integer> waitReasons(List<PoolStatus.WaitingCall> calls) {
        Map<String, Integer> reasons = new LinkedHashMap<>();
        for (WaitReason reason : WaitReason.values()) {
            reasons.put(reason.name(), 0);
        }
        for (PoolStatus.WaitingCall call : calls) {
            if (call.waitReason() != null) {
                reasons.merge(call.waitReason().name(), 1, Integer::sum);
            }
        }
        return reasons;
    }

    private static Map<String, Long> decisionsByPath(PoolStatus status) {
        Map<String, Long> decisions = new LinkedHashMap<>();
        for (DecisionPath path : DecisionPath.values()) {
            decisions.put(path.name(), status.counters().decisions().getOrDefault(path, 0L));
        }
        return decisions;
    }

    private static double seconds(PoolStatus.WaitingCall call) {
        return call.waited().toMillis() / 1000.0;
    }

    /** The calls waiting in one pool, tallied. */
    private static final class Waiting {
        int pastThreshold;
        Double worstRatio;
        final CareTally highCare = new CareTally();
        final CareTally distressed = new CareTally();
        final Map<String, QueueTally> queues = new TreeMap<>();
    }

    /** Waiting callers of one kind of care (high care, distressed). */
    private static final class CareTally {
        int waiting;
        int past;
        double longest;

        void add(double waited, boolean pastThreshold) {
            waiting++;
            past += pastThreshold ? 1 : 0;
            longest = Math.max(longest, waited);
        }

        PoolHealth.CareWaiting health() {
            return new PoolHealth.CareWaiting(waiting, longest, past);
        }
    }

    /** Today's calls of one pool that are over: answered (in time or not) or abandoned. */
    private record Finished(long answered, long inTime, long abandoned, double promisedCalls) {
        static Finished of(Iterable<TodayTally.Count> counts) {
            long answered = 0;
            long inTime = 0;
            long abandoned = 0;
            double promised = 0;
            for (TodayTally.Count count : counts) {
                answered += count.answered();
                inTime += count.answeredInTime();
                abandoned += count.abandoned();
                promised += count.target().share() * count.finished();
            }
            return new Finished(answered, inTime, abandoned, promised);
        }

        /** The share of finished calls, null before the first. */
        Double share(long calls) {
            long finished = answered + abandoned;
            return finished == 0 ? null : (double) calls / finished;
        }

        Double promised() {
            long finished = answered + abandoned;
            return finished == 0 ? null : promisedCalls / finished;
        }
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
