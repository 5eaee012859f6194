package dev.attune.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What an operator reads in the service log about the fallback: when it began, why, and when it ended. */
class FallbackLogTest {
    private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");
    private static final String LATE = "the solver missed its deadline (2412 ms > 2000 ms)";
    private final FallbackLog log = new FallbackLog();

    @Test
    void aSpellOnTheFallbackIsWrittenWhenItBeginsAndWhenItEnds() {
        assertNull(log.observe("east", null, T0), "nothing to say while on the decider");
        assertEquals("pool east routes on the longest-idle fallback: " + LATE, log.observe("east", LATE, T0));
        assertNull(log.observe("east", LATE, T0.plusSeconds(1)), "once per spell");
        assertEquals("pool east is back on the decider after 40 s on the fallback",
                log.observe("east", null, T0.plusSeconds(40)));
        assertNull(log.observe("west", null, T0.plusSeconds(40)), "pools are told apart");
    }

    @Test
    void aPoolThatKeepsFallingBackIsWrittenOnceAMinuteWithHowOftenItFell() {
        log.observe("east", LATE, T0);
        log.observe("east", null, T0.plusSeconds(2));
        for (int s = 10; s < 40; s += 10) {
            assertNull(log.observe("east", LATE, T0.plusSeconds(s)), "a brief spell within the quiet minute");
            assertNull(log.observe("east", null, T0.plusSeconds(s + 1)));
        }
        assertNull(log.observe("east", LATE, T0.plusSeconds(50)));
        assertEquals("pool east routes on the longest-idle fallback (for 12 s): " + LATE
                + "; it was on it 3 more times briefly since the last line", log.observe("east", LATE, T0.plusSeconds(62)),
                "a spell that outlasts the quiet minute is written, however it began");
        assertEquals("pool east is back on the decider after 20 s on the fallback",
                log.observe("east", null, T0.plusSeconds(70)));
    }
}
