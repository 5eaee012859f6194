package dev.attune.core.engine;

import static dev.attune.core.engine.Fixtures.CARDS;
import static dev.attune.core.engine.Fixtures.T0;
import static dev.attune.core.engine.Fixtures.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.attune.core.domain.CareModel;
import dev.attune.core.domain.CareNeed;
import dev.attune.core.scoring.CallFacts;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class InstantCallFactsTest {
    private final InstantCallFacts kept = new InstantCallFacts();
    private final EngineConfig config = EngineConfig.of(Fixtures.settings());
    private final AtomicInteger assessed = new AtomicInteger();

    private Function<CallEntry, CallFacts> assessAt(Instant now) {
        return live -> {
            assessed.incrementAndGet();
            return CallFacts.of(live.call, CARDS, CareNeed.assess(live.call, CARDS, now, CareModel.defaults()),
                    CallFacts.waitSeconds(live.call, now), 0);
        };
    }

    @Test
    void aCallIsAssessedOncePerInstantAndEqualsAFreshAssessment() {
        CallEntry live = new CallEntry(call("c1", CARDS, T0));
        Instant now = T0.plusSeconds(30);
        CallFacts first = kept.of(live, now, config, assessAt(now));
        assertSame(first, kept.of(live, now, config, assessAt(now)));
        assertEquals(1, assessed.get());
        assertEquals(assessAt(now).apply(live), first);
    }

    @Test
    void aReplacedCallANewHoldDeadlineNewSettingsOrANewInstantAreAssessedAgain() {
        CallEntry live = new CallEntry(call("c1", CARDS, T0));
        Instant now = T0.plusSeconds(30);
        kept.of(live, now, config, assessAt(now));

        live.call = call("c1", CARDS, 250_000, T0); // an update: the call is replaced, never changed in place
        assertEquals(assessAt(now).apply(live), kept.of(live, now, config, assessAt(now)));
        assertEquals(3, assessed.get());

        live.holdDeadline = now.plusSeconds(5);
        kept.of(live, now, config, assessAt(now));
        assertEquals(4, assessed.get());

        kept.of(live, now, config.withWeights(config.weights()), assessAt(now));
        assertEquals(5, assessed.get());

        Instant later = now.plusMillis(1);
        assertEquals(assessAt(later).apply(live), kept.of(live, later, config.withWeights(config.weights()),
                assessAt(later)));
    }
}
