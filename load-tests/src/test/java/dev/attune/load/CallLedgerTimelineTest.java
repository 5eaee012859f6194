package dev.attune.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A step slice by slice: how many calls were placed and offered in each slice, and how long its calls waited. */
class CallLedgerTimelineTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void eachSliceCountsItsCallsAndTheirLatency() {
        CallLedger ledger = new CallLedger(false);
        long start = 1_000 * SECOND;
        ledger.arrived("a", 1, start);
        ledger.arrived("b", 1, start + 2 * SECOND);
        ledger.arrived("c", 1, start + 6 * SECOND); // second slice
        ledger.offered(offer("a", start + SECOND / 10)); // 100 ms
        ledger.offered(offer("b", start + 2 * SECOND + SECOND / 10)); // 100 ms
        ledger.offered(offer("c", start + 9 * SECOND)); // 3 s, seen in the second slice

        List<CallLedger.Slice> slices = ledger.step(1).timeline();
        assertEquals(2, slices.size());
        assertEquals(0, slices.get(0).fromSecond());
        assertEquals(2 / 5.0, slices.get(0).placedPerSecond(), 1e-9);
        assertEquals(2 / 5.0, slices.get(0).offeredPerSecond(), 1e-9);
        assertEquals(100, slices.get(0).p50Ms(), 1);
        assertEquals(5, slices.get(1).fromSecond());
        assertEquals(1 / 5.0, slices.get(1).offeredPerSecond(), 1e-9);
        assertEquals(3_000, slices.get(1).p99Ms(), 30);
    }

    private static OfferSeen offer(String callId, long consumedNanos) {
        return new OfferSeen("d-" + callId, "pool", callId, "agent", Instant.EPOCH, consumedNanos);
    }
}
