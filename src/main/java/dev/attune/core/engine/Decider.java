package dev.attune.core.engine;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.CareNeed;
import dev.attune.core.domain.DecisionPath;
import dev.attune.core.domain.Product;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.core.scoring.AgentFacts;
import dev.attune.core.scoring.CallFacts;
import dev.attune.core.scoring.EmpathyReserve;
import dev.attune.core.scoring.SkillPressure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The instant decider: answers every event at once with the eligibility index and the solver's own
 * scoring terms. For a call it decisions the best eligible agent (or holds a high-care call for a much better
 * agent about to be free); for a free agent it decisions the most urgent call it may serve, then the best
 * match. Where a fresh plan names a pairing that is still valid, it follows the plan instead; while the
 * solver is failing it routes by {@link LongestIdle}.
 */
final class Decider {
    private static final int RUNNERS_UP = 3;

    private final PoolView pool;
    private final InstantAgentFacts facts = new InstantAgentFacts();
    private final AdmittedAgents admitted;

    Decider(PoolView pool) {
        this.pool = pool;
        this.admitted = new AdmittedAgents(pool);
    }

    /** The best agent for a waiting call, a hold for one about to be free, or null to keep it waiting. */
    Decision forCall(CallEntry live, Instant now) {
        return forCall(live, now, true);
    }

    /** The best agent free now for a waiting call (never a hold), or null to keep it waiting. */
    Decision forCallFromFree(CallEntry live, Instant now) {
        return forCall(live, now, false);
    }

    private Decision forCall(CallEntry live, Instant now, boolean mayHold) {
        Call call = live.call;
        EngineConfig config = pool.config();
        Product product = config.catalogue().find(call.productCode()).orElse(null);
        if (product == null) {
            return null;
        }
        if (pool.fallbackReason() != null) {
            Agent agent = LongestIdle.agentFor(pool, live);
            return agent == null ? null : fallbackDecision(live, agent, now);
        }
        CallFacts waiting = waiting(live, product, now);
        SkillPressure pressure = pool.pressure();
        RoutingWeights weights = config.weights();

        PoolPlan plan = pool.freshPlan(now);
        String plannedAgentId = plan == null ? null : plan.agentFor(call.id());
        if (plannedAgentId != null) {
            Agent agent = pool.agent(plannedAgentId);
            if (agent != null && pool.mayOffer(agent, call) && waiting.ringAdmits(agent.profile())) {
                AgentFacts planned = facts.of(agent, now, config.planning().emotionalLoadHalfLife(), pressure, pool.reserve(now));
                return new Decision(live, agent, waiting, planned, MatchScore.total(waiting, planned, weights),
                        DecisionPath.PLAN, false, planNote(plan, now));
            }
            if (mayHold && agent != null && waiting.holdLimitSeconds() > 0) {
                AgentFacts planned = facts.of(agent, now, config.planning().emotionalLoadHalfLife(), pressure, pool.reserve(now));
                if (mayHoldFor(planned, waiting)) {
                    return new Decision(live, agent, waiting, planned, MatchScore.total(waiting, planned, weights),
                            DecisionPath.PLAN, true, planNote(plan, now));
                }
            }
        }

        BestCandidates candidates = new BestCandidates(1 + RUNNERS_UP);
        Function<Agent, AgentFacts> model = model(now);
        offerFree(candidates, waiting, model, weights, pool.reserve(now));
        if (mayHold) {
            offerHolds(candidates, waiting, now, model, weights);
        }
        if (candidates.isEmpty()) {
            return null;
        }
        List<Decision.Candidate> top = candidates.best();
        Decision.Candidate best = top.get(0);
        boolean hold = !best.agentFacts().isFreeNow();
        return new Decision(live, best.agent(), waiting, best.agentFacts(), best.score(), DecisionPath.DECIDER,
                top.subList(1, top.size()), true, hold, null);
    }

    /**
     * The best agents other than the chosen one that this decider would have offered the decision's call now, best
     * first, at most {@code limit}: the free agents on its channel whom its ring admits, as {@link #offerFree} scores
     * them. For a decision whose path did not compare agents ({@link Decision#comparedAll}), so its explanation can
     * name who was passed over; an agent the ring does not admit yet was never a candidate, so is not a runner-up.
     */
    List<Decision.Candidate> runnersUp(Decision decision, Instant now, int limit) {
        BestCandidates candidates = new BestCandidates(limit + 1);
        offerFree(candidates, decision.callFacts(), model(now), pool.config().weights(), pool.reserve(now));
        String chosen = decision.agent().id();
        return candidates.best().stream().filter(c -> !c.agent().id().equals(chosen)).limit(limit).toList();
    }

    /** Models an agent at {@code now} for this pool, from the per-instant facts every scan of this decider shares. */
    private Function<Agent, AgentFacts> model(Instant now) {
        Duration halfLife = pool.config().planning().emotionalLoadHalfLife();
        SkillPressure pressure = pool.pressure();
        EmpathyReserve reserve = pool.reserve(now);
        return agent -> facts.of(agent, now, halfLife, pressure, reserve);
    }

