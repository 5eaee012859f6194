package dev.attune.simulation.routing;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.CallOutcome;
import dev.attune.core.domain.EmotionEstimate;
import dev.attune.core.domain.Offer;
import dev.attune.core.engine.PlanMode;
import dev.attune.core.engine.RoutingDirective;
import dev.attune.core.engine.RoutingEngine;
import dev.attune.core.engine.RoutingSettings;
import dev.attune.core.engine.event.AgentProfileChanged;
import dev.attune.core.engine.event.AgentStateChanged;
import dev.attune.core.engine.event.CallAbandoned;
import dev.attune.core.engine.event.CallArrived;
import dev.attune.core.engine.event.CallEnded;
import dev.attune.core.engine.event.EmotionEstimated;
import dev.attune.core.engine.event.OfferAccepted;
import dev.attune.core.engine.event.OfferRejected;
import dev.attune.core.engine.event.RoutingEvent;
import dev.attune.simulation.centre.Centre;
import dev.attune.simulation.centre.CentreAgent;
import dev.attune.simulation.centre.Contact;
import dev.attune.simulation.centre.Router;
import dev.attune.simulation.day.Caller;
import dev.attune.simulation.day.OverlayModel;
import dev.attune.simulation.day.ReplayContext;
import dev.attune.simulation.des.SimEvent;
import dev.attune.simulation.des.SimulatedClock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The simulated ACD around the REAL Attune engine: it turns what happens in the centre into the engine's
 * events (agent profiles and states, call arrivals with the analytics' emotion estimates, abandonments,
 * call ends with their outcome) on the simulated clock, and carries out the engine's offers. Agents accept
 * every offer at once; the engine's tick() runs every few simulated seconds while callers wait, so its
 * holds and (in STEPPED mode) its Timefold plan act exactly as in the service, reproducibly.
 */
public final class AttuneRouter implements Router {
    private final RoutingSettings settings;
    private final PlanMode mode;
    private final double tickSeconds;
    private final OverlayModel.Analytics analytics;
    private final EmotionFeed feed;
    private final SimulatedClock clock;
    private final Map<String, AgentProfile> profiles;
    private final ToDoubleFunction<Caller> expectedHandleSeconds;
    private final double expectedAfterCallSeconds;
    private final Map<String, Caller> callers = new HashMap<>();
    private final Map<String, CentreAgent> agents = new HashMap<>();
    private final Set<String> announced = new HashSet<>();
    private RoutingEngine engine;
    private Centre centre;
    private SimEvent tick;
    private long offers;
    private long refusedOffers;

    /**
     * @param expectedHandleSeconds what the ACD expects a call to take (it reports BUSY with an expected free time)
     */
    public AttuneRouter(RoutingSettings settings, PlanMode mode, double tickSeconds, ReplayContext context,
            ToDoubleFunction<Caller> expectedHandleSeconds) {
        this(settings, mode, tickSeconds, context, expectedHandleSeconds,
                EmotionFeed.overlay(context.overlay().analytics()));
    }

    /** @param feed what the engine is told about each caller's emotion (on arrival, then every analytics interval) */
    public AttuneRouter(RoutingSettings settings, PlanMode mode, double tickSeconds, ReplayContext context,
            ToDoubleFunction<Caller> expectedHandleSeconds, EmotionFeed feed) {
        this.feed = feed;
        this.settings = settings;
        this.mode = mode;
        this.tickSeconds = tickSeconds;
        this.analytics = context.overlay().analytics();
        this.clock = context.clock();
        this.profiles = context.profiles();
        this.expectedHandleSeconds = expectedHandleSeconds;
        this.expectedAfterCallSeconds = context.meanAfterCallSeconds();
    }

    @Override
    public void start(Centre centre) {
        this.centre = centre;
        this.engine = new RoutingEngine(settings, clock, mode);
        callers.clear();
        agents.clear();
        announced.clear();
        tick = null;
        for (CentreAgent agent : centre.agents()) {
            agents.put(agent.name(), agent);
        }
    }

    @Override
    public void contactArrived(Contact contact) {
        Caller caller = (Caller) contact;
        String id = caller.call().id();
        callers.put(id, caller);
        Instant now = clock.instant();
        // the IVR's reading reaches the engine first, as it would from analytics.emotions
        apply(new EmotionEstimated(ReplayContext.POOL, feed.estimate(caller, 0, 0, now)));
        apply(new CallArrived(caller.call()));
        if (caller.waiting()) {
            scheduleEstimates(caller, 1);
            scheduleTick();
        }
    }

    private void scheduleEstimates(Caller caller, int k) {
        centre.simulator().schedule(analytics.intervalSeconds(), () -> {
            if (caller.waiting()) {
                double waited = centre.now() - caller.arrivalTime();
                apply(new EmotionEstimated(ReplayContext.POOL, feed.estimate(caller, k, waited, clock.instant())));
                scheduleEstimates(caller, k + 1);
            }
        });
    }

    private void scheduleTick() {
        if (tick != null && tick.scheduled()) {
            return;
        }
        tick = centre.simulator().schedule(tickSeconds, () -> {
            carryOut(engine.tick());
            if (centre.waitingContacts() > 0) {
                scheduleTick();
            }
        });
    }

    @Override
    public void agentFree(CentreAgent agent) {
        String id = agent.name();
        if (announced.add(id)) {
            apply(new AgentProfileChanged(profiles.get(id), clock.instant()));
        }
        if (!agent.inAfterCall()) { // while another contact's after-call time runs, the agent stays in WRAP_UP
            apply(new AgentStateChanged(ReplayContext.POOL, id, AgentState.AVAILABLE, null, clock.instant()));
        }
    }

