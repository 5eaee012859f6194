package dev.attune.dashboard;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Reads the router's own meters (the ones Prometheus scrapes) so the dashboard and Grafana never disagree:
 * decision latency p99 and dead letters by reason.
 */
@ApplicationScoped
public class RouterMetrics {
    private final MeterRegistry registry;
    private final DashboardSettings settings;

    @Inject
    public RouterMetrics(MeterRegistry registry, DashboardSettings settings) {
        this.registry = registry;
        this.settings = settings;
    }

    public RouterHealth read() {
        Map<String, Long> byReason = new TreeMap<>();
        long total = 0;
        for (Counter counter : registry.find(settings.deadLetterMeter()).counters()) {
            long count = (long) counter.count();
            String reason = counter.getId().getTag("reason");
            byReason.merge(reason == null ? "unspecified" : reason, count, Long::sum);
            total += count;
        }
        return new RouterHealth(p99Millis(registry.find(settings.latencyMeter()).timers()),
                settings.latencyTargetMillis(), total, byReason);
    }

    /** Decision latency p99 of one pool, null before its first decision. */
    public Double p99Millis(String poolId) {
        return p99Millis(registry.find(settings.latencyMeter()).tag("pool", poolId).timers());
    }

    /**
     * The worst p99 over the given timers (one per pool or path): a conservative figure for "the router's
     * p99". Uses the timer's published p99 (a decaying window) when it has one, else its histogram.
     */
    static Double p99Millis(Collection<Timer> timers) {
        Double worst = null;
        for (Timer timer : timers) {
            if (timer.count() == 0) {
                continue;
            }
            Double p99 = p99Millis(timer.takeSnapshot());
            if (p99 != null && (worst == null || p99 > worst)) {
                worst = p99;
            }
        }
        return worst;
    }

    private static Double p99Millis(HistogramSnapshot snapshot) {
        for (ValueAtPercentile value : snapshot.percentileValues()) {
            if (Math.abs(value.percentile() - 0.99) < 1e-9) {
                return value.value(TimeUnit.MILLISECONDS);
            }
        }
        CountAtBucket[] buckets = snapshot.histogramCounts();
        if (buckets.length == 0 || snapshot.count() == 0) {
            return snapshot.count() == 0 ? null : snapshot.max(TimeUnit.MILLISECONDS);
        }
        double needed = 0.99 * snapshot.count();
        for (CountAtBucket bucket : buckets) {
            if (bucket.count() >= needed) {
                return bucket.bucket(TimeUnit.MILLISECONDS);
            }
        }
        return snapshot.max(TimeUnit.MILLISECONDS);
    }
}
