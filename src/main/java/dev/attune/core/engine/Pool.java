package dev.attune.core.engine;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.Offer;
import dev.attune.core.engine.event.AgentProfileChanged;
import dev.attune.core.engine.event.AgentRemoved;
import dev.attune.core.engine.event.AgentStateChanged;
import dev.attune.core.engine.event.CallAbandoned;
import dev.attune.core.engine.event.CallArrived;
import dev.attune.core.engine.event.CallEnded;
import dev.attune.core.engine.event.CallUpdated;
import dev.attune.core.engine.event.EmotionEstimated;
import dev.attune.core.engine.event.OfferAccepted;
import dev.attune.core.engine.event.OfferRejected;
import dev.attune.core.engine.event.OfferTimedOut;
import dev.attune.core.engine.event.RoutingEvent;
import dev.attune.core.scoring.EmpathyReserve;
import dev.attune.core.solver.PlanSnapshot;
import dev.attune.core.solver.RoutingPlan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One routing pool: its state ({@link PoolState}: agents, calls, holds, reservations, plan), the events
 * that change it ({@link CallEvents}, {@link AgentEvents}), and the router that turns decisions into offers.
 * Not thread-safe: {@link RoutingEngine} holds the pool's lock around every call.
 */
final class Pool {
    private final PoolState state;
    private final RingWatch rings = new RingWatch();
    private final Router router;
    private final CallEvents callEvents;
    private final AgentEvents agentEvents;
    private final UnroutableCalls unroutable;
    private boolean sweepDue;
    private boolean routingSuspended;

    Pool(String id, EngineConfig config) {
        this.state = new PoolState(id, config);
        this.router = new Router(state);
        this.callEvents = new CallEvents(state, router);
        this.agentEvents = new AgentEvents(state, router);
        this.unroutable = new UnroutableCalls(state);
    }

    EngineConfig config() {
        return state.config();
    }

    /** The empathy reserve the deciders score with at {@code now}. */
    EmpathyReserve reserve(Instant now) {
        return state.reserve(now);
    }

    Collection<Agent> agents() {
        return state.agents.all();
    }

    PoolCounters counters() {
        return state.counters;
    }

    String fallbackReason() {
        return state.fallbackReason();
    }

    void configure(EngineConfig newConfig) {
        if (state.configure(newConfig)) {
            sweepDue = true;
        }
    }

    void apply(RoutingEvent event, Instant now, List<RoutingDirective> out) {
        event.accept(new Dispatch(now, out));
    }

    /** Each event type to its handler: the one place the pool tells event types apart. */
    private final class Dispatch implements RoutingEvent.Visitor<Void> {
        private final Instant now;
        private final List<RoutingDirective> out;

        Dispatch(Instant now, List<RoutingDirective> out) {
            this.now = now;
            this.out = out;
        }

        @Override
        public Void callArrived(CallArrived e) {
            callEvents.arrived(e, now, out);
            return null;
        }

        @Override
        public Void callUpdated(CallUpdated e) {
            callEvents.updated(e, now, out);
            return null;
        }

        @Override
        public Void callAbandoned(CallAbandoned e) {
            callEvents.abandoned(e, now, out);
            return null;
        }

        @Override
        public Void callEnded(CallEnded e) {
            callEvents.ended(e, now, out);
            return null;
        }

        @Override
        public Void emotionEstimated(EmotionEstimated e) {
            callEvents.emotionEstimated(e);
            return null;
        }

        @Override
        public Void agentStateChanged(AgentStateChanged e) {
            agentEvents.stateChanged(e, now, out);
            return null;
        }

        @Override
        public Void agentProfileChanged(AgentProfileChanged e) {
            agentEvents.profileChanged(e.profile(), now, out);
            return null;
        }

        @Override
        public Void agentRemoved(AgentRemoved e) {
            agentEvents.removed(e.agentId(), e.reason() == null ? "the agent left routing" : e.reason(), now, out);
            return null;
        }

        @Override
        public Void offerAccepted(OfferAccepted e) {
            agentEvents.accepted(e, now);
            return null;
        }

        @Override
        public Void offerRejected(OfferRejected e) {
            agentEvents.declined(e.agentId(), e.callId(), e.decisionId(), false, now, out);
            return null;
        }

        @Override
        public Void offerTimedOut(OfferTimedOut e) {
            agentEvents.declined(e.agentId(), e.callId(), e.decisionId(), true, now, out);
            return null;
        }
    }

    /**
     * Time-driven work: reservations whose deadline is not after {@code deadlineCutoff} (none when it is null:
     * see {@link RoutingEngine#judgeDeadlinesByInput}), holds past their deadline, and a sweep after new settings.
     */
    void tick(Instant now, Instant deadlineCutoff, List<RoutingDirective> out) {
        Reservations reservations = state.reservations;
        for (Offer due = reservations.firstDueBy(deadlineCutoff); due != null;
                due = reservations.firstDueBy(deadlineCutoff)) {
            agentEvents.declined(state.calls.get(due.callId()), true, "no answer by the reservation deadline", now,
                    out);
        }
        for (CallEntry live = state.holds.firstExpired(now); live != null; live = state.holds.firstExpired(now)) {
            state.holds.release(live);
            router.routeCall(live, now, out);
        }
        for (CallEntry live : rings.widened(state.calls.queue().inOrder(), state.config().catalogue(), now)) {
            router.routeCall(live, now, out);
        }
        if (!routingSuspended) {
            unroutable.sweep(deadlineCutoff, now, out); // a replay's roster may not be complete yet
        }
        if (sweepDue) {
            sweepDue = false;
            router.sweep(now, out);
        }
    }

