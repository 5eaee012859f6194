package dev.attune.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The service's CPU, heap and own latency histogram read from its Prometheus text as an operator would. */
class ServiceSampleTest {
    private static final String BEFORE = """
            # HELP process_cpu_usage The "recent cpu usage" for the Java Virtual Machine process
            process_cpu_usage 0.25
            jvm_memory_used_bytes{area="heap",id="G1 Eden Space"} 1.048576E8
            jvm_memory_used_bytes{area="heap",id="G1 Old Gen"} 5.24288E7
            jvm_memory_used_bytes{area="nonheap",id="Metaspace"} 9.0E7
            jvm_gc_live_data_size_bytes 4.0E7
            attune_decision_latency_seconds_bucket{le="0.001"} 10.0
            attune_decision_latency_seconds_bucket{le="0.002"} 50.0
            attune_decision_latency_seconds_bucket{le="0.005"} 90.0
            attune_decision_latency_seconds_bucket{le="+Inf"} 100.0
            """;

    @Test
    void readsCpuAndHeapButNotNonHeap() {
        ServiceSample sample = ServiceSample.parse(BEFORE);
        assertEquals(0.25, sample.cpu());
        assertEquals(150L * 1024 * 1024, sample.heapUsed());
        assertEquals(40_000_000L, sample.liveDataSize());
    }

    @Test
    void percentilesCountOnlyTheDecisionsOfTheStep() {
        ServiceSample before = ServiceSample.parse(BEFORE);
        // 100 more decisions in the step: 10 under 1 ms, 80 more under 2 ms, 9 under 5 ms, 1 slower.
        ServiceSample after = ServiceSample.parse(BEFORE
                .replace("{le=\"0.001\"} 10.0", "{le=\"0.001\"} 20.0")
                .replace("{le=\"0.002\"} 50.0", "{le=\"0.002\"} 140.0")
                .replace("{le=\"0.005\"} 90.0", "{le=\"0.005\"} 189.0")
                .replace("{le=\"+Inf\"} 100.0", "{le=\"+Inf\"} 200.0"));
        assertEquals(2.0, after.decisionLatencyMs(before, 50));
        assertEquals(5.0, after.decisionLatencyMs(before, 99));
        assertTrue(Double.isInfinite(after.decisionLatencyMs(before, 100)));
        assertTrue(Double.isNaN(before.decisionLatencyMs(before, 50)), "no decision in between");
    }
}
