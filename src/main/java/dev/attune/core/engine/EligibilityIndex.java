package dev.attune.core.engine;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.Product;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which agents meet a call's static hard constraints (product skill at the catalogue's minimum
 * proficiency, language, licence), kept per need (product and language) for every agent and, separately,
 * for the agents free right now. Finding the candidates for a call is one map lookup instead of a scan of
 * the pool, which is what keeps the decider flat from 200 to 10,000 agents.
 */
final class EligibilityIndex {
    private final Map<String, Set<String>> qualified = new HashMap<>();
    /**
     * The free agents per need, by id, holding the agent's current record: the decider walks a bucket of
     * a thousand agents for every call and should not look each one up again.
     */
    private final Map<String, Map<String, Agent>> free = new HashMap<>();
    private final Map<String, List<String>> needsOfAgent = new HashMap<>();
    private final Set<String> freeAgents = new HashSet<>();
    private Catalogue catalogue;

    EligibilityIndex(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Files (or re-files) an agent under every need its profile meets, and as free when it can take a call. */
    void put(Agent agent) {
        remove(agent.id());
        List<String> needs = needsOf(agent.profile());
        needsOfAgent.put(agent.id(), needs);
        for (String need : needs) {
            qualified.computeIfAbsent(need, k -> new HashSet<>()).add(agent.id());
        }
        setFree(agent);
    }

    /** Follows an agent's new record: whether it is free, and its current state while it stays free. */
    void setFree(Agent agent) {
        boolean nowFree = agent.canTakeCallNow();
        boolean wasFree = freeAgents.contains(agent.id());
        if (!nowFree && !wasFree) {
            return;
        }
        List<String> needs = needsOfAgent.getOrDefault(agent.id(), List.of());
        if (nowFree) {
            freeAgents.add(agent.id());
            for (String need : needs) {
                free.computeIfAbsent(need, k -> new HashMap<>()).put(agent.id(), agent);
            }
        } else {
            freeAgents.remove(agent.id());
            for (String need : needs) {
                Map<String, Agent> bucket = free.get(need);
                if (bucket != null) {
                    bucket.remove(agent.id());
                }
            }
        }
    }

    void remove(String agentId) {
        List<String> needs = needsOfAgent.remove(agentId);
        if (needs == null) {
            return;
        }
        freeAgents.remove(agentId);
        for (String need : needs) {
            Set<String> q = qualified.get(need);
            if (q != null) {
                q.remove(agentId);
            }
            Map<String, Agent> f = free.get(need);
            if (f != null) {
                f.remove(agentId);
            }
        }
    }

    /** A new catalogue can change every agent's needs: refile them all. */
    void rebuild(Catalogue newCatalogue, Collection<Agent> agents) {
        this.catalogue = newCatalogue;
        qualified.clear();
        free.clear();
        needsOfAgent.clear();
        freeAgents.clear();
        agents.forEach(this::put);
    }

    /** The agents free now who meet the need, as their current records. */
    Collection<Agent> freeFor(String productCode, String language) {
        Map<String, Agent> bucket = free.get(WaitingQueue.need(productCode, language));
        return bucket == null ? Collections.emptySet() : bucket.values();
    }

    Collection<String> qualifiedFor(String productCode, String language) {
        Set<String> bucket = qualified.get(WaitingQueue.need(productCode, language));
        return bucket == null ? Collections.emptySet() : bucket;
    }

    /** The (product, language) needs this agent meets, as {@link WaitingQueue#need} keys. */
    List<String> needsOf(String agentId) {
        return needsOfAgent.getOrDefault(agentId, List.of());
    }

    boolean isFree(String agentId) {
        return freeAgents.contains(agentId);
    }

    Set<String> freeAgents() {
        return Collections.unmodifiableSet(freeAgents);
    }

    private List<String> needsOf(AgentProfile profile) {
        List<String> needs = new ArrayList<>();
        for (Product product : catalogue.products()) {
            for (String language : profile.languages()) {
                if (profile.qualifiesFor(product, language)) {
                    needs.add(WaitingQueue.need(product.code(), language));
                }
            }
        }
        return needs;
    }
}
