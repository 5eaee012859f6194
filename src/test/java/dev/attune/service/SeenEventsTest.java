package dev.attune.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The dedupe memory: catches repeats inside its window, and stays bounded whatever arrives. */
class SeenEventsTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void aRepeatInsideTheWindowIsSeenAndOneOutsideIsNot() {
        SeenEvents seen = new SeenEvents(Duration.ofMinutes(30), 100);
        seen.add("acd e1", T0);
        assertTrue(seen.contains("acd e1", T0.plus(Duration.ofMinutes(29))));
        assertFalse(seen.contains("acd e1", T0.plus(Duration.ofMinutes(31))));
    }

    @Test
    void theOldestAreForgottenFirstWhenTheCountIsReached() {
        SeenEvents seen = new SeenEvents(Duration.ofHours(1), 3);
        for (int i = 1; i <= 5; i++) {
            seen.add("acd e" + i, T0.plusSeconds(i));
        }
        assertEquals(3, seen.size());
        assertFalse(seen.contains("acd e2", T0.plusSeconds(6)));
        assertTrue(seen.contains("acd e3", T0.plusSeconds(6)));
    }

    @Test
    void seeingAnIdAgainDoesNotExtendItsStay() {
        SeenEvents seen = new SeenEvents(Duration.ofMinutes(10), 100);
        seen.add("acd e1", T0);
        seen.add("acd e1", T0.plus(Duration.ofMinutes(9)));
        assertFalse(seen.contains("acd e1", T0.plus(Duration.ofMinutes(11))));
    }
}
