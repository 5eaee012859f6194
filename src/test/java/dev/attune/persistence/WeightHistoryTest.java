package dev.attune.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attune.core.domain.RoutingConstraint;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.service.port.ChangeNote;
import dev.attune.service.port.WeightChange;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each weight change becomes the set in force and is kept with what it replaced. */
@QuarkusTest
class WeightHistoryTest {
    @Inject
    WeightHistory weights;

    @Test
    void changeBecomesCurrentAndRemembersWhatItReplaced() {
        RoutingWeights original = weights.current();
        RoutingWeights moreEmpathy = original.with(RoutingConstraint.EMPATHY_FOR_DISTRESS,
                original.of(RoutingConstraint.EMPATHY_FOR_DISTRESS) + 5);
        try {
            WeightChange change = weights.change(moreEmpathy,
                    new ChangeNote("wfm.carol", "pilot: more empathy", Instant.parse("2026-03-02T09:00:00Z")));
            assertEquals(moreEmpathy, weights.current());
            assertEquals(original, change.before());
            List<WeightChange> latest = weights.history(1);
            assertEquals(change, latest.get(0));
            assertEquals("wfm.carol", latest.get(0).changedBy());
            assertEquals("pilot: more empathy", latest.get(0).reason());
        } finally {
            weights.change(original, new ChangeNote("test", "restore", Instant.now()));
        }
        assertEquals(original, weights.current());
    }
}
