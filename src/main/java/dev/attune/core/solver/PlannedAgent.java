package dev.attune.core.solver;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import dev.attune.core.domain.Agent;
import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.AgentState;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An agent as one snapshot of the plan sees it (a problem fact): everything the constraints read is
 * computed once here, so scoring a move is arithmetic, never a clock or map lookup.
 * The instant decider builds the same object with {@link #of} so both score with the same inputs.
 */
public final class PlannedAgent {
    /** Seconds-until-free of an agent who will not be free by any known time (away, logged out, unknown end). */
    public static final int NEVER = Integer.MAX_VALUE;

    @PlanningId
    private String id;
    private Agent agent;
    private int secondsUntilFree;
    private int slots;
    private long idleSeconds;
    private double emotionalLoad;
    private String scarcestSkill;
    private double scarcestPressure;
    private double secondPressure;

    @SuppressWarnings("unused") // for Timefold's cloner
    private PlannedAgent() {
    }

    public PlannedAgent(Agent agent, int secondsUntilFree, int slots, long idleSeconds, double emotionalLoad,
            SkillPressure pressure) {
        this.agent = Objects.requireNonNull(agent, "agent");
        this.id = agent.id();
        this.secondsUntilFree = secondsUntilFree;
        this.slots = slots;
        this.idleSeconds = idleSeconds;
        this.emotionalLoad = emotionalLoad;
        SkillPressure.Top top = pressure.top(agent.profile());
        this.scarcestSkill = top.scarcestSkill();
        this.scarcestPressure = top.first();
        this.secondPressure = top.second();
    }

    /**
     * The agent at {@code now}:
     * <ul>
     * <li>secondsUntilFree: 0 when the agent can take a call now; seconds to {@code expectedFreeAt} (at least 1)
     * for a BUSY, WRAP_UP or RESERVED agent who has one; {@link #NEVER} otherwise;</li>
     * <li>slots: free slots now; for an agent not free yet, the slots free once the current call ends;</li>
     * <li>idleSeconds: time since an AVAILABLE agent became available, else 0;</li>
     * <li>emotionalLoad: the agent's load decayed to {@code now} with the policy's half-life.</li>
     * </ul>
     */
    public static PlannedAgent of(Agent agent, Instant now, PlanningPolicy policy, SkillPressure pressure) {
        int untilFree;
        int slots;
        if (agent.canTakeCallNow()) {
            untilFree = 0;
            slots = agent.freeSlots();
        } else if (agent.state().willFreeUp() && agent.expectedFreeAt() != null) {
            long seconds = Duration.between(now, agent.expectedFreeAt()).toMillis();
            untilFree = (int) Math.min(NEVER - 1L, Math.max(1, (seconds + 999) / 1000));
            slots = Math.min(agent.profile().capacity(), agent.freeSlots() + 1);
        } else {
            untilFree = NEVER;
            slots = 0;
        }
        long idle = agent.state() == AgentState.AVAILABLE
                ? Math.max(0, Duration.between(agent.stateSince(), now).toSeconds())
                : 0;
        double load = agent.emotionalLoad().levelAt(now, policy.emotionalLoadHalfLife());
        return new PlannedAgent(agent, untilFree, slots, idle, load, pressure);
    }

    public String getId() {
        return id;
    }

    public Agent getAgent() {
        return agent;
    }

    public AgentProfile profile() {
        return agent.profile();
    }

    public int getSecondsUntilFree() {
        return secondsUntilFree;
    }

    public boolean isFreeNow() {
        return secondsUntilFree == 0;
    }

    public int getSlots() {
        return slots;
    }

    public long getIdleSeconds() {
        return idleSeconds;
    }

    public double getEmotionalLoad() {
        return emotionalLoad;
    }

    public double getOccupancy() {
        return agent.occupancy();
    }

    public double getEmpathy() {
        return agent.profile().empathy();
    }

    /** The highest pressure among this agent's skills other than {@code skill}, see {@link SkillPressure}. */
    public double otherSkillPressure(String skill) {
        return skill != null && skill.equals(scarcestSkill) ? secondPressure : scarcestPressure;
    }

    @Override
    public String toString() {
        return id;
    }
}
