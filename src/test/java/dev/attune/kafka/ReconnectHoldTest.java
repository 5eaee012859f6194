package dev.attune.kafka;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The rule that keeps a broker outage from rescinding accepted offers: after a failed read or a gap in the proofs,
 * proofs count again only from the grace after the first successful read, while the ACD's producer delivers what
 * it buffered.
 */
class ReconnectHoldTest {
    private static final Instant T0 = Instant.parse("2026-12-06T02:04:36Z");
    private final ReconnectHold hold = new ReconnectHold(Duration.ofSeconds(5), Duration.ofSeconds(2));

    @Test
    void proofsEverySecondCount() {
        for (int second = 0; second < 10; second++) {
            assertTrue(hold.mayProve(T0.plusSeconds(second)));
        }
    }

    @Test
    void theFirstProofsAfterFailedReadsDoNotCount() {
        assertTrue(hold.mayProve(T0));
        hold.readFailed();
        hold.readFailed();
        Instant back = T0.plusMillis(1500);
        for (int second = 0; second < 5; second++) {
            assertFalse(hold.mayProve(back.plusSeconds(second)));
        }
        assertTrue(hold.mayProve(back.plusSeconds(5)));
        assertTrue(hold.mayProve(back.plusSeconds(6)));
    }

    /** The consumer held no partitions while the broker was away: nothing was read, so nothing failed. */
    @Test
    void aGapWithoutFailedReadsHoldsToo() {
        assertTrue(hold.mayProve(T0));
        Instant back = T0.plusSeconds(45);
        for (int second = 0; second < 5; second++) {
            assertFalse(hold.mayProve(back.plusSeconds(second)));
        }
        assertTrue(hold.mayProve(back.plusSeconds(5)));
    }

    @Test
    void anotherOutageHoldsAgainFromItsOwnReturn() {
        hold.readFailed();
        for (int second = 0; second < 5; second++) {
            assertFalse(hold.mayProve(T0.plusSeconds(second)));
        }
        assertTrue(hold.mayProve(T0.plusSeconds(5)));
        hold.readFailed();
        for (int second = 6; second < 11; second++) {
            assertFalse(hold.mayProve(T0.plusSeconds(second)));
        }
        assertTrue(hold.mayProve(T0.plusSeconds(11)));
    }
}