    /** The call a free agent should take next, or null when none it may serve is waiting. */
    Decision forAgent(Agent agent, Instant now) {
        if (!agent.canTakeCallNow()) {
            return null;
        }
        if (pool.fallbackReason() != null) {
            CallEntry live = LongestIdle.callFor(pool, agent);
            return live == null ? null : fallbackDecision(live, agent, now);
        }
        EngineConfig config = pool.config();
        SkillPressure pressure = pool.pressure();
        AgentFacts planned = facts.of(agent, now, config.planning().emotionalLoadHalfLife(), pressure, pool.reserve(now));

        PoolPlan plan = pool.freshPlan(now);
        if (plan != null) {
            for (String callId : plan.callsFor(agent.id())) {
                CallEntry live = pool.waitingCall(callId);
                if (live != null && pool.mayOffer(agent, live.call)) {
                    Product product = config.catalogue().product(live.call.productCode());
                    CallFacts waiting = waiting(live, product, now);
                    if (!waiting.ringAdmits(agent.profile())) {
                        continue;
                    }
                    return new Decision(live, agent, waiting, planned,
                            MatchScore.total(waiting, planned, config.weights()), DecisionPath.PLAN,
                            false, planNote(plan, now));
                }
            }
        }

        // A call held for this very agent comes first: holding it was a promise to this agent's strengths.
        Decision heldDecision = best(List.of(pool.callsHeldFor(agent.id())), agent, planned, now, false);
        if (heldDecision != null) {
            return heldDecision;
        }
        List<String> needs = pool.needsOf(agent.id());
        List<Collection<CallEntry>> waitingCalls = new ArrayList<>(needs.size());
        for (String need : needs) {
            waitingCalls.add(pool.waitingNeeding(need));
        }
        return best(waitingCalls, agent, planned, now, true);
    }

    /**
     * Most urgent first (the medium level), then the best match (soft), then queue position. {@code filed}: the
     * calls are those of the agent's own needs ({@link PoolView#mayOfferFiled}; the offer itself checks every rule
     * once more); a call held for another agent goes to this one only on a better match.
     */
    private Decision best(List<Collection<CallEntry>> groups, Agent agent, AgentFacts planned, Instant now,
            boolean filed) {
        EngineConfig config = pool.config();
        RoutingWeights weights = config.weights();
        CallEntry bestCall = null;
        CallFacts bestWaiting = null;
        long bestUrgency = Long.MIN_VALUE;
        long bestScore = Long.MIN_VALUE;
        for (Collection<CallEntry> calls : groups) {
            for (CallEntry live : calls) {
                if (live.stage != CallEntry.Stage.WAITING
                        || !(filed ? pool.mayOfferFiled(agent, live.call) : pool.mayOffer(agent, live.call))) {
                    continue;
                }
                Product product = config.catalogue().find(live.call.productCode()).orElse(null);
                if (product == null) {
                    continue;
                }
                CallFacts waiting = waiting(live, product, now);
                if (!waiting.ringAdmits(agent.profile())) {
                    continue; // not yet: the call's relaxation ring has not widened to this agent
                }
                long score = Long.MIN_VALUE;
                if (filed && live.held() && !live.heldFor.equals(agent.id())) {
                    // held for someone better about to be free: only an even better free agent may take it
                    score = MatchScore.total(waiting, planned, weights);
                    if (score <= live.heldScore) {
                        continue;
                    }
                }
                long urgency = waiting.urgency();
                if (urgency < bestUrgency) {
                    continue;
                }
                if (score == Long.MIN_VALUE) {
                    score = MatchScore.total(waiting, planned, weights);
                }
                if (urgency > bestUrgency || score > bestScore
                        || score == bestScore && live.call.queuePosition() < bestCall.call.queuePosition()) {
                    bestCall = live;
                    bestWaiting = waiting;
                    bestUrgency = urgency;
                    bestScore = score;
                }
            }
        }
        if (bestCall == null) {
            return null;
        }
        String note = String.format("Most urgent call this agent can serve (waited %d s, urgency %.2f)",
                bestWaiting.waitSeconds(), bestUrgency / 1000.0);
        return new Decision(bestCall, agent, bestWaiting, planned, bestScore, DecisionPath.DECIDER, false,
                note);
    }

    private Decision fallbackDecision(CallEntry live, Agent agent, Instant now) {
        EngineConfig config = pool.config();
        Product product = config.catalogue().product(live.call.productCode());
        CallFacts waiting = CallFacts.of(live.call, product,
                CareNeed.assess(live.call, product, now, config.careModel()), CallFacts.waitSeconds(live.call, now), 0);
        AgentFacts planned = AgentFacts.at(agent, now, config.planning().emotionalLoadHalfLife(), SkillPressure.none());
        long score;
        try {
            score = MatchScore.total(waiting, planned, config.weights());
        } catch (RuntimeException e) {
            score = 0; // the fallback must not depend on the scoring it stands in for
        }
        return new Decision(live, agent, waiting, planned, score, DecisionPath.FALLBACK, false,
                LongestIdle.note(pool.fallbackReason()));
    }

