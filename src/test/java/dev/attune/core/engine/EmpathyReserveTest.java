package dev.attune.core.engine;

import static dev.attune.core.engine.Fixtures.CARDS;
import static dev.attune.core.engine.Fixtures.FRAUD;
import static dev.attune.core.engine.Fixtures.POOL;
import static dev.attune.core.engine.Fixtures.ROLLOVER;
import static dev.attune.core.engine.Fixtures.T0;
import static dev.attune.core.engine.Fixtures.agent;
import static dev.attune.core.engine.Fixtures.arrived;
import static dev.attune.core.engine.Fixtures.call;
import static dev.attune.core.engine.Fixtures.profile;
import static dev.attune.core.engine.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.EmotionEstimate;
import dev.attune.core.domain.Offer;
import dev.attune.core.domain.Product;
import dev.attune.core.engine.event.CallAbandoned;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engine keeps its warmest agent for the anxious fraud callers it expects, and says so. */
class EmpathyReserveTest {
    private final ManualClock clock = new ManualClock(T0);
    private final RoutingEngine engine = new RoutingEngine(Fixtures.settings(), clock, PlanMode.OFF);

    @BeforeEach
    void roster() {
        engine.apply(profile(agent("warm", Map.of("FRAUD", 3, "CARDS", 3), 0.95), clock.instant()));
        engine.apply(profile(agent("cool", Map.of("FRAUD", 3, "CARDS", 3), 0.5), clock.instant()));
        engine.apply(profile(agent("x1", Map.of("CARDS", 3), 0.4), clock.instant()));
        engine.apply(profile(agent("x2", Map.of("CARDS", 3), 0.45), clock.instant()));
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private static Call anxiousFraudCaller(String id, Instant at) {
        return new Call(id, POOL, "cust-" + id, FRAUD.code(), "en", 0, true, 200_000, null, null, at, 0, Set.of(),
                new EmotionEstimate(id, 0.9, 0.4, 0.2, 0.2, -0.7, 0.8, 0.9, at));
    }

    private Offer routineCardsCall() {
        return routineCardsCall("routine", "warm", "cool");
    }

    private Offer routineCardsCall(String callId, String... available) {
        for (String agentId : available) {
            engine.apply(state(agentId, AgentState.AVAILABLE, clock.instant()));
        }
        clock.advanceSeconds(5);
        List<RoutingDirective> out = engine.apply(arrived(call(callId, CARDS, clock.instant())));
        assertEquals(1, out.size());
        return out.get(0).offer();
    }

    private void anxiousFraudCallersCameAndWent() {
        for (String id : List.of("f1", "f2")) {
            engine.apply(arrived(anxiousFraudCaller(id, clock.instant())));
            engine.apply(new CallAbandoned(POOL, id, clock.instant()));
        }
    }

    @Test
    void withoutExpectedHighCareCallersTheRoutineCallGetsTheWarmestAgent() {
        assertEquals("warm", routineCardsCall().agentId());
    }

    @Test
    void afterAnxiousFraudCallersTheRoutineCallGoesToAnotherAgentAndTheExplanationNamesTheReserve() {
        anxiousFraudCallersCameAndWent();
        Offer offer = routineCardsCall();
        assertEquals("cool", offer.agentId());
        assertTrue(offer.explanation().reasons().stream().anyMatch(r -> r.startsWith("Empathy reserve")),
                () -> offer.explanation().reasons().toString());
        assertTrue(offer.explanation().contributions().stream()
                .anyMatch(c -> c.constraint().equals("Empathy reserve")));
    }

    @Test
    void whenFraudDisputesComeToNeedALicenceTheWarmestAgentLacksTheyAreNoLongerKeptForThem() {
        anxiousFraudCallersCameAndWent();
        assertNotEquals("warm", routineCardsCall("routine-1", "warm", "cool", "x1").agentId());
        engine.updateCatalogue(new Catalogue(List.of(ROLLOVER, CARDS, new Product(FRAUD.code(), FRAUD.label(),
                FRAUD.requiredSkill(), FRAUD.minimumProficiency(), "FRAUD_INVESTIGATOR", FRAUD.baseStakes(),
                FRAUD.baseDistress(), FRAUD.serviceLevel()))));
        assertEquals("warm", routineCardsCall("routine-2").agentId());
    }

    @Test
    void whenTheWarmestAgentNoLongerHandlesFraudTheyAreNoLongerKeptForFraudCallers() {
        anxiousFraudCallersCameAndWent();
        assertNotEquals("warm", routineCardsCall("routine-1", "warm", "cool", "x1").agentId());
        engine.apply(profile(agent("warm", Map.of("CARDS", 3), 0.95), clock.instant()));
        assertEquals("warm", routineCardsCall("routine-2", "warm").agentId());
    }
}
