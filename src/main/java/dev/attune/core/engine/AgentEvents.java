package dev.attune.core.engine;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Product;
import dev.attune.core.engine.event.AgentStateChanged;
import dev.attune.core.engine.event.OfferAccepted;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the ACD and workforce managers say about agents and their offers, applied to a pool: profiles,
 * states, and the answers to offers. An agent who leaves takes back its offers and holds, and the calls
 * are routed again.
 */
final class AgentEvents {
    private final PoolState pool;
    private final Router router;

    AgentEvents(PoolState pool, Router router) {
        this.pool = pool;
        this.router = router;
    }

    void profileChanged(AgentProfile profile, Instant now, List<RoutingDirective> out) {
        Agent agent = pool.agents.putProfile(profile, now);
        for (CallEntry live : pool.reservations.offeredTo(agent.id())) {
            Product product = pool.config().catalogue().find(live.call.productCode()).orElse(null);
            if (product == null || !profile.qualifiesFor(product, live.call)) {
                pool.reservations.rescind(live, "the agent's profile changed and no longer qualifies", now, out);
                pool.reservations.requeue(live, null);
                router.routeCall(live, now, out);
            }
        }
        router.serveAgent(agent.id(), now, out);
    }

    void stateChanged(AgentStateChanged event, Instant now, List<RoutingDirective> out) {
        Agent agent = pool.knownAgent(event.agentId(), "agent.state-changed");
        if (event.state() == null) {
            throw new RejectedEventException(Refusal.INVALID_VALUE,
                    "agent.state-changed for agent '" + event.agentId() + "' has no state");
        }
        Instant at = event.at() == null || event.at().isAfter(now) ? now : event.at();
        if (!pool.agents.newerReport(agent.id(), at)) {
            return; // an older report overtaken by a newer one
        }
        AgentState state = event.state();
        if (state == AgentState.AWAY || state == AgentState.LOGGED_OUT) {
            left(agent, state, at, now, out);
            return;
        }
        if (state == AgentState.AVAILABLE) {
            // The ACD says the agent is free: a call still marked as served by them lost its call.ended.
            List<CallEntry> serving = pool.reservations.servedBy(agent.id());
            int offered = pool.reservations.offeredTo(agent.id()).size();
            int over = serving.size() + offered - (agent.profile().capacity().total() - 1);
            for (int i = 0; i < Math.min(over, serving.size()); i++) {
                pool.finish(serving.get(i), true);
            }
            agent = agent.withActiveCalls(pool.reservations.activeCalls(agent.id()));
        }
        AgentState effective = state == AgentState.AVAILABLE && agent.freeSlots() == 0 ? AgentState.RESERVED : state;
        if (effective != agent.state()) {
            agent = pool.transition(agent, effective, at);
        }
        agent = agent.withExpectedFreeAt(effective.willFreeUp() ? event.expectedFreeAt() : null);
        pool.agents.put(agent);
        router.serveAgent(agent.id(), now, out);
    }

    /** AWAY or LOGGED_OUT: the agent's offers are rescinded and its holds released, and those calls routed again. */
    private void left(Agent agent, AgentState state, Instant at, Instant now, List<RoutingDirective> out) {
        String why = state == AgentState.AWAY ? "the agent went away" : "the agent logged out";
        List<CallEntry> orphaned = new ArrayList<>();
        for (CallEntry live : pool.reservations.offeredTo(agent.id())) {
            pool.reservations.rescind(live, why, now, out);
            pool.reservations.requeue(live, null);
            orphaned.add(live);
        }
        if (state == AgentState.LOGGED_OUT) {
            for (CallEntry live : pool.reservations.servedBy(agent.id())) {
                pool.finish(live, true); // nobody can still be talking to a logged-out agent
            }
        }
        Agent current = pool.agent(agent.id()).withActiveCalls(pool.reservations.activeCalls(agent.id()));
        pool.agents.put(pool.transition(current, state, at).withExpectedFreeAt(null));
        orphaned.addAll(pool.callsHeldFor(agent.id()));
        for (CallEntry live : orphaned) {
            pool.holds.release(live);
            router.routeCall(live, now, out);
        }
    }

    void accepted(OfferAccepted event, Instant now) {
        pool.knownAgent(event.agentId(), "offer.accepted");
        CallEntry live = pool.reservations.pendingOffer(event.callId(), event.decisionId(), event.agentId());
        if (live == null) {
            pool.counters.unapplied(pool.reservations.unapplied(event.decisionId()));
            return;
        }
        pool.reservations.accept(live, now);
    }

    void declined(String agentId, String callId, String decisionId, boolean timedOut, Instant now,
            List<RoutingDirective> out) {
        pool.knownAgent(agentId, timedOut ? "offer.timed-out" : "offer.rejected");
        CallEntry live = pool.reservations.pendingOffer(callId, decisionId, agentId);
        if (live == null) {
            pool.counters.unapplied(pool.reservations.unapplied(decisionId));
            return;
        }
        declined(live, timedOut, null, now, out);
    }

    /** A rejected or timed-out offer: back to its original place, never to this agent again. */
    void declined(CallEntry live, boolean timedOut, String rescindReason, Instant now, List<RoutingDirective> out) {
        String agentId = pool.reservations.decline(live, timedOut, rescindReason, now, out,
                pool.config().policy().ronaSetsAgentAway());
        router.routeCall(live, now, out);
        router.serveAgent(agentId, now, out);
    }

    /** The agent left the pool (moved, deactivated or deleted): its offers are withdrawn and its holds released. */
    void removed(String agentId, String why, Instant now, List<RoutingDirective> out) {
        if (pool.agent(agentId) == null) {
            return;
        }
        List<CallEntry> orphaned = new ArrayList<>();
        for (CallEntry live : pool.reservations.offeredTo(agentId)) {
            pool.reservations.rescind(live, why, now, out);
            pool.reservations.requeue(live, null);
            orphaned.add(live);
        }
        orphaned.addAll(pool.callsHeldFor(agentId));
        pool.agents.remove(agentId);
        for (CallEntry live : orphaned) {
            pool.holds.release(live);
            router.routeCall(live, now, out);
        }
    }
}
