package dev.attune.core.engine;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.LanguageTag;
import dev.attune.core.domain.Product;
import dev.attune.core.domain.RoutingConstraint;
import dev.attune.core.scoring.QualifiedProducts;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Which agents meet a call's static hard constraints (product skill at the catalogue's minimum
 * proficiency, language, licence), kept per need (product and language) for every agent and, separately,
 * for the agents free right now and for those busy now with a known time to be free (the candidates for a
 * hold). Finding the candidates for a call is one map lookup instead of a scan of the pool, which is what
 * keeps the decider flat from 200 to 10,000 agents; the buckets hold each agent's current record, because
 * the decider walks a thousand of them per call and should not look each one up again.
 */
final class EligibilityIndex {
    /** Where an agent's current record files it, besides under every need it is qualified for. */
    private enum Availability { FREE, FREEING, NEITHER }

    private final Map<String, Set<String>> qualified = new HashMap<>();
    private final Map<String, NeedBucket> free = new HashMap<>();
    /** The product of each need agents are filed under, for the figures its bucket files beside each record. */
    private final Map<String, Product> productOfNeed = new HashMap<>();
    private final Map<String, Map<String, Agent>> freeing = new HashMap<>();
    private final Map<String, List<String>> needsOfAgent = new HashMap<>();
    private final Map<String, Availability> availability = new HashMap<>();
    private final Set<String> freeAgents = new HashSet<>();
    private final OpenForHolds openForHolds;
    private final FreeByProfile freeByProfile;
    private Catalogue catalogue;
    /** The catalogue's products as the empathy reserve counts them, for the figures filed with each free agent. */
    private QualifiedProducts reserveProducts;
    /**
     * One array per set of products agents qualify for, shared by every agent with that set: a scan reads each
     * top-quartile agent's set, and a few arrays stay in the cache where one per agent did not (8% of the routing
     * thread, docs/load-test.md session 22).
     */
    private final Map<BitSet, int[]> productSets = new HashMap<>();
    /** Each filed agent's products as the reserve counts them, worked out when its profile is filed. */
    private final Map<String, int[]> productsOfAgent = new HashMap<>();

    EligibilityIndex(Catalogue catalogue, OpenForHolds openForHolds) {
        this.catalogue = catalogue;
        this.openForHolds = openForHolds;
        this.freeByProfile = new FreeByProfile(catalogue);
        this.reserveProducts = QualifiedProducts.of(catalogue.products());
    }

    /** Files (or re-files) an agent under every need its profile meets, and as free or freeing as its state says. */
    void put(Agent agent) {
        remove(agent.id());
        List<String> needs = needsOf(agent.profile());
        needsOfAgent.put(agent.id(), needs);
        productsOfAgent.put(agent.id(), shared(reserveProducts.of(agent.profile())));
        for (String need : needs) {
            qualified.computeIfAbsent(need, k -> new HashSet<>()).add(agent.id());
        }
        availability.put(agent.id(), Availability.NEITHER);
        setFree(agent);
    }

    /** Follows an agent's new record (every state change): free, freeing or neither, with its current record. */
    void setFree(Agent agent) {
        Availability before = availability.get(agent.id());
        if (before == null) {
            return; // not filed: an agent the index does not know is never a candidate
        }
        Availability now = availabilityOf(agent);
        if (now == Availability.NEITHER && before == Availability.NEITHER) {
            return;
        }
        List<String> needs = needsOfAgent.getOrDefault(agent.id(), List.of());
        if (before != now) {
            unfile(agent.id(), before, needs);
            availability.put(agent.id(), now);
        }
        if (now == Availability.FREE) {
            int[] qualifiedProducts = productsOfAgent.get(agent.id());
            for (String need : needs) {
                free.computeIfAbsent(need, k -> NeedBucket.of(productOfNeed.get(k))).put(agent, qualifiedProducts);
            }
        } else if (now == Availability.FREEING) {
            for (String need : needs) {
                freeing.computeIfAbsent(need, k -> new HashMap<>()).put(agent.id(), agent);
            }
        }
        if (now == Availability.FREE) {
            freeAgents.add(agent.id());
            freeByProfile.free(agent.profile());
        }
        if (now == Availability.FREEING) {
            openForHolds.freeing(agent, needs);
        } else if (before == Availability.FREEING) {
            openForHolds.notFreeing(agent.id());
        }
    }

    void remove(String agentId) {
        List<String> needs = needsOfAgent.remove(agentId);
        if (needs == null) {
            return;
        }
        productsOfAgent.remove(agentId);
        unfile(agentId, availability.remove(agentId), needs);
        openForHolds.notFreeing(agentId);
        for (String need : needs) {
            Set<String> q = qualified.get(need);
            if (q != null) {
                q.remove(agentId);
            }
        }
    }

    /** A new catalogue can change every agent's needs: refile them all. */
    void rebuild(Catalogue newCatalogue, Collection<Agent> agents) {
        this.catalogue = newCatalogue;
        this.reserveProducts = QualifiedProducts.of(newCatalogue.products());
        productSets.clear();
        productsOfAgent.clear();
        qualified.clear();
        free.clear();
        freeing.clear();
        productOfNeed.clear();
        needsOfAgent.clear();
        availability.clear();
        freeAgents.clear();
        freeByProfile.catalogue(newCatalogue);
        openForHolds.clear();
        agents.forEach(this::put);
    }

