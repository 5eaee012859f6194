package dev.attune.core.engine;

import static dev.attune.core.engine.Fixtures.CARDS;
import static dev.attune.core.engine.Fixtures.POOL;
import static dev.attune.core.engine.Fixtures.T0;
import static dev.attune.core.engine.Fixtures.agent;
import static dev.attune.core.engine.Fixtures.arrived;
import static dev.attune.core.engine.Fixtures.call;
import static dev.attune.core.engine.Fixtures.profile;
import static dev.attune.core.engine.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Offer;
import dev.attune.core.engine.RoutingDirective.OfferCreated;
import dev.attune.core.engine.RoutingDirective.OfferRescinded;
import dev.attune.core.engine.event.OfferAccepted;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reservation deadlines judged by the input's progress (the watermark), not by the engine clock. */
class InputDeadlineTest {
    private static final Duration GRACE = Duration.ofSeconds(2);
    private final ManualClock clock = new ManualClock(T0);
    private final RoutingEngine engine = new RoutingEngine(Fixtures.settings(), clock, PlanMode.OFF);
    private Offer offer;

    @BeforeEach
    void offerOneCall() {
        engine.judgeDeadlinesByInput(GRACE);
        engine.apply(profile(agent("ann", Map.of("CARDS", 3), 0.5), clock.instant()));
        engine.apply(state("ann", AgentState.AVAILABLE, clock.instant()));
        engine.apply(profile(agent("bob", Map.of("CARDS", 3), 0.5), clock.instant()));
        engine.apply(state("bob", AgentState.AVAILABLE, clock.instant()));
        clock.advanceSeconds(1);
        List<RoutingDirective> out = engine.apply(arrived(call("c1", CARDS, clock.instant())));
        assertEquals(1, out.size(), () -> "one offer expected: " + out);
        offer = assertInstanceOf(OfferCreated.class, out.get(0)).offer();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void anAcceptThatArrivesAfterTheWallClockDeadlineButBeforeTheWatermarkPassesItIsHonoured() {
        engine.inputConsumed(offer.reservationDeadline().minusSeconds(5));
        clock.advance(Duration.ofMinutes(2)); // the router was frozen, or its input lagged: the clock ran on
        assertTrue(engine.tick().isEmpty(), "the input has not reached the deadline: nothing is judged");

        engine.apply(new OfferAccepted(POOL, offer.decisionId(), "c1", offer.agentId(), offer.createdAt()));
        engine.inputConsumed(clock.instant());
        assertTrue(engine.tick().isEmpty(), "an accepted offer is never rescinded");
        assertTrue(engine.status(POOL).pendingOffers().isEmpty());
        assertEquals(1, engine.status(POOL).agentsByState().get(AgentState.BUSY));
        assertEquals(0, engine.status(POOL).counters().rescinded() + engine.status(POOL).counters().timeouts());
    }

    @Test
    void afterARestartNoDeadlineIsJudgedUntilTheInputIsKnownConsumed() {
        clock.advance(Duration.ofHours(1));
        assertTrue(engine.tick().isEmpty(), "no watermark yet: the backlog may still hold the answer");
        assertEquals(1, engine.status(POOL).pendingOffers().size());
    }

    @Test
    void anOfferTimesOutOnlyOnceTheWatermarkPassesItsDeadlineAndTheGrace() {
        clock.advance(Duration.ofMinutes(1));
        engine.inputConsumed(offer.reservationDeadline());
        assertTrue(engine.tick().isEmpty(), "within the grace: an answer may still be on its way");

        engine.inputConsumed(offer.reservationDeadline().plus(GRACE));
        List<RoutingDirective> out = engine.tick();
        OfferRescinded rescinded = assertInstanceOf(OfferRescinded.class, out.get(0));
        assertEquals(offer.decisionId(), rescinded.offer().decisionId());
        assertEquals(1, engine.status(POOL).counters().timeouts());
    }

    @Test
    void theWatermarkNeverGoesBackAndNeverRunsAheadOfTheClock() {
        engine.inputConsumed(offer.reservationDeadline().plus(GRACE));
        engine.inputConsumed(T0); // a late, older report
        assertTrue(engine.tick().isEmpty(), "the clock has not reached the deadline yet");

        clock.advance(Duration.ofSeconds(30));
        assertInstanceOf(OfferRescinded.class, engine.tick().get(0));
    }

    @Test
    void onePoolsWatermarkJudgesItsOwnOffers() {
        clock.advance(Duration.ofMinutes(1));
        engine.inputConsumed("another-pool", clock.instant());
        assertTrue(engine.tick().isEmpty());

        engine.inputConsumed(POOL, clock.instant());
        assertInstanceOf(OfferRescinded.class, engine.tick().get(0));
    }
}
