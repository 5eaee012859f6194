package dev.attune.core.engine;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.RoutingConstraint;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.core.scoring.AgentFacts;
import dev.attune.core.scoring.CallFacts;
import dev.attune.core.scoring.EmpathyReserve;
import dev.attune.core.scoring.MatchTerms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The few best agents for one call, best first, kept while the candidates are scored. With 2,000 agents
 * half free, a call has about a thousand candidates; a decision needs only the best few, so they are
 * neither all allocated nor sorted: a candidate that cannot enter is turned away on its score alone.
 */
final class BestCandidates {
    /** Higher score first, then the agent idle longer, then id: ties replay the same way. */
    static final Comparator<Decision.Candidate> BEST_FIRST = Comparator
            .comparingLong((Decision.Candidate c) -> -c.score())
            .thenComparingLong(c -> -c.agentFacts().idleSeconds())
            .thenComparing(c -> c.agent().id());

    private final int limit;
    private final List<Decision.Candidate> kept;

    BestCandidates(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        this.limit = limit;
        this.kept = new ArrayList<>(Math.min(limit, 16) + 1);
    }

    void offer(Agent agent, AgentFacts planned, long score) {
        boolean full = kept.size() == limit;
        if (full && score < kept.get(limit - 1).score()) {
            return;
        }
        Decision.Candidate candidate = new Decision.Candidate(agent, planned, score);
        int at = kept.size();
        while (at > 0 && BEST_FIRST.compare(candidate, kept.get(at - 1)) < 0) {
            at--;
        }
        if (full && at == limit) {
            return;
        }
        kept.add(at, candidate);
        if (kept.size() > limit) {
            kept.remove(limit);
        }
    }

    /**
     * Whether the agent's profile alone keeps them out of the list, so they need not be modelled at all: the
     * list is full, and even {@link MatchTerms#profileScoreBound} (every other term only costs) is below the
     * worst kept (equal could still enter on the tie-breaks). Exact: the list ends the same as without the
     * check. The customer's previous agent may earn the continuity reward, so is never ruled out here.
     */
    boolean rulesOut(CallFacts call, Agent agent, RoutingWeights weights) {
        return kept.size() == limit
                && !agent.id().equals(call.call().lastAgentId())
                && MatchTerms.profileScoreBound(call, agent.profile(), weights) < worst();
    }

    /**
     * {@link #rulesOut(CallFacts, Agent, RoutingWeights)} from the figures filed beside an agent's record
     * ({@link NeedBucket}: empathy, proficiency in the call's skill, the products counted in its reserve), so without
     * reading the record, and the bound also charged with the empathy reserve the agent costs a routine call, from
     * {@code reserve}: the very reserve the agent is modelled with, so the charge is the one its score will carry.
     * Without it the most empathetic agents, whose profile bound is the best for any call, were modelled for every
     * routine call although the reserve puts most of them out of reach. The caller never asks about the customer's
     * previous agent.
     */
    boolean rulesOut(CallFacts call, double empathy, int proficiency, int[] qualifiedProducts, RoutingWeights weights,
            EmpathyReserve reserve) {
        if (kept.size() < limit) {
            return false;
        }
        long bound = MatchTerms.profileScoreBound(call, empathy, proficiency, weights);
        return bound < worst() || MatchTerms.chargesReserve(call) && bound - reserveCharge(call,
                reserve.of(empathy, qualifiedProducts), weights) < worst();
    }

    private long worst() {
        return kept.get(limit - 1).score();
    }

    private static long reserveCharge(CallFacts call, double agentReserve, RoutingWeights weights) {
        return weights.of(RoutingConstraint.EMPATHY_RESERVE) * MatchTerms.empathyReserve(call, agentReserve);
    }

    /** Best first; at most the limit. */
    List<Decision.Candidate> best() {
        return kept;
    }

    boolean isEmpty() {
        return kept.isEmpty();
    }
}
