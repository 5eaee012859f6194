package dev.attune.core.engine;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.CareNeed;
import dev.attune.core.domain.DecisionPath;
import dev.attune.core.domain.Product;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.core.solver.PlannedAgent;
import dev.attune.core.solver.SkillPressure;
import dev.attune.core.solver.WaitingCall;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The instant decider: answers every event at once with the eligibility index and the solver's own
 * scoring terms. For a call it picks the best eligible agent (or holds a high-care call for a much better
 * agent about to be free); for a free agent it picks the most urgent call it may serve, then the best
 * match. Where a fresh plan names a pairing that is still valid, it follows the plan instead; while the
 * solver is failing it routes by {@link LongestIdle}.
 */
final class Decider {
    private static final int RUNNERS_UP = 3;

    private final Pool pool;

    Decider(Pool pool) {
        this.pool = pool;
    }

    /** The best agent for a waiting call, a hold for one about to be free, or null to keep it waiting. */
    Pick forCall(LiveCall live, Instant now) {
        Call call = live.call;
        EngineConfig config = pool.config();
        Product product = config.catalogue().find(call.productCode()).orElse(null);
        if (product == null) {
            return null;
        }
        if (pool.fallbackReason() != null) {
            Agent agent = LongestIdle.agentFor(pool, live);
            return agent == null ? null : fallbackPick(live, agent, now);
        }
        WaitingCall waiting = waiting(live, product, now);
        SkillPressure pressure = pool.pressure();
        RoutingWeights weights = config.weights();

        PoolPlan plan = pool.freshPlan(now);
        String plannedAgentId = plan == null ? null : plan.agentFor(call.id());
        if (plannedAgentId != null) {
            Agent agent = pool.agent(plannedAgentId);
            if (agent != null && pool.mayOffer(agent, call)) {
                PlannedAgent planned = PlannedAgent.of(agent, now, config.planning(), pressure);
                return new Pick(live, agent, waiting, planned, MatchScore.total(waiting, planned, weights),
                        DecisionPath.PLAN, List.of(), false, planNote(plan, now));
            }
            if (agent != null && waiting.getHoldLimitSeconds() > 0) {
                PlannedAgent planned = PlannedAgent.of(agent, now, config.planning(), pressure);
                if (mayHoldFor(planned, waiting)) {
                    return new Pick(live, agent, waiting, planned, MatchScore.total(waiting, planned, weights),
                            DecisionPath.PLAN, List.of(), true, planNote(plan, now));
                }
            }
        }

        BestCandidates candidates = new BestCandidates(1 + RUNNERS_UP);
        Function<Agent, PlannedAgent> model = agent -> PlannedAgent.of(agent, now, config.planning(), pressure);
        offerFree(candidates, waiting, model, weights);
        offerHolds(candidates, waiting, now, model, weights);
        if (candidates.isEmpty()) {
            return null;
        }
        List<Pick.Candidate> top = candidates.best();
        Pick.Candidate best = top.get(0);
        boolean hold = !best.planned().isFreeNow();
        return new Pick(live, best.agent(), waiting, best.planned(), best.score(), DecisionPath.DECIDER,
                top.subList(1, top.size()), hold, null);
    }

    /** The call a free agent should take next, or null when none it may serve is waiting. */
    Pick forAgent(Agent agent, Instant now) {
        if (!agent.canTakeCallNow()) {
            return null;
        }
        if (pool.fallbackReason() != null) {
            LiveCall live = LongestIdle.callFor(pool, agent);
            return live == null ? null : fallbackPick(live, agent, now);
        }
        EngineConfig config = pool.config();
        SkillPressure pressure = pool.pressure();
        PlannedAgent planned = PlannedAgent.of(agent, now, config.planning(), pressure);

        PoolPlan plan = pool.freshPlan(now);
        if (plan != null) {
            for (String callId : plan.callsFor(agent.id())) {
                LiveCall live = pool.waitingCall(callId);
                if (live != null && pool.mayOffer(agent, live.call)) {
                    Product product = config.catalogue().product(live.call.productCode());
                    WaitingCall waiting = waiting(live, product, now);
                    return new Pick(live, agent, waiting, planned,
                            MatchScore.total(waiting, planned, config.weights()), DecisionPath.PLAN, List.of(),
                            false, planNote(plan, now));
                }
            }
        }

        // A call held for this very agent comes first: holding it was a promise to this agent's strengths.
        Pick heldPick = best(pool.callsHeldFor(agent.id()), agent, planned, now, false);
        if (heldPick != null) {
            return heldPick;
        }
        List<LiveCall> waitingCalls = new ArrayList<>();
        for (String need : pool.index().needsOf(agent.id())) {
            waitingCalls.addAll(pool.queue().needing(need));
        }
        return best(waitingCalls, agent, planned, now, true);
    }

