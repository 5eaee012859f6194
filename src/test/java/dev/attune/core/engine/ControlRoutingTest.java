package dev.attune.core.engine;

import static dev.attune.core.engine.Fixtures.CARDS;
import static dev.attune.core.engine.Fixtures.T0;
import static dev.attune.core.engine.Fixtures.agent;
import static dev.attune.core.engine.Fixtures.arrived;
import static dev.attune.core.engine.Fixtures.call;
import static dev.attune.core.engine.Fixtures.profile;
import static dev.attune.core.engine.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.BenchmarkArm;
import dev.attune.core.domain.ControlArm;
import dev.attune.core.domain.DecisionPath;
import dev.attune.core.domain.Offer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The live benchmark's control arm: its calls go to the agent idle longest, and the offer says so. */
class ControlRoutingTest {
    private final ManualClock clock = new ManualClock(T0);

    @Test
    void aControlCallGoesToTheLongestIdleAgentAndAnAttuneCallToTheBestMatch() {
        ControlArm arm = new ControlArm(true, 0.5, ControlArm.Mode.HASH, Duration.ofMinutes(30));
        String control = firstIn(arm, BenchmarkArm.CONTROL);
        String attune = firstIn(arm, BenchmarkArm.ATTUNE);
        for (String callId : List.of(control, attune)) {
            try (RoutingEngine engine = new RoutingEngine(Fixtures.settings(), clock, PlanMode.OFF)) {
                engine.updateControlArm(arm);
                engine.apply(profile(agent("idle-long", Map.of("CARDS", 1), 0.1), clock.instant()));
                engine.apply(state("idle-long", AgentState.AVAILABLE, clock.instant()));
                clock.advance(Duration.ofMinutes(5));
                engine.apply(profile(agent("expert", Map.of("CARDS", 5), 0.95), clock.instant()));
                engine.apply(state("expert", AgentState.AVAILABLE, clock.instant()));
                clock.advance(Duration.ofSeconds(1));
                Offer offer = engine.apply(arrived(call(callId, CARDS, clock.instant()))).get(0).offer();
                if (callId.equals(control)) {
                    assertEquals("idle-long", offer.agentId());
                    assertEquals(DecisionPath.CONTROL, offer.path());
                    assertTrue(offer.explanation().reasons().get(0).startsWith("Control arm"), offer.explanation().reasons().toString());
                } else {
                    assertEquals("expert", offer.agentId());
                    assertTrue(offer.path() != DecisionPath.CONTROL);
                }
            }
        }
    }

    private static String firstIn(ControlArm arm, BenchmarkArm wanted) {
        for (int i = 0; ; i++) {
            if (arm.armOf("c" + i, T0) == wanted) {
                return "c" + i;
            }
        }
    }
}
