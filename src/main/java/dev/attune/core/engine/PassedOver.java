package dev.attune.core.engine;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.DecisionPath;
import dev.attune.core.domain.RoutingConstraint;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.core.scoring.CallFacts;
import dev.attune.core.scoring.MatchTerms;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The best agents a decision passed over and why, for compliance: the next best qualified agents with the
 * terms that put them behind (or the tie and how it was broken), and the free agents a hard rule kept out,
 * with that rule. Agents kept out are ranked by what their profile alone would have scored
 * ({@link MatchTerms#profileScoreBound}), so the list names the ones a reader would ask about first.
 */
final class PassedOver {
    static final int QUALIFIED = 3;
    static final int RULED_OUT = 2;
    private static final int TERMS = 2;
    /** Best bound first, then by id: which of the agents kept out a reader asks about first. */
    private static final Comparator<FreeByProfile.Ranked> BEST_OUT = Comparator
            .comparingLong((FreeByProfile.Ranked r) -> -r.bound()).thenComparing(r -> r.profile().id());

    private PassedOver() {
    }

    /**
     * The qualified runners-up, best first: the decision's own when its path compared every candidate, else those
     * {@code scan} finds (the decider's own scan of the free agents, without the chosen one).
     */
    static List<MatchScore> runnersUp(Decision decision, PoolState pool, Function<Decision, List<Decision.Candidate>> scan) {
        RoutingWeights weights = pool.config().weights();
        CallFacts call = decision.callFacts();
        List<Decision.Candidate> candidates = decision.comparedAll() ? decision.runnersUp() : scan.apply(decision);
        List<MatchScore> scored = new ArrayList<>(candidates.size());
        candidates.stream().limit(QUALIFIED).forEach(c -> scored.add(MatchScore.of(call, c.agentFacts(), weights)));
        return scored;
    }

    /** One line per passed-over agent: the qualified runners-up first, then those a hard rule kept out. */
    static List<String> lines(Decision decision, MatchScore chosen, List<MatchScore> runnersUp, PoolState pool) {
        List<String> lines = new ArrayList<>();
        for (MatchScore other : runnersUp) {
            lines.add(other.agent().id() + ": " + behind(decision, chosen, other));
        }
        lines.addAll(ruledOut(decision, pool));
        return lines;
    }

    /** Why a qualified agent came second: a tie and its break, the terms it lost on, or the plan's wider view. */
    static String behind(Decision decision, MatchScore chosen, MatchScore other) {
        long gap = chosen.total() - other.total();
        if (gap == 0) {
            return "tied at " + chosen.total() + " points; " + tieBreak(decision, chosen, other);
        }
        if (gap < 0) {
            return -gap + " points ahead for this call alone; "
                    + (decision.path() == DecisionPath.PLAN
                    ? "the plan weighs every waiting call together"
                    : "the batch was assigned jointly");
        }
        record Loss(RoutingConstraint constraint, long points) {
        }
        List<Loss> losses = new ArrayList<>();
        for (RoutingConstraint constraint : chosen.soft().keySet()) {
            long lost = chosen.of(constraint) - other.of(constraint);
            if (lost > 0) {
                losses.add(new Loss(constraint, lost));
            }
        }
        losses.sort(Comparator.comparingLong((Loss l) -> -l.points()).thenComparing(Loss::constraint));
        StringBuilder line = new StringBuilder().append(gap).append(" points behind");
        String separator = ": ";
        for (Loss loss : losses.subList(0, Math.min(TERMS, losses.size()))) {
            line.append(separator).append(loss.constraint().displayName()).append(" -").append(loss.points());
            separator = ", ";
        }
        return line.toString();
    }

    /** How the tie-break of {@link BestCandidates#BEST_FIRST} (idle longer, then id) went, in words. */
    static String tieBreak(Decision decision, MatchScore chosen, MatchScore other) {
        if (decision.path() == DecisionPath.PLAN) {
            return "the plan chose between them";
        }
        long idle = chosen.agent().idleSeconds() - other.agent().idleSeconds();
        if (idle > 0) {
            return String.format(Locale.ROOT, "the chosen agent was idle %d s longer", idle);
        }
        if (idle == 0 && chosen.agent().id().compareTo(other.agent().id()) < 0) {
            return "equally idle; the chosen agent comes first by id";
        }
        return "the batch was assigned jointly";
    }

    /**
     * The free agents a hard rule kept out, best profile first, with the first rule each failed. Runs for every
     * offer, so it compares numbers per agent and words the few it keeps. When every free agent is filed under the
     * call's need (the index files only the qualified), only the call's exclusions can be kept out; otherwise the
     * free agents come best bound first ({@link FreeByProfile}) and the walk stops at the first bound that cannot
     * enter: at 10,000 agents a walk of every free agent was half of the routing thread (docs/load-test.md).
     */
    private static List<String> ruledOut(Decision decision, PoolState pool) {
        CallFacts call = decision.callFacts();
        RoutingWeights weights = pool.config().weights();
        EligibilityIndex index = pool.agents.index();
        Collection<String> filed = index.qualifiedFor(call.call().productCode(), call.call().languageKey());
        Iterator<FreeByProfile.Ranked> free = everyFreeAgentFiled(call, pool)
                ? excludedAndFree(call, pool, weights)
                : index.freeByBound(call.requiredSkill(),
                        profile -> MatchTerms.profileScoreBound(call, profile, weights));
        List<FreeByProfile.Ranked> kept = new ArrayList<>(RULED_OUT + 1);
        while (free.hasNext()) {
            FreeByProfile.Ranked next = free.next();
            if (kept.size() == RULED_OUT && next.bound() < kept.get(RULED_OUT - 1).bound()) {
                break; // every agent after it has a bound no higher
            }
            String agentId = next.profile().id();
            // free agents can take a call now: only the profile's rules and the exclusions can keep them out; one
            // filed under the call's need meets the profile's rules (the index files by them), so is not looked up
            if (agentId.equals(decision.agent().id()) || filed.contains(agentId) && !call.call().excludes(agentId)) {
                continue;
            }
            Agent agent = pool.agent(agentId);
            if (agent == null || agent.profile().qualifiesFor(call.product(), call.call()) && !call.call().excludes(agentId)) {
                continue;
            }
            kept.add(next);
            kept.sort(BEST_OUT);
            if (kept.size() > RULED_OUT) {
                kept.remove(RULED_OUT);
            }
        }
        return kept.stream().map(o -> o.profile().id() + ": "
                + HardRules.failed(call.call(), call.product(), pool.agent(o.profile().id()))).toList();
    }

    private static boolean everyFreeAgentFiled(CallFacts call, PoolState pool) {
        return pool.freeFor(call.call().productCode(), call.call().language()).size()
                == pool.agents.index().freeAgents().size();
    }

    /** The call's exclusions among the free agents, best bound first as the walk expects (a handful at most). */
    private static Iterator<FreeByProfile.Ranked> excludedAndFree(CallFacts call, PoolState pool,
            RoutingWeights weights) {
        List<FreeByProfile.Ranked> excluded = new ArrayList<>();
        for (String agentId : call.call().excludedAgentIds()) {
            Agent agent = pool.agents.index().isFree(agentId) ? pool.agent(agentId) : null;
            if (agent != null) {
                excluded.add(new FreeByProfile.Ranked(agent.profile(),
                        MatchTerms.profileScoreBound(call, agent.profile(), weights)));
            }
        }
        excluded.sort(BEST_OUT);
        return excluded.iterator();
    }
}
