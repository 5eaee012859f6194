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

import dev.attune.core.domain.AgentState;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Queue health says why each waiting call waits. */
class WaitReasonsTest {
    private final ManualClock clock = new ManualClock(T0);
    private final RoutingEngine engine = new RoutingEngine(Fixtures.settings(), clock, PlanMode.OFF);

    @AfterEach
    void close() {
        engine.close();
    }

    private WaitReason reasonOf(String callId) {
        return engine.status(POOL).waitingCalls().stream().filter(c -> c.callId().equals(callId)).findFirst()
                .orElseThrow().waitReason();
    }

    @Test
    void eachWaitingCallSaysWhetherItsAgentsAreAwayBusyOrDeclinedIt() {
        engine.apply(profile(agent("ann", Map.of("CARDS", 3), 0.5), clock.instant()));
        engine.apply(arrived(call("c1", CARDS, clock.instant())));
        assertEquals(WaitReason.NO_ELIGIBLE_AGENT_LOGGED_IN, reasonOf("c1"), "ann never logged in");

        engine.apply(state("ann", AgentState.AWAY, clock.instant()));
        assertEquals(WaitReason.NO_ELIGIBLE_AGENT_LOGGED_IN, reasonOf("c1"), "away is not at work");

        engine.apply(state("ann", AgentState.BUSY, clock.instant()));
        assertEquals(WaitReason.ALL_ELIGIBLE_BUSY, reasonOf("c1"));

        engine.apply(state("ann", AgentState.WRAP_UP, clock.instant()));
        assertEquals(WaitReason.ALL_ELIGIBLE_BUSY, reasonOf("c1"));
    }
}
