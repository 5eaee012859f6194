package dev.attune.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An agent's emotional load halves every half-life, counted in whole milliseconds since it was last raised. */
class EmotionalLoadTest {
    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00.000900Z");
    private static final Duration HALF_LIFE = Duration.ofMinutes(10);

    @Test
    void theLoadHalvesEveryHalfLife() {
        EmotionalLoad load = new EmotionalLoad(0.8, T0);

        assertEquals(0.8, load.levelAt(T0, HALF_LIFE), 1e-12);
        assertEquals(0.4, load.levelAt(T0.plus(HALF_LIFE), HALF_LIFE), 1e-12);
        assertEquals(0.2, load.levelAt(T0.plus(HALF_LIFE.multipliedBy(2)), HALF_LIFE), 1e-12);
        assertEquals(0.8, load.levelAt(T0.minusSeconds(5), HALF_LIFE), 1e-12, "a moment before it was raised");
        assertEquals(0, EmotionalLoad.none(T0).levelAt(T0.plusSeconds(60), HALF_LIFE));
    }

    @Test
    void elapsedTimeIsWholeMillisecondsRoundedDownAsADurationWouldCountThem() {
        EmotionalLoad load = new EmotionalLoad(1, T0);
        // 999.2 ms later, across a change of the wall clock's millisecond: 999 whole ms, not 1,000
        Instant later = T0.plusNanos(999_200_000);

        double expected = Math.pow(0.5, (Duration.between(T0, later).toMillis() / 1000.0) / HALF_LIFE.toSeconds());
        assertEquals(expected, load.levelAt(later, HALF_LIFE), 0);
        assertEquals(Math.pow(0.5, 0.999 / 600), load.levelAt(later, HALF_LIFE), 0);
        assertEquals(0, load.levelAt(Instant.parse("2400-01-01T00:00:00Z"), HALF_LIFE), "centuries later, not an overflow");
    }

    @Test
    void raisingTheLoadAddsTheCallsDistressToWhatIsLeft() {
        EmotionalLoad raised = new EmotionalLoad(0.8, T0).plus(0.3, T0.plus(HALF_LIFE), HALF_LIFE);

        assertEquals(0.7, raised.level(), 1e-12);
        assertEquals(T0.plus(HALF_LIFE), raised.at());
        assertEquals(0.4, new EmotionalLoad(0.8, T0).plus(-1, T0.plus(HALF_LIFE), HALF_LIFE).level(), 1e-12,
                "a negative distress adds nothing");
    }
}
