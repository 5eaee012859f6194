package dev.attune.core.engine;

import dev.attune.core.domain.Agent;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The agents about to be free at a known time who still have a slot no hold has taken, as their current records:
 * the only agents a high-care call may be held for. Kept as records and holds change, so that a backlog, which
 * holds a call for nearly every slot about to free up, does not walk the whole busy roster for each high-care call
 * only to find each slot taken (docs/load-test.md, session 11).
 *
 * <p>A superset by design: an agent stays while its holds are fewer than its slots on all channels together, and
 * the caller still checks the call's own channel; so what a caller finds here is exactly what it found walking
 * every agent about to be free and skipping the full ones.
 */
final class OpenForHolds {
    private final Map<String, Agent> freeing = new HashMap<>();
    private final Map<String, Agent> open = new LinkedHashMap<>();
    private final ToIntFunction<String> holdsOn;

    OpenForHolds(ToIntFunction<String> holdsOn) {
        this.holdsOn = holdsOn;
    }

    /** The agent's current record while it is about to be free at a known time (the index files it so). */
    void freeing(Agent agent) {
        freeing.put(agent.id(), agent);
        recheck(agent.id());
    }

    /** The agent is free, away, logged out or gone: no call is held for it from now. */
    void notFreeing(String agentId) {
        freeing.remove(agentId);
        open.remove(agentId);
    }

    void clear() {
        freeing.clear();
        open.clear();
    }

    /** After a hold for this agent was made or released. */
    void recheck(String agentId) {
        Agent agent = freeing.get(agentId);
        if (agent != null && holdsOn.applyAsInt(agentId) < agent.profile().capacity().total()) {
            open.put(agentId, agent);
        } else {
            open.remove(agentId);
        }
    }

    Collection<Agent> agents() {
        return open.values();
    }
}
