package dev.attune.core.engine;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.Product;
import java.time.Duration;

/**
 * Says why a waiting call waits, from the same eligibility index the decider uses, so the screen can never
 * claim "all busy" while the router sees a free agent. Agents who declined the call do not count.
 */
final class WaitReasons {
    private WaitReasons() {
    }

    static WaitReason of(PoolState pool, CallEntry live, Product product, Duration waited) {
        if (live.held()) {
            return WaitReason.HELD_FOR_BETTER_AGENT;
        }
        Call call = live.call;
        boolean outsideRing = false;
        for (Agent free : pool.freeFor(call.productCode(), call.language())) {
            if (!pool.mayOffer(free, call)) {
                continue;
            }
            if (product == null || product.ringAdmits(free.profile(), waited.toSeconds())) {
                return WaitReason.OFFER_DUE;
            }
            outsideRing = true; // free and qualified, but the ring in force does not reach its level yet
        }
        if (outsideRing) {
            return WaitReason.WAITING_FOR_RELAXATION_RING;
        }
        for (String agentId : pool.agents.index().qualifiedFor(call.productCode(), call.languageKey())) {
            Agent agent = pool.agent(agentId);
            if (agent != null && !call.excludes(agentId) && atWork(agent.state())) {
                return WaitReason.ALL_ELIGIBLE_BUSY;
            }
        }
        return WaitReason.NO_ELIGIBLE_AGENT_LOGGED_IN;
    }

    private static boolean atWork(AgentState state) {
        return state != AgentState.LOGGED_OUT && state != AgentState.AWAY;
    }
}
