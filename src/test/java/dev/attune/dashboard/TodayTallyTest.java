package dev.attune.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.Call;
import dev.attune.core.domain.ServiceLevelTarget;
import dev.attune.core.engine.event.CallAbandoned;
import dev.attune.core.engine.event.CallArrived;
import dev.attune.core.engine.event.CallUpdated;
import dev.attune.core.engine.event.OfferAccepted;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Today's service level counts each finished call once, against its own product's answer time, and starts over at midnight. */
class TodayTallyTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant NINE_AM = Instant.parse("2026-03-02T14:00:00Z");
    private final MutableClock clock = new MutableClock(NINE_AM);
    private final TodayTally tally = new TodayTally(Map.of(
            "CARDS", new ServiceLevelTarget(0.8, 20),
            "FRAUD", new ServiceLevelTarget(0.9, 15))::get, clock, NEW_YORK);

    @Test
    void answeredInTimeLateAndAbandonedCallsMakeTheDay() {
        arrive("c1", "CARDS", 0);
        arrive("c2", "CARDS", 0);
        arrive("c3", "FRAUD", 0);
        arrive("c4", "FRAUD", 0);
        accept("c1", 20);   // exactly the threshold: in time
        accept("c2", 21);   // one second late
        accept("c3", 10);
        tally.record(new CallAbandoned("east", "c4", NINE_AM.plusSeconds(5)));
        accept("c4", 30);   // an answer after hanging up changes nothing

        Map<String, TodayTally.Count> today = tally.today("east");
        assertEquals(new TodayTally.Count(new ServiceLevelTarget(0.8, 20), 2, 1, 0), today.get("CARDS"));
        assertEquals(new TodayTally.Count(new ServiceLevelTarget(0.9, 15), 1, 1, 1), today.get("FRAUD"));
        assertEquals(Map.of(), tally.today("west"));
    }

    @Test
    void aCallStillWaitingIsNotCountedAndAnUpdatedProductIsJudgedByItsOwnTime() {
        arrive("c1", "CARDS", 0);
        arrive("c2", "CARDS", 0);
        tally.record(new CallUpdated("east", "c2", "FRAUD", "en", 0, false, 0, null, NINE_AM.plusSeconds(2)));
        accept("c2", 18);
        assertEquals(Set.of("FRAUD"), tally.today("east").keySet());
        assertEquals(0, tally.today("east").get("FRAUD").answeredInTime(), "18 s is late for fraud (15 s)");
    }

    @Test
    void theDayStartsOverAtLocalMidnight() {
        arrive("c1", "CARDS", 0);
        accept("c1", 5);
        clock.now = Instant.parse("2026-03-03T04:59:00Z"); // 23:59 in New York
        assertEquals(1, tally.today("east").get("CARDS").answered());
        clock.now = Instant.parse("2026-03-03T05:01:00Z");
        assertTrue(tally.today("east").isEmpty());
    }

    private void arrive(String callId, String product, int second) {
        tally.record(new CallArrived(new Call(callId, "east", null, product, "en", 0, false, 0, null, null,
                NINE_AM.plusSeconds(second), 0, Set.of(), null)));
    }

    private void accept(String callId, int second) {
        tally.record(new OfferAccepted("east", "d-" + callId, callId, "a1", NINE_AM.plusSeconds(second)));
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
