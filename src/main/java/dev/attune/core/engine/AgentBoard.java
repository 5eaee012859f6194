package dev.attune.core.engine;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Catalogue;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * A pool's agents as the ACD reports them: their current records, the eligibility index that files them
 * by need and availability, and their share of the skill supply. Every change of an agent's record goes
 * through {@link #put}, so the index and the supply never lag behind the record.
 */
final class AgentBoard {
    private final Map<String, Agent> agents = new HashMap<>();
    private final Map<String, Instant> lastReportedAt = new HashMap<>();
    private final EligibilityIndex index;
    private final SkillBalance skills;
    /** Counts every change of who is on the board or of a profile, so per-roster figures know when to recompute. */
    private long rosterVersion;
    /** Counts every change of any agent's record (state, slots, load, profile) or of the needs they are filed under. */
    private long recordVersion;

    AgentBoard(Catalogue catalogue, SkillBalance skills, OpenForHolds openForHolds) {
        this.index = new EligibilityIndex(catalogue, openForHolds);
        this.skills = skills;
    }

    Agent get(String agentId) {
        return agentId == null ? null : agents.get(agentId);
    }

    Collection<Agent> all() {
        return agents.values();
    }

    int size() {
        return agents.size();
    }

    /** Changes whenever an agent joins, leaves or gets another profile; state changes leave it alone. */
    long rosterVersion() {
        return rosterVersion;
    }

    /** Changes whenever any agent's record changes: what was read from the board before is still current until then. */
    long recordVersion() {
        return recordVersion;
    }

    EligibilityIndex index() {
        return index;
    }

    /** A new or changed profile: the agent is filed again under every need the profile meets. */
    Agent putProfile(AgentProfile profile, Instant now) {
        Agent existing = agents.get(profile.id());
        Agent agent = existing == null ? Agent.loggedOut(profile, now) : existing.withProfile(profile);
        agents.put(agent.id(), agent);
        rosterVersion++;
        recordVersion++;
        index.put(agent);
        countSupply(existing, agent);
        return agent;
    }

    /** A new record of a known agent (state, slots, load): the index and the supply follow it. */
    void put(Agent agent) {
        Agent before = agents.put(agent.id(), agent);
        if (before == null || before.profile() != agent.profile()) {
            rosterVersion++;
        }
        recordVersion++;
        index.setFree(agent);
        countSupply(before, agent);
    }

    void remove(String agentId) {
        rosterVersion++;
        recordVersion++;
        countSupply(agents.remove(agentId), null);
        index.remove(agentId);
    }

    /** A new catalogue can change every agent's needs. */
    void refile(Catalogue catalogue) {
        recordVersion++;
        index.rebuild(catalogue, agents.values());
    }

    /** Records a state report's time; false for a report older than one already applied. */
    boolean newerReport(String agentId, Instant at) {
        Instant last = lastReportedAt.get(agentId);
        if (last != null && at.isBefore(last)) {
            return false;
        }
        lastReportedAt.put(agentId, at);
        return true;
    }

    static boolean atWork(AgentState state) {
        return state != AgentState.LOGGED_OUT && state != AgentState.AWAY;
    }

    /**
     * A state change, with the agent's occupancy carried forward: an exponential average over the policy's
     * window of the share of logged-in, available-or-working time spent RESERVED, BUSY or in WRAP_UP.
     */
    static Agent transition(Agent agent, AgentState next, Instant now, Duration occupancyWindow) {
        AgentState current = agent.state();
        double occupancy = agent.occupancy();
        if (atWork(current)) {
            double seconds = Math.max(0, Duration.between(agent.stateSince(), now).toMillis() / 1000.0);
            double keep = Math.exp(-seconds / Math.max(1, occupancyWindow.toSeconds()));
            occupancy = occupancy * keep + (current == AgentState.AVAILABLE ? 0 : 1 - keep);
        }
        return agent.withState(next, now).withOccupancy(occupancy);
    }

    private void countSupply(Agent before, Agent after) {
        boolean wasAtWork = before != null && atWork(before.state());
        boolean isAtWork = after != null && atWork(after.state());
        if (wasAtWork == isAtWork && (!isAtWork || before.profile() == after.profile())) {
            return;
        }
        if (wasAtWork) {
            skills.removeSupply(before.profile());
        }
        if (isAtWork) {
            skills.addSupply(after.profile());
        }
    }
}
