package dev.attune.core.engine;

import dev.attune.core.domain.Agent;
import dev.attune.core.scoring.AgentFacts;
import dev.attune.core.scoring.EmpathyReserve;
import dev.attune.core.scoring.SkillPressure;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Each agent's {@link AgentFacts} kept for one decision instant, so that a backlog decided one call at a time
 * models every candidate once, not once per waiting call (most of the routing thread at 2,000 agents).
 *
 * <p>Exact by construction: the facts are a function of the agent, the instant, the load half-life, the skill
 * pressure and the empathy reserve, all immutable values. An agent is replaced on every change of its state, so
 * a kept entry is used only for the very same agent object; a new instant, half-life or reserve drops them all;
 * a new skill pressure (an offer takes a call out of the queue) recomputes only the pressure's part.
 */
final class InstantAgentFacts {
    private record Kept(AgentFacts facts, SkillPressure pressure) {
    }

    private final Map<String, Kept> byAgent = new HashMap<>();
    private Instant now;
    private Duration halfLife;
    private EmpathyReserve reserve;

    /** The same facts as {@link AgentFacts#at(Agent, Instant, Duration, SkillPressure, EmpathyReserve)}. */
    AgentFacts of(Agent agent, Instant now, Duration halfLife, SkillPressure pressure, EmpathyReserve reserve) {
        if (!now.equals(this.now) || !halfLife.equals(this.halfLife) || reserve != this.reserve) {
            byAgent.clear();
            this.now = now;
            this.halfLife = halfLife;
            this.reserve = reserve;
        }
        Kept kept = byAgent.get(agent.id());
        if (kept != null && kept.facts().agent() == agent) {
            if (kept.pressure() == pressure) {
                return kept.facts();
            }
            AgentFacts facts = kept.facts().under(pressure);
            byAgent.put(agent.id(), new Kept(facts, pressure));
            return facts;
        }
        AgentFacts facts = AgentFacts.at(agent, now, halfLife, pressure, reserve);
        byAgent.put(agent.id(), new Kept(facts, pressure));
        return facts;
    }
}
