package dev.attune.core.engine;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.CareNeed;
import dev.attune.core.domain.EmotionEstimate;
import dev.attune.core.domain.Product;
import dev.attune.core.engine.Reservations.Release;
import dev.attune.core.engine.event.CallAbandoned;
import dev.attune.core.engine.event.CallArrived;
import dev.attune.core.engine.event.CallEnded;
import dev.attune.core.engine.event.CallUpdated;
import dev.attune.core.engine.event.EmotionEstimated;
import dev.attune.core.scoring.MatchTerms;
import java.time.Instant;
import java.util.List;

/**
 * What the ACD and analytics say about calls, applied to a pool. Ways out of every stage: a WAITING call
 * leaves by offer, abandonment or an end reported by the ACD; an OFFERED call by accept, reject, the
 * reservation deadline, abandonment, or its agent leaving; a SERVING call by call.ended, abandonment, or
 * its agent logging out or reporting free.
 */
final class CallEvents {
    private final PoolState pool;
    private final Router router;

    CallEvents(PoolState pool, Router router) {
        this.pool = pool;
        this.router = router;
    }

    void arrived(CallArrived event, Instant now, List<RoutingDirective> out) {
        Call call = event.call();
        if (pool.calls.known(call.id())) {
            return; // a replayed arrival: the call keeps its first place
        }
        Product product = pool.knownProduct(call.productCode(), call.id());
        router.routeCall(pool.calls.admit(call), now, out);
        // counted after routing it: the reserve is for the high-care callers who come after this one
        if (CareNeed.assess(call, product, now, pool.config().careModel()).value() >= MatchTerms.HIGH_CARE) {
            pool.highCareArrived(product.code(), now);
        }
    }

    void updated(CallUpdated event, Instant now, List<RoutingDirective> out) {
        CallEntry live = pool.calls.get(event.callId());
        if (live == null) {
            return; // about a call that ended or never reached us: nothing to update
        }
        pool.knownProduct(event.productCode(), event.callId());
        Call updated;
        try {
            updated = live.call.updatedWith(event.productCode(), event.language(), event.priority(),
                    event.vulnerable(), event.amountAtStake(), event.lifeEvent());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RejectedEventException(Refusal.INVALID_VALUE,
                    "call.updated for call '" + event.callId() + "': " + e.getMessage(), e);
        }
        switch (live.stage) {
            case WAITING -> {
                pool.calls.dequeue(live);
                pool.holds.release(live);
                live.call = updated;
                pool.calls.enqueue(live);
                router.routeCall(live, now, out);
            }
            case OFFERED -> {
                live.call = updated;
                Agent agent = pool.agent(live.offer.agentId());
                Product product = pool.config().catalogue().product(updated.productCode());
                if (agent == null || !agent.profile().qualifiesFor(product, updated)) {
                    String agentId = live.offer.agentId();
                    pool.reservations.rescind(live, "the call changed and the agent no longer qualifies", now, out);
                    pool.reservations.requeue(live, null);
                    router.routeCall(live, now, out);
                    router.serveAgent(agentId, now, out);
                }
            }
            case SERVING -> live.call = updated;
        }
    }

    void abandoned(CallAbandoned event, Instant now, List<RoutingDirective> out) {
        CallEntry live = pool.calls.get(event.callId());
        if (live == null) {
            return;
        }
        switch (live.stage) {
            case WAITING -> {
                pool.calls.dequeue(live);
                pool.finish(live, false);
            }
            case OFFERED -> {
                String agentId = live.offer.agentId();
                pool.reservations.rescind(live, "the caller hung up", now, out);
                pool.finish(live, false);
                router.serveAgent(agentId, now, out);
            }
            case SERVING -> {
                // answered, then the line dropped: the call was served and the agent's slot is free again
                String agentId = live.offer.agentId();
                pool.finish(live, true);
                pool.reservations.releaseSlot(agentId, now, Release.CALL_OVER);
                router.serveAgent(agentId, now, out);
            }
        }
    }

    void ended(CallEnded event, Instant now, List<RoutingDirective> out) {
        CallEntry live = pool.calls.get(event.callId());
        if (live == null) {
            return;
        }
        EmotionEstimate last = event.emotionAtEnd() != null && event.emotionAtEnd().supersedes(live.call.emotion())
                ? event.emotionAtEnd() : live.call.emotion();
        String agentId = live.offer == null ? event.agentId() : live.offer.agentId();
        if (live.stage == CallEntry.Stage.WAITING) {
            pool.calls.dequeue(live);
        } // an OFFERED call whose accept was lost was answered anyway: finishing it ends its offer
        boolean heldSlot = live.stage != CallEntry.Stage.WAITING;
        boolean wasOffered = live.stage == CallEntry.Stage.OFFERED;
        pool.finish(live, true);
        Agent agent = pool.agent(agentId);
        if (agent == null) {
            return;
        }
        Product product = pool.config().catalogue().find(live.call.productCode()).orElse(null);
        double distress = last != null ? last.rawDistress() : product == null ? 0 : product.baseDistress();
        agent = agent.withEmotionalLoad(agent.emotionalLoad()
                .plus(distress, now, pool.config().policy().emotionalLoadHalfLife()));
        if (wasOffered && agent.state() == AgentState.RESERVED) {
            agent = pool.transition(agent, AgentState.BUSY, now); // the agent was in fact on the call
        }
        pool.agents.put(agent);
        if (heldSlot) {
            pool.reservations.releaseSlot(agentId, now, Release.CALL_OVER);
        }
        router.serveAgent(agentId, now, out);
    }

    void emotionEstimated(EmotionEstimated event) {
        EmotionEstimate estimate = event.estimate();
        if (pool.calls.keepEarly(estimate)) {
            return; // read in the IVR before the call reached us
        }
        CallEntry live = pool.calls.get(estimate.callId());
        if (estimate.supersedes(live.call.emotion())) {
            live.call = live.call.withEmotion(estimate);
        } else {
            pool.counters.staleEstimates++; // a newer reading is already in force
        }
    }
}
