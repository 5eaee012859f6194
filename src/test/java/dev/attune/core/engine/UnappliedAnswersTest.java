package dev.attune.core.engine;

import static dev.attune.core.engine.Fixtures.CARDS;
import static dev.attune.core.engine.Fixtures.POOL;
import static dev.attune.core.engine.Fixtures.T0;
import static dev.attune.core.engine.Fixtures.agent;
import static dev.attune.core.engine.Fixtures.anxious;
import static dev.attune.core.engine.Fixtures.arrived;
import static dev.attune.core.engine.Fixtures.call;
import static dev.attune.core.engine.Fixtures.profile;
import static dev.attune.core.engine.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Offer;
import dev.attune.core.engine.RoutingDirective.OfferCreated;
import dev.attune.core.engine.event.CallAbandoned;
import dev.attune.core.engine.event.OfferAccepted;
import dev.attune.core.engine.event.OfferRejected;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Answers that change nothing are counted by why, and an estimate older than the one in force as stale. */
class UnappliedAnswersTest {
    private final ManualClock clock = new ManualClock(T0);
    private final RoutingEngine engine = new RoutingEngine(Fixtures.settings(), clock, PlanMode.OFF);

    @AfterEach
    void close() {
        engine.close();
    }

    private Offer offerTo(String agentId, String callId) {
        engine.apply(profile(agent(agentId, Map.of("CARDS", 3), 0.5), clock.instant()));
        engine.apply(state(agentId, AgentState.AVAILABLE, clock.instant()));
        return ((OfferCreated) engine.apply(arrived(call(callId, CARDS, clock.instant()))).get(0)).offer();
    }

    @Test
    void lateDuplicateAndStrayAnswersAndStaleEstimatesAreCountedApart() {
        Offer first = offerTo("ann", "c1");
        engine.apply(anxious("c1", 0.8, clock.instant()));
        engine.apply(anxious("c1", 0.2, clock.instant().minusSeconds(60)));
        engine.apply(new OfferAccepted(POOL, first.decisionId(), "c1", "ann", clock.instant()));
        engine.apply(new OfferAccepted(POOL, first.decisionId(), "c1", "ann", clock.instant()));
        engine.apply(new OfferRejected(POOL, "no-such-offer", "c1", "ann", "busy", clock.instant()));
        clock.advanceSeconds(1);
        Offer second = offerTo("bob", "c2");
        engine.apply(new CallAbandoned(POOL, "c2", clock.instant()));
        engine.apply(new OfferAccepted(POOL, second.decisionId(), "c2", "bob", clock.instant()));

        PoolStatus.Counters counters = engine.status(POOL).counters();
        assertEquals(Map.of(UnappliedAnswer.LATE, 1L, UnappliedAnswer.DUPLICATE, 1L, UnappliedAnswer.STRAY, 1L),
                counters.unappliedAnswers());
        assertEquals(1, counters.staleEstimates());
    }
}
