package dev.attune.core.engine;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.Channel;
import dev.attune.core.domain.Product;
import dev.attune.core.domain.RelaxationRings;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

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

    /**
     * The reasons of one screen's waiting calls. A call that excludes nobody and is not held waits for the same
     * reason as every such call of its product, language, channel and relaxation ring (the free agents and the
     * qualified ones are the same for all of them while the screen is drawn), so it is worked out once for them:
     * a backlog of thousands, each walking every free agent its ring did not admit yet, held the routing thread
     * for seconds once a second at 10,000 agents (docs/load-test.md).
     */
    static final class OnOneScreen {
        private record Alike(String productCode, String language, boolean exactRegion, Channel channel, int ring) {
        }

        private final PoolState pool;
        private final Map<Alike, WaitReason> known = new HashMap<>();

        OnOneScreen(PoolState pool) {
            this.pool = pool;
        }

        WaitReason of(CallEntry live, Product product, Duration waited) {
            Call call = live.call;
            if (live.held() || product == null || !call.excludedAgentIds().isEmpty()) {
                return WaitReasons.of(pool, live, product, waited);
            }
            Alike alike = new Alike(call.productCode(), call.language(), call.exactRegion(), call.channel(),
                    RelaxationRings.indexAt(product.rings(), waited.toSeconds()));
            WaitReason reason = known.get(alike);
            if (reason == null) {
                reason = WaitReasons.of(pool, live, product, waited);
                known.put(alike, reason);
            }
            return reason;
        }
    }

    private static boolean atWork(AgentState state) {
        return state != AgentState.LOGGED_OUT && state != AgentState.AWAY;
    }
}
