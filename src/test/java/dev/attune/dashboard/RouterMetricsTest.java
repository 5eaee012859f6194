package dev.attune.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The dashboard's p99 is read from the difference of two cumulative histograms, as Prometheus' rate() does. */
class RouterMetricsTest {

    @Test
    void theP99CoversOnlyTheDecisionsBetweenTheTwoReadings() {
        TreeMap<Double, Long> before = buckets(90, 100, 100);     // 100 slow-ish decisions long ago
        TreeMap<Double, Long> now = buckets(90 + 990, 100 + 1000, 100 + 1000);  // then 1,000 more, 99% under 1 ms
        assertEquals(1.0, RouterMetrics.p99Millis(now, before));
        assertEquals(5.0, RouterMetrics.p99Millis(before, new TreeMap<>()));
    }

    @Test
    void nothingDecidedInTheWindowHasNoP99AndTheSlowestBucketIsAFloor() {
        TreeMap<Double, Long> same = buckets(10, 10, 10);
        assertNull(RouterMetrics.p99Millis(same, same));
        TreeMap<Double, Long> slow = buckets(0, 0, 10); // every decision beyond the largest bucket
        assertEquals(5.0, RouterMetrics.p99Millis(slow, new TreeMap<>()));
    }

    /** Cumulative counts at 1 ms and 5 ms, and the open-ended bucket (the timer's count). */
    private static TreeMap<Double, Long> buckets(long upTo1, long upTo5, long all) {
        TreeMap<Double, Long> b = new TreeMap<>();
        b.put(1.0, upTo1);
        b.put(5.0, upTo5);
        b.put(Double.POSITIVE_INFINITY, all);
        return b;
    }
}
