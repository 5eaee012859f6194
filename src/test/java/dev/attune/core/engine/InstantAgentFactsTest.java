package dev.attune.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.EmotionalLoad;
import dev.attune.core.scoring.AgentFacts;
import dev.attune.core.scoring.EmpathyReserve;
import dev.attune.core.scoring.SkillPressure;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InstantAgentFactsTest {
    private static final Instant T0 = Instant.parse("2026-12-06T07:00:00Z");
    private static final Duration HALF_LIFE = Duration.ofMinutes(10);
    private static final AgentProfile PROFILE = new AgentProfile("a1", "p1", "Ada",
            Map.of("cards", 4, "loans", 3), Set.of("en"), Set.of(), 0.9, 2);

    private final InstantAgentFacts kept = new InstantAgentFacts();

    private static Agent agent(AgentState state, int calls) {
        return new Agent(PROFILE, state, T0.minusSeconds(90), calls, T0.plusSeconds(40),
                new EmotionalLoad(0.6, T0.minusSeconds(300)), 0.4);
    }

    private static SkillPressure pressure(int cardsWaiting) {
        return SkillPressure.of(Map.of("cards", cardsWaiting, "loans", 2), Map.of("cards", 10, "loans", 10));
    }

    @Test
    void anAgentIsModelledOncePerInstantAndEqualsAFreshModel() {
        Agent agent = agent(AgentState.AVAILABLE, 1);
        SkillPressure pressure = pressure(3);
        AgentFacts first = kept.of(agent, T0, HALF_LIFE, pressure, EmpathyReserve.none());
        assertSame(first, kept.of(agent, T0, HALF_LIFE, pressure, EmpathyReserve.none()));
        assertEquals(AgentFacts.at(agent, T0, HALF_LIFE, pressure, EmpathyReserve.none()), first);
    }

    @Test
    void aChangedAgentPressureOrInstantIsModelledAgain() {
        Agent agent = agent(AgentState.AVAILABLE, 1);
        kept.of(agent, T0, HALF_LIFE, pressure(3), EmpathyReserve.none());

        Agent offered = agent(AgentState.AVAILABLE, 2); // an offer took its last slot
        assertEquals(AgentFacts.at(offered, T0, HALF_LIFE, pressure(3), EmpathyReserve.none()),
                kept.of(offered, T0, HALF_LIFE, pressure(3), EmpathyReserve.none()));

        SkillPressure lower = pressure(1); // loans now the scarcest skill
        assertEquals(AgentFacts.at(offered, T0, HALF_LIFE, lower, EmpathyReserve.none()),
                kept.of(offered, T0, HALF_LIFE, lower, EmpathyReserve.none()));

        Instant later = T0.plusSeconds(5);
        assertEquals(AgentFacts.at(offered, later, HALF_LIFE, lower, EmpathyReserve.none()),
                kept.of(offered, later, HALF_LIFE, lower, EmpathyReserve.none()));
        Agent busy = agent(AgentState.BUSY, 2);
        assertEquals(AgentFacts.at(busy, later, HALF_LIFE, lower, EmpathyReserve.none()),
                kept.of(busy, later, HALF_LIFE, lower, EmpathyReserve.none()));
    }
}
