package dev.attune.core.scoring;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Channel;
import dev.attune.core.domain.ChannelCounts;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What the scoring terms read about an agent at one moment, computed once so that scoring a pairing is
 * arithmetic, never a clock or map lookup. The instant decider and the planner's problem facts score from
 * this same value.
 *
 * @param secondsUntilFree 0 when the agent can take a call now; seconds to {@code expectedFreeAt} (at least 1)
 *                         for a BUSY, WRAP_UP or RESERVED agent who has one; {@link #NEVER} otherwise
 * @param slots            free slots per channel now; for an agent not free yet, the slots free once the current
 *                         call ends (one more on each channel it takes, at most its capacity)
 * @param idleSeconds      time since an AVAILABLE agent became available, else 0
 * @param emotionalLoad    the agent's load decayed to the moment
 * @param reserve          what keeping this agent free for high-care callers is worth, see {@link EmpathyReserve}
 */
public record AgentFacts(Agent agent, int secondsUntilFree, ChannelCounts slots, long idleSeconds, double emotionalLoad,
        String scarcestSkill, double scarcestPressure, double secondPressure, double reserve) {
    /** Seconds-until-free of an agent who will not be free by any known time (away, logged out, unknown end). */
    public static final int NEVER = Integer.MAX_VALUE;

    public AgentFacts {
        Objects.requireNonNull(agent, "agent");
    }

    /** The facts with the skill pressure's two highest values among the agent's skills. */
    public static AgentFacts of(Agent agent, int secondsUntilFree, ChannelCounts slots, long idleSeconds, double emotionalLoad,
            SkillPressure pressure) {
        return of(agent, secondsUntilFree, slots, idleSeconds, emotionalLoad, pressure, EmpathyReserve.none());
    }

    /** The same with the agent's empathy reserve. */
    public static AgentFacts of(Agent agent, int secondsUntilFree, ChannelCounts slots, long idleSeconds, double emotionalLoad,
            SkillPressure pressure, EmpathyReserve reserve) {
        return under(agent, secondsUntilFree, slots, idleSeconds, emotionalLoad, pressure, reserve.of(agent.profile()));
    }

    private static AgentFacts under(Agent agent, int secondsUntilFree, ChannelCounts slots, long idleSeconds,
            double emotionalLoad, SkillPressure pressure, double reserve) {
        SkillPressure.Top top = pressure.top(agent.profile());
        return new AgentFacts(agent, secondsUntilFree, slots, idleSeconds, emotionalLoad, top.scarcestSkill(),
                top.first(), top.second(), reserve);
    }

    /** The agent at {@code now} without an empathy reserve. */
    public static AgentFacts at(Agent agent, Instant now, Duration loadHalfLife, SkillPressure pressure) {
        return at(agent, now, loadHalfLife, pressure, EmpathyReserve.none());
    }

    /** The agent at {@code now}, its emotional load decayed with the given half-life. */
    public static AgentFacts at(Agent agent, Instant now, Duration loadHalfLife, SkillPressure pressure,
            EmpathyReserve reserve) {
        int untilFree;
        ChannelCounts slots;
        if (agent.canTakeCallNow()) {
            untilFree = 0;
            slots = agent.freeSlotsByChannel();
        } else if (agent.state().willFreeUp() && agent.expectedFreeAt() != null) {
            long millis = Duration.between(now, agent.expectedFreeAt()).toMillis();
            untilFree = (int) Math.min(NEVER - 1L, Math.max(1, (millis + 999) / 1000));
            slots = agent.freeSlotsByChannel().oneFreedWithin(agent.profile().capacity());
        } else {
            untilFree = NEVER;
            slots = ChannelCounts.NONE;
        }
        long idle = agent.state() == AgentState.AVAILABLE
                ? Math.max(0, ChronoUnit.SECONDS.between(agent.stateSince(), now))
                : 0;
        double load = agent.emotionalLoad().levelAt(now, loadHalfLife);
        return of(agent, untilFree, slots, idle, load, pressure, reserve);
    }

    /** The same facts under another skill pressure: only the pressure's part depends on it. */
    public AgentFacts under(SkillPressure pressure) {
        return under(agent, secondsUntilFree, slots, idleSeconds, emotionalLoad, pressure, reserve);
    }

    public String id() {
        return agent.id();
    }

    public AgentProfile profile() {
        return agent.profile();
    }

    public int slots(Channel channel) {
        return slots.of(channel);
    }

    public boolean isFreeNow() {
        return secondsUntilFree == 0;
    }

    public double occupancy() {
        return agent.occupancy();
    }

    public double empathy() {
        return agent.profile().empathy();
    }

    /** The highest pressure among this agent's skills other than {@code skill}, see {@link SkillPressure}. */
    public double otherSkillPressure(String skill) {
        return skill != null && skill.equals(scarcestSkill) ? secondPressure : scarcestPressure;
    }
}
