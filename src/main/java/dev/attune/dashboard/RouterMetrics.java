package dev.attune.dashboard;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Reads the router's own meters (the ones Prometheus scrapes) so the dashboard and Grafana never disagree:
 * decision latency p99 and dead letters by reason. The p99 covers the decisions of the last latency window
 * (a minute by default), from the difference of the timer's cumulative histogram now and a window ago, as
 * Prometheus' {@code histogram_quantile(0.99, rate(...[1m]))} would: ops want the latency now, not since start.
 */
@ApplicationScoped
public class RouterMetrics {
    /** Registered by dev.attune.service.RoutingMetrics, tagged by pool. */
    static final String DECISION_LATENCY = "attune.decision.latency";
    /** Registered by dev.attune.kafka.DeadLetters, tagged by reason. */
    static final String DEAD_LETTERS = "attune.dead.letters";
    /** Registered by dev.attune.kafka.IntakeProgress: 1 when the input channel consumes nothing. */
    static final String INTAKE_STOPPED = "attune.intake.stopped";
    /** Registered by dev.attune.kafka.IntakeProgress, tagged by topic. */
    static final String INTAKE_LAG = "attune.intake.lag.records";

    private final MeterRegistry registry;
    private final DashboardSettings settings;
    /** Per pool (null: every pool), the cumulative latency buckets seen at each reading within the window. */
    private final Map<String, Deque<Reading>> readings = new HashMap<>();

    private record Reading(long nanos, TreeMap<Double, Long> buckets) {
    }

    @Inject
    public RouterMetrics(MeterRegistry registry, DashboardSettings settings) {
        this.registry = registry;
        this.settings = settings;
    }

    public RouterHealth read() {
        Map<String, Long> byReason = new TreeMap<>();
        long total = 0;
        for (Counter counter : registry.find(DEAD_LETTERS).counters()) {
            long count = (long) counter.count();
            String reason = counter.getId().getTag("reason");
            byReason.merge(reason == null ? "unspecified" : reason, count, Long::sum);
            total += count;
        }
        boolean stopped = registry.find(INTAKE_STOPPED).gauges().stream().anyMatch(g -> g.value() >= 1);
        long lag = (long) registry.find(INTAKE_LAG).gauges().stream().mapToDouble(g -> g.value()).sum();
        return new RouterHealth(p99Millis((String) null), settings.latencyTargetMillis(), total, byReason, stopped,
                lag);
    }

    /** Decision latency p99 of one pool (every pool when null) over the window, null when nothing was decided in it. */
    public synchronized Double p99Millis(String poolId) {
        Collection<Timer> timers = poolId == null ? registry.find(DECISION_LATENCY).timers()
                : registry.find(DECISION_LATENCY).tag("pool", poolId).timers();
        TreeMap<Double, Long> now = cumulativeBuckets(timers);
        long nanos = System.nanoTime();
        Deque<Reading> history = readings.computeIfAbsent(poolId, p -> new ArrayDeque<>());
        long window = settings.latencyWindow().toNanos();
        while (history.size() > 1 && nanos - history.peekFirst().nanos() > window) {
            history.removeFirst();
        }
        Reading start = history.isEmpty() ? new Reading(nanos, new TreeMap<>()) : history.peekFirst();
        if (history.isEmpty() || nanos - history.peekLast().nanos() >= TimeUnit.SECONDS.toNanos(1)) {
            history.addLast(new Reading(nanos, now));
        }
        return p99Millis(now, start.buckets());
    }

    /** Bucket upper bound (ms) → decisions at or under it, summed over the timers (they share their buckets). */
    private static TreeMap<Double, Long> cumulativeBuckets(Collection<Timer> timers) {
        TreeMap<Double, Long> sum = new TreeMap<>();
        for (Timer timer : timers) {
            for (CountAtBucket bucket : timer.takeSnapshot().histogramCounts()) {
                sum.merge(bucket.bucket(TimeUnit.MILLISECONDS), (long) bucket.count(), Long::sum);
            }
            // Decisions slower than the largest bucket are only in the count: an open-ended last bucket.
            sum.merge(Double.POSITIVE_INFINITY, timer.count(), Long::sum);
        }
        return sum;
    }

    /** The smallest bucket bound under which 99% of the decisions between the two readings fall. */
    static Double p99Millis(TreeMap<Double, Long> now, TreeMap<Double, Long> before) {
        if (now.isEmpty()) {
            return null;
        }
        long total = now.lastEntry().getValue() - before.getOrDefault(now.lastKey(), 0L);
        if (total <= 0) {
            return null;
        }
        double needed = 0.99 * total;
        for (Map.Entry<Double, Long> bucket : now.entrySet()) {
            if (bucket.getValue() - before.getOrDefault(bucket.getKey(), 0L) >= needed) {
                // Past the largest bucket: report that bound, the most the histogram can say.
                return Double.isInfinite(bucket.getKey()) ? now.lowerKey(bucket.getKey()) : bucket.getKey();
            }
        }
        return null;
    }
}