    /** Off duty: logged out, or AWAY while it still holds contacts (a logged-out agent holds none). */
    @Override
    public void agentLeft(CentreAgent agent) {
        AgentState state = agent.engaged() ? AgentState.AWAY : AgentState.LOGGED_OUT;
        apply(new AgentStateChanged(ReplayContext.POOL, agent.name(), state, null, clock.instant()));
    }

    @Override
    public void contactLeft(Contact contact) {
        Caller caller = (Caller) contact;
        callers.remove(caller.call().id());
        apply(new CallAbandoned(ReplayContext.POOL, caller.call().id(), clock.instant()));
    }

    @Override
    public void contactServed(Contact contact, CentreAgent agent) {
        Caller caller = (Caller) contact;
        callers.remove(caller.call().id());
        CallOutcome outcome = caller.complained() ? CallOutcome.COMPLAINT
                : caller.resolved() ? CallOutcome.RESOLVED : CallOutcome.TRANSFERRED;
        // An agent the engine has AVAILABLE (a slot free on another channel) goes into WRAP_UP before the end
        // frees this slot in the engine, or the engine would offer the slot its after-call time still holds.
        boolean wrapFirst = agent.inAfterCall() && agent.free();
        if (wrapFirst) {
            wrapUp(agent);
        }
        apply(new CallEnded(ReplayContext.POOL, caller.call().id(), agent.name(), outcome, null,
                emotionAtEnd(caller), clock.instant()));
        if (agent.inAfterCall() && !wrapFirst) {
            wrapUp(agent);
        } else if (!agent.onDuty() && agent.serving().isEmpty() && !agent.inAfterCall()) {
            apply(new AgentStateChanged(ReplayContext.POOL, agent.name(), AgentState.LOGGED_OUT, null, clock.instant()));
        }
    }

    private void wrapUp(CentreAgent agent) {
        // the ACD knows only the usual wrap-up, not how long this agent will really be away
        Instant now = clock.instant();
        apply(new AgentStateChanged(ReplayContext.POOL, agent.name(), AgentState.WRAP_UP,
                now.plusMillis(Math.round(1000 * expectedAfterCallSeconds)), now));
    }

    /** BUSY until the expected end once every slot is taken; AVAILABLE while some channel has a free slot. */
    private AgentStateChanged stateAfterAnswer(CentreAgent agent, Caller caller, Instant now) {
        if (agent.free()) {
            return new AgentStateChanged(ReplayContext.POOL, agent.name(), AgentState.AVAILABLE, null, now);
        }
        Instant freeAt = now.plusMillis(Math.round(1000 * expectedHandleSeconds.applyAsDouble(caller)));
        return new AgentStateChanged(ReplayContext.POOL, agent.name(), AgentState.BUSY, freeAt, now);
    }

    /** The analytics' last reading: the answer-time emotion scaled to the distress the outcome model left. */
    private EmotionEstimate emotionAtEnd(Caller caller) {
        double[] e = caller.emotionAfter(caller.serviceStart() - caller.arrivalTime());
        double scale = caller.distressAtAnswer() <= 1e-9 ? 0 : caller.distressAtEnd() / caller.distressAtAnswer();
        for (int i = 0; i < e.length; i++) {
            e[i] = Math.max(0, Math.min(1, e[i] * scale));
        }
        return Caller.estimate(caller.call().id(), e, analytics.confidence(), clock.instant());
    }

    @Override
    public void rosterChanged() {
        for (CentreAgent agent : centre.agents()) {
            if (agent.onDuty()) {
                return;
            }
        }
        for (Caller caller : List.copyOf(callers.values())) {
            if (caller.waiting()) {
                centre.disconnect(caller);
            }
        }
    }

    @Override
    public void finish() {
        engine.close();
    }

    /** Offers made and offers the simulated ACD had to refuse (the agent or caller was no longer free). */
    public long offers() {
        return offers;
    }

    public long refusedOffers() {
        return refusedOffers;
    }

    private void apply(RoutingEvent event) {
        carryOut(engine.apply(event));
    }

    /** Accepts each offer the engine makes (the agent picks up at once); events it causes are applied in turn. */
    private void carryOut(List<RoutingDirective> directives) {
        ArrayDeque<RoutingDirective> work = new ArrayDeque<>(directives);
        while (!work.isEmpty()) {
            RoutingDirective directive = work.poll();
            if (!(directive instanceof RoutingDirective.OfferCreated created)) {
                continue; // a rescinded offer: the simulated ACD never started it
            }
            Offer offer = created.offer();
            offers++;
            Caller caller = callers.get(offer.callId());
            CentreAgent agent = agents.get(offer.agentId());
            Instant now = clock.instant();
            if (caller == null || agent == null || !caller.waiting() || !agent.canTake(caller.channel())) {
                refusedOffers++;
                work.addAll(engine.apply(new OfferRejected(ReplayContext.POOL, offer.decisionId(), offer.callId(),
                        offer.agentId(), "not free in the simulated ACD", now)));
                continue;
            }
            centre.serve(caller, agent);
            work.addAll(engine.apply(new OfferAccepted(ReplayContext.POOL, offer.decisionId(), offer.callId(),
                    offer.agentId(), now)));
            work.addAll(engine.apply(stateAfterAnswer(agent, caller, now)));
        }
    }
}
