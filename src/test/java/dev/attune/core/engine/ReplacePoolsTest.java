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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Offer;
import dev.attune.core.engine.RoutingDirective.OfferCreated;
import dev.attune.core.engine.RoutingDirective.OfferRescinded;
import dev.attune.core.engine.event.AgentStateChanged;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A rebalance moves some pools: the running engine takes those from an engine that replayed their history and
 * keeps the others as they are; a pool taken over judges no deadline before its input is reported consumed again.
 */
class ReplacePoolsTest {
    private static final Duration GRACE = Duration.ofSeconds(2);
    private static final String OTHER = "other-pool";
    private final ManualClock clock = new ManualClock(T0);
    private final RoutingEngine live = new RoutingEngine(Fixtures.settings(), clock, PlanMode.OFF);
    private final RoutingEngine rebuilt = new RoutingEngine(Fixtures.settings(), clock, PlanMode.OFF);

    @AfterEach
    void close() {
        live.close();
        rebuilt.close();
    }

    @Test
    void theMovedPoolIsTakenAsReplayedAndTheOthersAreKept() {
        live.judgeDeadlinesByInput(GRACE);
        live.apply(profile(agent("ann", Map.of("CARDS", 3), 0.5), clock.instant()));
        live.apply(state("ann", AgentState.AVAILABLE, clock.instant()));
        live.apply(profile(new AgentProfile("zed", OTHER, "Zed", Map.of("CARDS", 3), Set.of("en"), Set.of(), 0.5, 1),
                clock.instant()));
        live.apply(new AgentStateChanged(OTHER, "zed", AgentState.AVAILABLE, null, clock.instant()));

        rebuilt.apply(profile(agent("bob", Map.of("CARDS", 3), 0.5), clock.instant()));
        rebuilt.apply(state("bob", AgentState.AVAILABLE, clock.instant()));
        Offer offer = assertInstanceOf(OfferCreated.class,
                rebuilt.apply(arrived(call("c2", CARDS, clock.instant()))).get(0)).offer();

        // The replayed offer is long past its deadline, and the live engine's input was reported consumed beyond
        // it before the rebalance; the answer may still wait in the moved partition's backlog.
        clock.advance(Duration.ofMinutes(10));
        live.inputConsumed(clock.instant().minus(Duration.ofMinutes(1)));
        live.replacePools(rebuilt, Set.of(POOL));

        assertEquals(List.of(offer), live.status(POOL).pendingOffers());
        assertEquals(1, live.status(OTHER).agentsByState().get(AgentState.AVAILABLE), "the kept pool is untouched");
        assertFalse(live.status(POOL).agentsByState().containsKey(AgentState.AVAILABLE),
                "ann went with the old pool; bob is reserved");

        assertTrue(live.tick().isEmpty(), "no deadline judged on a report made before the pool was taken over");
        clock.advanceSeconds(1);
        live.inputConsumed(clock.instant());
        OfferRescinded rescinded = assertInstanceOf(OfferRescinded.class, live.tick().get(0));
        assertEquals(offer.decisionId(), rescinded.offer().decisionId());
    }

    @Test
    void aMovedPoolTheReplayLacksIsDropped() {
        live.apply(profile(new AgentProfile("zed", OTHER, "Zed", Map.of("CARDS", 3), Set.of("en"), Set.of(), 0.5, 1),
                clock.instant()));
        live.apply(profile(agent("ann", Map.of("CARDS", 3), 0.5), clock.instant()));

        live.replacePools(rebuilt, Set.of(OTHER));

        assertEquals(Set.of(POOL), live.poolIds());
    }
}
