package dev.attune.core.engine;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.Product;
import dev.attune.core.domain.Proficiency;
import dev.attune.core.scoring.MatchTerms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeSet;
import java.util.function.ToLongFunction;

/**
 * The free agents' profiles by their proficiency in each skill a product requires and, within a level, most
 * empathetic first. Within one level {@link MatchTerms#profileScoreBound} never rises along that order for any
 * call needing the skill (its proficiency term is the same, its empathy term falls with empathy and every weight is
 * non-negative), so merging the levels gives the free agents best bound first, and whoever wants the few best can
 * stop at the first bound too low. The explanation of a decision names the best free agents a hard rule kept out;
 * walking every free agent for it was half of the routing thread at 10,000 agents (docs/load-test.md, session 18).
 *
 * <p>Kept by {@link EligibilityIndex} as agents become free or stop being free, and rebuilt with the catalogue.
 */
final class FreeByProfile {
    /** Most empathetic first, then by id (a set needs a total order; the bound needs only the first key). */
    private static final Comparator<AgentProfile> ORDER = (a, b) -> {
        int byEmpathy = Double.compare(b.empathy(), a.empathy());
        return byEmpathy != 0 ? byEmpathy : a.id().compareTo(b.id());
    };
    private static final int LEVELS = Proficiency.MAX + 1;

    /** A free agent's profile with its bound for one call. */
    record Ranked(AgentProfile profile, long bound) {
    }

    private final Map<String, AgentProfile> free = new HashMap<>();
    private final Map<String, List<TreeSet<AgentProfile>>> bySkill = new HashMap<>();

    FreeByProfile(Catalogue catalogue) {
        catalogue(catalogue);
    }

    /** Files under every skill the new catalogue's products require; the caller then files the free agents again. */
    void catalogue(Catalogue catalogue) {
        free.clear();
        bySkill.clear();
        for (Product product : catalogue.products()) {
            bySkill.computeIfAbsent(product.requiredSkill(), s -> {
                List<TreeSet<AgentProfile>> levels = new ArrayList<>(LEVELS);
                for (int level = 0; level < LEVELS; level++) {
                    levels.add(new TreeSet<>(ORDER));
                }
                return levels;
            });
        }
    }

    /** The agent is free, with this profile (a profile is never changed in place: a new one is a new record). */
    void free(AgentProfile profile) {
        AgentProfile filed = free.get(profile.id());
        if (filed == profile) {
            return;
        }
        if (filed != null) {
            notFree(profile.id());
        }
        free.put(profile.id(), profile);
        bySkill.forEach((skill, levels) -> levels.get(level(profile, skill)).add(profile));
    }

    void notFree(String agentId) {
        AgentProfile filed = free.remove(agentId);
        if (filed != null) {
            bySkill.forEach((skill, levels) -> levels.get(level(filed, skill)).remove(filed));
        }
    }

    private static int level(AgentProfile profile, String skill) {
        return Math.max(0, Math.min(Proficiency.MAX, profile.proficiency(skill)));
    }

    /**
     * Every free agent with {@code bound} of its profile, never a higher bound after a lower one, provided
     * {@code bound} is {@link MatchTerms#profileScoreBound} for a call needing {@code skill}. For a skill no product
     * requires (no order is kept for it), every free agent is ranked here and sorted.
     */
    Iterator<Ranked> byBound(String skill, ToLongFunction<AgentProfile> bound) {
        List<TreeSet<AgentProfile>> levels = bySkill.get(skill);
        if (levels == null) {
            return free.values().stream().map(p -> new Ranked(p, bound.applyAsLong(p)))
                    .sorted(Comparator.comparingLong(r -> -r.bound())).iterator();
        }
        return new Merge(levels, bound);
    }

    /** The levels' orders merged: each step takes the highest bound among the levels' next profiles. */
    private static final class Merge implements Iterator<Ranked> {
        private final List<Iterator<AgentProfile>> levels = new ArrayList<>(LEVELS);
        private final Ranked[] heads = new Ranked[LEVELS];
        private final ToLongFunction<AgentProfile> bound;

        Merge(List<TreeSet<AgentProfile>> sets, ToLongFunction<AgentProfile> bound) {
            this.bound = bound;
            for (int level = 0; level < LEVELS; level++) {
                levels.add(sets.get(level).iterator());
                advance(level);
            }
        }

        private void advance(int level) {
            Iterator<AgentProfile> next = levels.get(level);
            heads[level] = next.hasNext() ? rank(next.next()) : null;
        }

        private Ranked rank(AgentProfile profile) {
            return new Ranked(profile, bound.applyAsLong(profile));
        }

        @Override
        public boolean hasNext() {
            for (Ranked head : heads) {
                if (head != null) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public Ranked next() {
            int best = -1;
            for (int level = 0; level < LEVELS; level++) {
                if (heads[level] != null && (best < 0 || heads[level].bound() > heads[best].bound())) {
                    best = level;
                }
            }
            if (best < 0) {
                throw new NoSuchElementException();
            }
            Ranked next = heads[best];
            advance(best);
            return next;
        }
    }
}