    /** A solved plan arrives: follow it where it is still valid, hold calls it keeps for agents about to be free. */
    void adopt(PoolPlan newPlan, Instant now, List<RoutingDirective> out) {
        state.plan.adopt(newPlan);
        state.counters.plansAdopted++;
        for (Map.Entry<String, String> pairing : newPlan.agentByCall().entrySet()) {
            CallEntry live = state.waitingCall(pairing.getKey());
            if (live != null && state.agent(pairing.getValue()) == null) {
                continue;
            }
            if (live != null && (!live.held() || !live.heldFor.equals(pairing.getValue()))) {
                state.holds.release(live);
                router.routeCall(live, now, out);
            }
        }
    }

    /** The solver failed or missed its deadline: route by longest idle until a plan succeeds again. */
    void planFailed(String reason, Instant now, List<RoutingDirective> out) {
        if (state.plan.fail(reason)) {
            state.counters.fallbacks++;
        }
        // holds are the plan's and the decider's judgement: the fallback makes none, so they go now
        router.sweep(now, out);
    }

    void beginBatch() {
        router.beginBatch();
    }

    void endBatch(Instant now, List<RoutingDirective> out) {
        router.endBatch(now, out);
    }

    /** Agent leaves this pool (moved to another): withdraw its offers and holds. */
    void removeAgent(String agentId, Instant now, List<RoutingDirective> out) {
        agentEvents.removed(agentId, "the agent moved to another pool", now, out);
    }

    /** Suspends or resumes routing; on resume the next tick reconsiders everything that waited meanwhile. */
    void suspendRouting(boolean suspended) {
        routingSuspended = suspended;
        if (router.suspend(suspended)) {
            sweepDue = true;
        }
    }

    /**
     * Re-establishes an offer published before a restart: the ACD saw it, so it is taken as it was (same id,
     * agent and deadline) rather than decided again.
     */
    void adoptOffer(Offer offer, Instant now) {
        CallEntry live = state.calls.get(offer.callId());
        if (live == null || live.stage != CallEntry.Stage.WAITING) {
            throw new RejectedEventException(Refusal.INCONSISTENT,
                    "call '" + offer.callId() + "' is not waiting in pool '" + state.id() + "'");
        }
        Agent agent = state.knownAgent(offer.agentId(), "offer " + offer.decisionId());
        live.attempts++;
        state.reservations.reserve(live, agent, offer, now);
    }

    PoolStatus status(Instant now) {
        return PoolScreens.status(state, now);
    }

    Map<String, AgentState> agentStates() {
        return PoolScreens.agentStates(state);
    }

    List<AgentRecommendation> recommend(String callId, int limit, Instant now) {
        return PoolScreens.recommend(state, callId, limit, now);
    }

    // ---------------------------------------------------------------- planning

    /**
     * What the next plan is solved from: the most urgent waiting calls (up to the policy's bound) and a copy
     * of the pool's agents. Cheap (references to immutable records), so the pool's lock is held only for
     * the copy; {@link PlanInput#snapshot()} does the pre-filtering work outside it. Null when nothing
     * waits, so an idle pool costs nothing, unless routing is on the fallback: a plan of no calls then shows
     * whether the solver works again.
     */
    PlanInput planInput(Instant now) {
        EngineConfig config = state.config();
        List<Call> waiting = new ArrayList<>();
        for (CallEntry live : state.calls.queue().inOrder()) {
            if (config.catalogue().find(live.call.productCode()).isPresent()) {
                waiting.add(live.call);
            }
        }
        if (waiting.isEmpty() && state.plan.fallbackReason() == null) {
            return null; // nothing to plan; on the fallback the solver is asked anyway, or it might never be again
        }
        waiting.sort(LongestIdle.QUEUE_ORDER);
        if (waiting.size() > config.policy().planMaxCalls()) {
            waiting = new ArrayList<>(waiting.subList(0, config.policy().planMaxCalls()));
        }
        state.plan.snapshotTaken(now);
        return new PlanInput(waiting, new ArrayList<>(state.agents.all()), config, now, state.reserve(now));
    }

    /** A consistent copy of what a plan needs, safe to use outside the pool's lock. */
    record PlanInput(List<Call> calls, List<Agent> agents, EngineConfig config, Instant at, EmpathyReserve reserve) {
        RoutingPlan snapshot() {
            return PlanSnapshot.take(calls, agents, config.catalogue(), config.careModel(), config.planning(),
                    config.weights(), at, reserve);
        }
    }

    Instant lastSnapshotAt() {
        return state.plan.lastSnapshotAt();
    }

    Instant solveStartedAt() {
        return state.plan.solveStartedAt();
    }

    void solveStarted(Instant at) {
        state.plan.solveStarted(at);
    }

    void solveFinished() {
        state.plan.solveFinished();
    }
}
