package dev.attune.core.solver;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import dev.attune.core.domain.Agent;
import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Channel;
import dev.attune.core.domain.ChannelCounts;
import dev.attune.core.scoring.AgentFacts;
import dev.attune.core.scoring.EmpathyReserve;
import dev.attune.core.scoring.SkillPressure;
import java.time.Instant;
import java.util.Objects;

/**
 * An agent as one snapshot of the plan sees it (a problem fact): its {@link AgentFacts}, which the instant
 * decider computes the same way, with the planning id Timefold looks it up by.
 */
public final class PlannedAgent {
    /** Seconds-until-free of an agent who will not be free by any known time (away, logged out, unknown end). */
    public static final int NEVER = AgentFacts.NEVER;

    @PlanningId
    private String id;
    private AgentFacts facts;

    @SuppressWarnings("unused") // for Timefold's cloner
    private PlannedAgent() {
    }

    public PlannedAgent(AgentFacts facts) {
        this.facts = Objects.requireNonNull(facts, "facts");
        this.id = facts.id();
    }

    public PlannedAgent(Agent agent, int secondsUntilFree, ChannelCounts slots, long idleSeconds, double emotionalLoad,
            SkillPressure pressure) {
        this(AgentFacts.of(agent, secondsUntilFree, slots, idleSeconds, emotionalLoad, pressure));
    }

    /** An agent whose free slots are all voice slots, as every agent's were before channels were routed. */
    public PlannedAgent(Agent agent, int secondsUntilFree, int voiceSlots, long idleSeconds, double emotionalLoad,
            SkillPressure pressure) {
        this(agent, secondsUntilFree, ChannelCounts.of(Channel.VOICE, voiceSlots), idleSeconds, emotionalLoad,
                pressure);
    }

    /** The agent at {@code now}, see {@link AgentFacts#at}. */
    public static PlannedAgent of(Agent agent, Instant now, PlanningPolicy policy, SkillPressure pressure,
            EmpathyReserve reserve) {
        return new PlannedAgent(AgentFacts.at(agent, now, policy.emotionalLoadHalfLife(), pressure, reserve));
    }

    public static PlannedAgent of(Agent agent, Instant now, PlanningPolicy policy, SkillPressure pressure) {
        return new PlannedAgent(AgentFacts.at(agent, now, policy.emotionalLoadHalfLife(), pressure));
    }

    /** What the scoring terms read about this agent. */
    public AgentFacts facts() {
        return facts;
    }

    public String getId() {
        return id;
    }

    public Agent getAgent() {
        return facts.agent();
    }

    public AgentProfile profile() {
        return facts.profile();
    }

    public int getSecondsUntilFree() {
        return facts.secondsUntilFree();
    }

    public boolean isFreeNow() {
        return facts.isFreeNow();
    }

    /** Free slots on one channel, see {@link AgentFacts#slots}. */
    public int getSlots(Channel channel) {
        return facts.slots(channel);
    }

    public long getIdleSeconds() {
        return facts.idleSeconds();
    }

    public double getEmotionalLoad() {
        return facts.emotionalLoad();
    }

    public double getOccupancy() {
        return facts.occupancy();
    }

    public double getEmpathy() {
        return facts.empathy();
    }

    @Override
    public String toString() {
        return id;
    }
}
