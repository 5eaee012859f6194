package dev.attune.core.engine;

import dev.attune.core.domain.Agent;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * The agents about to be free at a known time who still have a slot no hold has taken, as their current records,
 * filed under every need (product and language) they meet: the only agents a high-care call may be held for. Kept
 * as records and holds change, so that a backlog, which holds a call for nearly every slot about to free up, does
 * not walk the whole busy roster for each high-care call only to find each slot taken (docs/load-test.md, session
 * 11). Filed per need so that a call's hold scan reads only its own need's agents: asking of each agent in one
 * list for all needs whether it was filed under the call's need was a fifth of the routing thread while the service
 * was behind (docs/load-test.md, session 20).
 *
 * <p>A superset by design: an agent stays while its holds are fewer than its slots on all channels together, and
 * the caller still checks the call's own channel and ring; so what a caller finds here is exactly what it found
 * walking every agent about to be free under the need and skipping the full ones.
 */
final class OpenForHolds {
    /** An agent about to be free, with the needs the eligibility index files it under. */
    private record Freeing(Agent agent, List<String> needs) {
    }

    private final Map<String, Freeing> freeing = new HashMap<>();
    private final Map<String, Map<String, Agent>> openByNeed = new HashMap<>();
    private final Set<String> open = new HashSet<>();
    private final ToIntFunction<String> holdsOn;

    OpenForHolds(ToIntFunction<String> holdsOn) {
        this.holdsOn = holdsOn;
    }

    /** The agent's current record while it is about to be free at a known time, with the needs it is filed under. */
    void freeing(Agent agent, List<String> needs) {
        Freeing before = freeing.put(agent.id(), new Freeing(agent, needs));
        if (before != null && !before.needs().equals(needs)) {
            close(agent.id(), before.needs());
        }
        recheck(agent.id());
    }

    /** The agent is free, away, logged out or gone: no call is held for it from now. */
    void notFreeing(String agentId) {
        Freeing gone = freeing.remove(agentId);
        if (gone != null) {
            close(agentId, gone.needs());
        }
    }

    void clear() {
        freeing.clear();
        openByNeed.clear();
        open.clear();
    }

    /** After a hold for this agent was made or released. */
    void recheck(String agentId) {
        Freeing filed = freeing.get(agentId);
        if (filed == null) {
            return;
        }
        Agent agent = filed.agent();
        if (holdsOn.applyAsInt(agentId) < agent.profile().capacity().total()) {
            open.add(agentId);
            for (String need : filed.needs()) {
                openByNeed.computeIfAbsent(need, n -> new LinkedHashMap<>()).put(agentId, agent);
            }
        } else {
            close(agentId, filed.needs());
        }
    }

    /** The open agents filed under the need (a {@link WaitingQueue#need} key). */
    Collection<Agent> agents(String need) {
        Map<String, Agent> filed = openByNeed.get(need);
        return filed == null ? Collections.emptyList() : Collections.unmodifiableCollection(filed.values());
    }

    /** How many agents are open, whatever their needs. */
    int size() {
        return open.size();
    }

    private void close(String agentId, List<String> needs) {
        open.remove(agentId);
        for (String need : needs) {
            Map<String, Agent> filed = openByNeed.get(need);
            if (filed != null) {
                filed.remove(agentId);
            }
        }
    }
}