    /** The planning view of a waiting call, with what remains of its hold allowance as the hold limit. */
    CallFacts waiting(CallEntry live, Product product, Instant now) {
        EngineConfig config = pool.config();
        CareNeed care = CareNeed.assess(live.call, product, now, config.careModel());
        return CallFacts.of(live.call, product, care, CallFacts.waitSeconds(live.call, now),
                holdLimit(live, product, care, now));
    }

    private int holdLimit(CallEntry live, Product product, CareNeed care, Instant now) {
        int policyLimit = pool.config().planning().holdLimitSeconds(care.value());
        long toNextRing = product.secondsToNextRing(CallFacts.waitSeconds(live.call, now));
        if (toNextRing >= 0) {
            policyLimit = (int) Math.min(policyLimit, toNextRing); // a hold never outlasts the current ring
        }
        if (policyLimit <= 0) {
            return 0;
        }
        if (live.holdDeadline == null) {
            return policyLimit;
        }
        long remaining = Duration.between(now, live.holdDeadline).toSeconds();
        return (int) Math.max(0, Math.min(policyLimit, remaining));
    }

    /**
     * Scores the agents free now who may take the call into {@code into}; {@code model} models an agent with
     * {@code reserve}, the pool's empathy reserve at the instant.
     */
    void offerFree(BestCandidates into, CallFacts waiting, Function<Agent, AgentFacts> model,
            RoutingWeights weights, EmpathyReserve reserve) {
        Call call = waiting.call();
        // the index files an agent under a need only when qualified, and as free only when it can take a call;
        // of those, the ones free on the call's channel whom its ring admits are kept while no record changes,
        // with the figures that let most be passed over unread; the kept records are the board's own
        NeedBucket free = admitted.free(waiting);
        Agent previous = pool.agent(call.lastAgentId());
        boolean excludes = call.excludesAnyone();
        for (int i = 0; i < free.size(); i++) {
            Agent agent = free.agent(i);
            if (excludes && call.excludes(agent.id()) || agent != previous && into.rulesOut(waiting, free.empathy(i),
                    free.proficiency(i), free.qualified(i), weights, reserve)) {
                continue;
            }
            AgentFacts planned = model.apply(agent);
            into.offer(agent, planned, MatchScore.total(waiting, planned, weights));
        }
    }

    /** Scores the agents a high-care call may be held for (free within its hold limit) into {@code into}. */
    void offerHolds(BestCandidates into, CallFacts waiting, Instant now, Function<Agent, AgentFacts> model,
            RoutingWeights weights) {
        if (waiting.holdLimitSeconds() <= 0) {
            return;
        }
        Call call = waiting.call();
        Instant holdHorizon = now.plusSeconds(waiting.holdLimitSeconds());
        // once holds have taken so many slots that fewer agents of any need are open than this need has about to
        // be free (a backlog), the need's open agents; otherwise those about to be free whom the ring admits, kept
        // while no record changes: the same candidates either way, since a full one is skipped
        boolean walkOpen = pool.openForHoldsCount() < pool.freeingFor(call.productCode(), call.language()).size();
        for (Agent agent : walkOpen ? pool.openForHolds(pool.needOf(call)) : admitted.freeing(waiting)) {
            // skipped before modelling (which a backlog made most of the routing thread): an agent the call's ring
            // does not admit, free only after the hold limit, or one whose every slot on the channel is already held
            // for (a freed slot is at most the capacity, so mayHoldFor would refuse them)
            if (walkOpen && !waiting.ringAdmits(agent.profile())
                    || agent.expectedFreeAt().isAfter(holdHorizon)
                    || pool.holdsOn(agent.id()) >= agent.profile().capacity().of(call.channel())
                    || call.excludes(agent.id()) || into.rulesOut(waiting, agent, weights)) {
                continue;
            }
            AgentFacts planned = model.apply(agent);
            if (mayHoldFor(planned, waiting)) {
                into.offer(agent, planned, MatchScore.total(waiting, planned, weights));
            }
        }
    }

    /** An agent about to be free with a slot nobody else is already held for, within the call's hold limit. */
    private boolean mayHoldFor(AgentFacts planned, CallFacts waiting) {
        return !planned.isFreeNow()
                && planned.slots(waiting.call().channel()) > pool.holdsOn(planned.id())
                && planned.secondsUntilFree() <= waiting.holdLimitSeconds()
                && waiting.canBeServedBy(planned);
    }


    private static String planNote(PoolPlan plan, Instant now) {
        return "Following the background plan (" + Duration.between(plan.takenAt(), now).toMillis() + " ms old)";
    }
}