    /** Most urgent first (the medium level), then the best match (soft), then queue position. */
    private Pick best(Iterable<LiveCall> calls, Agent agent, PlannedAgent planned, Instant now, boolean skipHeld) {
        EngineConfig config = pool.config();
        RoutingWeights weights = config.weights();
        LiveCall bestCall = null;
        WaitingCall bestWaiting = null;
        long bestUrgency = Long.MIN_VALUE;
        long bestScore = Long.MIN_VALUE;
        for (LiveCall live : calls) {
            if (live.stage != LiveCall.Stage.WAITING || !pool.mayOffer(agent, live.call)) {
                continue;
            }
            Product product = config.catalogue().find(live.call.productCode()).orElse(null);
            if (product == null) {
                continue;
            }
            WaitingCall waiting = waiting(live, product, now);
            long score = Long.MIN_VALUE;
            if (skipHeld && live.held() && !live.heldFor.equals(agent.id())) {
                // held for someone better about to be free: only an even better free agent may take it
                score = MatchScore.total(waiting, planned, weights);
                if (score <= live.heldScore) {
                    continue;
                }
            }
            long urgency = waiting.getUrgency();
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
        if (bestCall == null) {
            return null;
        }
        String note = String.format("Most urgent call this agent can serve (waited %d s, urgency %.2f)",
                bestWaiting.getWaitSeconds(), bestUrgency / 1000.0);
        return new Pick(bestCall, agent, bestWaiting, planned, bestScore, DecisionPath.DECIDER, List.of(), false,
                note);
    }

    private Pick fallbackPick(LiveCall live, Agent agent, Instant now) {
        EngineConfig config = pool.config();
        Product product = config.catalogue().product(live.call.productCode());
        WaitingCall waiting = new WaitingCall(live.call, product,
                CareNeed.assess(live.call, product, now, config.careModel()), waitSeconds(live.call, now), 0,
                List.of());
        PlannedAgent planned = PlannedAgent.of(agent, now, config.planning(), SkillPressure.none());
        long score;
        try {
            score = MatchScore.total(waiting, planned, config.weights());
        } catch (RuntimeException e) {
            score = 0; // the fallback must not depend on the scoring it stands in for
        }
        return new Pick(live, agent, waiting, planned, score, DecisionPath.FALLBACK, List.of(), false,
                LongestIdle.note(pool.fallbackReason()));
    }

    /** The planning view of a waiting call, with what remains of its hold allowance as the hold limit. */
    WaitingCall waiting(LiveCall live, Product product, Instant now) {
        EngineConfig config = pool.config();
        CareNeed care = CareNeed.assess(live.call, product, now, config.careModel());
        return new WaitingCall(live.call, product, care, waitSeconds(live.call, now), holdLimit(live, care, now),
                List.of());
    }

    private int holdLimit(LiveCall live, CareNeed care, Instant now) {
        int policyLimit = pool.config().planning().holdLimitSeconds(care.value());
        if (policyLimit <= 0) {
            return 0;
        }
        if (live.holdDeadline == null) {
            return policyLimit;
        }
        long remaining = Duration.between(now, live.holdDeadline).toSeconds();
        return (int) Math.max(0, Math.min(policyLimit, remaining));
    }

    /** An agent about to be free with a slot nobody else is already held for, within the call's hold limit. */
    /** Scores the agents free now who may take the call into {@code into}; {@code model} models an agent. */
    void offerFree(BestCandidates into, WaitingCall waiting, Function<Agent, PlannedAgent> model,
            RoutingWeights weights) {
        Call call = waiting.getCall();
        // the index files an agent under a need only when qualified, and as free only when it can take a call
        for (Agent agent : pool.index().freeFor(call.productCode(), call.language())) {
            if (!agent.canTakeCallNow() || call.excludes(agent.id()) || into.rulesOut(waiting, agent, weights)) {
                continue;
            }
            PlannedAgent planned = model.apply(agent);
            into.offer(agent, planned, MatchScore.total(waiting, planned, weights));
        }
    }

    /** Scores the agents a high-care call may be held for (free within its hold limit) into {@code into}. */
    void offerHolds(BestCandidates into, WaitingCall waiting, Instant now, Function<Agent, PlannedAgent> model,
            RoutingWeights weights) {
        if (waiting.getHoldLimitSeconds() <= 0) {
            return;
        }
        Call call = waiting.getCall();
        Instant holdHorizon = now.plusSeconds(waiting.getHoldLimitSeconds());
        for (Agent agent : pool.index().freeingFor(call.productCode(), call.language())) {
            // an agent free only after the hold limit cannot be held for: skip before modelling them
            if (agent.expectedFreeAt().isAfter(holdHorizon) || call.excludes(agent.id())
                    || into.rulesOut(waiting, agent, weights)) {
                continue;
            }
            PlannedAgent planned = model.apply(agent);
            if (mayHoldFor(planned, waiting)) {
                into.offer(agent, planned, MatchScore.total(waiting, planned, weights));
            }
        }
    }

    private boolean mayHoldFor(PlannedAgent planned, WaitingCall waiting) {
        return !planned.isFreeNow()
                && planned.getSlots() > pool.holdsOn(planned.getId())
                && planned.getSecondsUntilFree() <= waiting.getHoldLimitSeconds()
                && waiting.canBeServedBy(planned);
    }

    private static long waitSeconds(Call call, Instant now) {
        return Math.max(0, Duration.between(call.arrivedAt(), now).toSeconds());
    }

    private static String planNote(PoolPlan plan, Instant now) {
        return "Following the background plan (" + Duration.between(plan.takenAt(), now).toMillis() + " ms old)";
    }
}