    /** The agents free now who meet the need, as their current records. */
    Collection<Agent> freeFor(String productCode, String languageKey) {
        return freeBucket(productCode, languageKey).agents();
    }

    /** The same with the figures filed beside each record; an empty bucket when none is filed. */
    NeedBucket freeBucket(String productCode, String languageKey) {
        NeedBucket bucket = free.get(WaitingQueue.need(productCode, languageKey));
        return bucket != null ? bucket : NeedBucket.EMPTY;
    }

    /**
     * The agents who meet the need and are not free now but will be at a known time (BUSY, WRAP_UP or
     * RESERVED with an expected end): whom a high-care call may be held for.
     */
    Collection<Agent> freeingFor(String productCode, String languageKey) {
        return bucket(freeing, productCode, languageKey);
    }

    /** Every agent filed under the need (a caller's {@link dev.attune.core.domain.Call#languageKey}). */
    Collection<String> qualifiedFor(String productCode, String languageKey) {
        Set<String> bucket = qualified.get(WaitingQueue.need(productCode, languageKey));
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

    /** Every free agent best {@code bound} first, for {@code bound} the profile bound of a call needing the skill. */
    Iterator<FreeByProfile.Ranked> freeByBound(String skill, ToLongFunction<AgentProfile> bound) {
        return freeByProfile.byBound(skill, bound);
    }

    private static Availability availabilityOf(Agent agent) {
        if (agent.canTakeCallNow()) {
            return Availability.FREE;
        }
        return agent.state().willFreeUp() && agent.expectedFreeAt() != null ? Availability.FREEING : Availability.NEITHER;
    }

    private void unfile(String agentId, Availability from, List<String> needs) {
        if (from == Availability.FREE) {
            freeAgents.remove(agentId);
            freeByProfile.notFree(agentId);
        }
        for (String need : needs) {
            if (from == Availability.FREE) {
                NeedBucket bucket = free.get(need);
                if (bucket != null) {
                    bucket.remove(agentId);
                }
            } else if (from == Availability.FREEING) {
                Map<String, Agent> bucket = freeing.get(need);
                if (bucket != null) {
                    bucket.remove(agentId);
                }
            }
        }
    }

    private static Collection<Agent> bucket(Map<String, Map<String, Agent>> buckets, String productCode,
            String languageKey) {
        Map<String, Agent> bucket = buckets.get(WaitingQueue.need(productCode, languageKey));
        return bucket == null ? Collections.emptySet() : bucket.values();
    }

    /**
     * The first static hard rule, in the order {@link HardRules} checks them, that none of the agents meets
     * for this need; empty when some agent is filed under it. Narrowed by the same tests that file agents,
     * so the rule it names is never one a filed agent meets.
     */
    Optional<RoutingConstraint> firstUnmet(Product product, Call call, Collection<Agent> agents) {
        if (!qualifiedFor(product.code(), call.languageKey()).isEmpty()) {
            return Optional.empty();
        }
        List<AgentProfile> standing = agents.stream().map(Agent::profile).toList();
        for (RoutingConstraint rule : List.of(RoutingConstraint.REQUIRED_SKILL, RoutingConstraint.LANGUAGE,
                RoutingConstraint.REQUIRED_LICENCE)) {
            Predicate<AgentProfile> meets = test(rule, product, call);
            standing = standing.stream().filter(meets).toList();
            if (standing.isEmpty()) {
                return Optional.of(rule);
            }
        }
        return Optional.empty(); // an agent meets every rule but is not filed yet: not a verdict to give
    }

    private static Predicate<AgentProfile> test(RoutingConstraint rule, Product product, Call call) {
        return switch (rule) {
            case REQUIRED_SKILL -> p -> p.proficiency(product.requiredSkill()) >= product.minimumProficiency();
            case LANGUAGE -> p -> p.speaks(call);
            case REQUIRED_LICENCE -> p -> p.holdsLicence(product.requiredLicence());
            default -> throw new IllegalArgumentException("not a static rule: " + rule);
        };
    }

    private int[] shared(int[] products) {
        BitSet set = new BitSet();
        for (int product : products) {
            set.set(product);
        }
        return productSets.computeIfAbsent(set, s -> products);
    }

    /** Under its language with and without the region, so it meets callers of pools that ask for one or not. */
    private List<String> needsOf(AgentProfile profile) {
        Set<String> needs = new LinkedHashSet<>();
        for (Product product : catalogue.products()) {
            for (String language : profile.languages()) {
                if (profile.qualifiesFor(product, language)) {
                    for (String key : LanguageTag.agentKeys(language)) {
                        String need = WaitingQueue.need(product.code(), key);
                        needs.add(need);
                        productOfNeed.put(need, product);
                    }
                }
            }
        }
        return List.copyOf(needs);
    }
}
