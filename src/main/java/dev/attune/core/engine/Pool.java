package dev.attune.core.engine;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.CareNeed;
import dev.attune.core.domain.DecisionPath;
import dev.attune.core.domain.EmotionEstimate;
import dev.attune.core.domain.Offer;
import dev.attune.core.domain.Product;
import dev.attune.core.engine.RoutingDirective.OfferCreated;
import dev.attune.core.engine.RoutingDirective.OfferRescinded;
import dev.attune.core.engine.event.AgentProfileChanged;
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
import dev.attune.core.solver.MatchTerms;
import dev.attune.core.solver.PlanSnapshot;
import dev.attune.core.solver.PlannedAgent;
import dev.attune.core.solver.WaitingCall;
import dev.attune.core.solver.RoutingPlan;
import dev.attune.core.solver.SkillPressure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One routing pool's live state and its state machine: calls from arrival to their one ending, agents
 * as the ACD reports them, offers from creation to accept, reject, timeout or rescind. Not thread-safe:
 * {@link RoutingEngine} holds the pool's lock around every call.
 *
 * <p>Ways out of every state: a WAITING call leaves by offer, abandonment or an end reported by the
 * ACD; an OFFERED call by accept, reject, the reservation deadline ({@link #tick}), abandonment, or its
 * agent leaving; a SERVING call by call.ended, abandonment, or its agent logging out or reporting free.
 * A hold ends when the agent frees up, leaves, or the hold deadline passes.
 */
final class Pool {
    private static final int EARLY_EMOTIONS = 10_000;
    private static final Comparator<Offer> BY_DEADLINE = Comparator.comparing(Offer::reservationDeadline)
            .thenComparing(Offer::decisionId);
    private static final Comparator<LiveCall> BY_HOLD_DEADLINE = Comparator
            .comparing((LiveCall c) -> c.holdDeadline).thenComparingLong(c -> c.call.queuePosition());

    private final String id;
    private EngineConfig config;
    private final Map<String, Agent> agents = new HashMap<>();
    private final Map<String, Instant> lastReportedAt = new HashMap<>();
    private final Map<String, LiveCall> calls = new HashMap<>();
    private final Map<String, Set<LiveCall>> callsByAgent = new HashMap<>();
    private final Map<String, Set<LiveCall>> heldByAgent = new HashMap<>();
    private final NavigableSet<LiveCall> held = new TreeSet<>(BY_HOLD_DEADLINE);
    private final NavigableSet<Offer> pending = new TreeSet<>(BY_DEADLINE);
    private final WaitingQueue queue = new WaitingQueue();
    private final EligibilityIndex index;
    private final RecentIds ended;
    private final Map<String, EmotionEstimate> earlyEmotions = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, EmotionEstimate> eldest) {
            return size() > EARLY_EMOTIONS;
        }
    };
    private final Map<String, Integer> demand = new HashMap<>();
    /** Agents at work (not logged out or away) per skill, kept as agents change, for the skill pressure. */
    private final Map<String, Integer> supply = new HashMap<>();
    private final PoolCounters counters = new PoolCounters();
    private final Decider decider = new Decider(this);
    private final JointDecider joint = new JointDecider(this, decider);
    /** While a batch is applied: the calls and agents to decide for at its end, jointly. Null otherwise. */
    private Batch batch;

    private static final class Batch {
        final Set<LiveCall> calls = new LinkedHashSet<>();
        final Set<String> agents = new LinkedHashSet<>();
    }
    private SkillPressure pressure;
    private long nextPosition = 1;
    private PoolPlan plan;
    private String fallbackReason;
    private boolean sweepDue;
    /** When the last plan's snapshot was taken (engine clock), null before the first. */
    private Instant lastSnapshotAt;
    /** BACKGROUND: when the solve in flight started, null when none is. */
    private Instant solveStartedAt;
    /** While a restart replays history: state changes, but no offer or hold is made (see {@link #adoptOffer}). */
    private boolean routingSuspended;

    Pool(String id, EngineConfig config) {
        this.id = id;
        this.config = config;
        this.index = new EligibilityIndex(config.catalogue());
        this.ended = new RecentIds(config.policy().rememberedCalls());
    }

    // ---------------------------------------------------------------- what the decider reads

    String id() {
        return id;
    }

    EngineConfig config() {
        return config;
    }

    Agent agent(String agentId) {
        return agents.get(agentId);
    }

    Collection<Agent> agents() {
        return agents.values();
    }

    EligibilityIndex index() {
        return index;
    }

    WaitingQueue queue() {
        return queue;
    }

    String fallbackReason() {
        return fallbackReason;
    }

    PoolPlan freshPlan(Instant now) {
        return plan != null && plan.freshAt(now, config.policy().planStaleAfter()) ? plan : null;
    }

    PoolPlan plan() {
        return plan;
    }

    LiveCall waitingCall(String callId) {
        LiveCall live = calls.get(callId);
        return live != null && live.stage == LiveCall.Stage.WAITING ? live : null;
    }

    Collection<LiveCall> callsHeldFor(String agentId) {
        return new ArrayList<>(heldByAgent.getOrDefault(agentId, Set.of()));
    }

    int holdsOn(String agentId) {
        return heldByAgent.getOrDefault(agentId, Set.of()).size();
    }

    SkillPressure pressure() {
        if (pressure == null) {
            pressure = SkillPressure.of(demand, supply);
        }
        return pressure;
    }

    PoolCounters counters() {
        return counters;
    }

    /** Every hard constraint of an offer: free with a slot, qualified for the product and language, not excluded. */
    boolean mayOffer(Agent agent, Call call) {
        if (!agent.canTakeCallNow() || call.excludes(agent.id())) {
            return false;
        }
        Product product = config.catalogue().find(call.productCode()).orElse(null);
        return product != null && agent.profile().qualifiesFor(product, call.language());
    }

    void configure(EngineConfig newConfig) {
        if (newConfig.catalogue() != config.catalogue()) {
            config = newConfig;
            index.rebuild(newConfig.catalogue(), agents.values());
            recountDemand();
            sweepDue = true;
        } else if (newConfig.weights() != config.weights()) {
            config = newConfig;
            sweepDue = true;
        } else {
            config = newConfig;
        }
    }

    // ---------------------------------------------------------------- events

    void apply(RoutingEvent event, Instant now, List<RoutingDirective> out) {
        if (event instanceof CallArrived e) {
            callArrived(e, now, out);
        } else if (event instanceof CallUpdated e) {
            callUpdated(e, now, out);
        } else if (event instanceof CallAbandoned e) {
            callAbandoned(e, now, out);
        } else if (event instanceof CallEnded e) {
            callEnded(e, now, out);
        } else if (event instanceof EmotionEstimated e) {
            emotionEstimated(e);
        } else if (event instanceof AgentStateChanged e) {
            agentStateChanged(e, now, out);
        } else if (event instanceof AgentProfileChanged e) {
            agentProfileChanged(e.profile(), now, out);
        } else if (event instanceof OfferAccepted e) {
            offerAccepted(e, now);
        } else if (event instanceof OfferRejected e) {
            offerDeclined(e.agentId(), e.callId(), e.decisionId(), false, now, out);
        } else if (event instanceof OfferTimedOut e) {
            offerDeclined(e.agentId(), e.callId(), e.decisionId(), true, now, out);
        }
    }

    private void callArrived(CallArrived event, Instant now, List<RoutingDirective> out) {
        Call call = event.call();
        if (calls.containsKey(call.id()) || ended.contains(call.id())) {
            return; // a replayed arrival: the call keeps its first place
        }
        product(call.productCode(), call.id());
        call = call.withQueuePosition(nextPosition++);
        EmotionEstimate early = earlyEmotions.remove(call.id());
        if (early != null && early.supersedes(call.emotion())) {
            call = call.withEmotion(early);
        }
        LiveCall live = new LiveCall(call);
        calls.put(call.id(), live);
        enqueue(live);
        routeCall(live, now, out);
    }

    private void callUpdated(CallUpdated event, Instant now, List<RoutingDirective> out) {
        LiveCall live = calls.get(event.callId());
        if (live == null) {
            return; // about a call that ended or never reached us: nothing to update
        }
        product(event.productCode(), event.callId());
        Call updated;
        try {
            updated = live.call.updatedWith(event.productCode(), event.language(), event.priority(),
                    event.vulnerable(), event.amountAtStake(), event.lifeEvent());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RejectedEventException("call.updated for call '" + event.callId() + "': " + e.getMessage(), e);
        }
        switch (live.stage) {
            case WAITING -> {
                dequeue(live);
                releaseHold(live);
                live.call = updated;
                enqueue(live);
                routeCall(live, now, out);
            }
            case OFFERED -> {
                live.call = updated;
                Agent agent = agents.get(live.offer.agentId());
                Product product = config.catalogue().product(updated.productCode());
                if (agent == null || !agent.profile().qualifiesFor(product, updated.language())) {
                    String agentId = live.offer.agentId();
                    rescind(live, "the call changed and the agent no longer qualifies", now, out);
                    requeue(live, null);
                    routeCall(live, now, out);
                    serveAgent(agentId, now, out);
                }
            }
            case SERVING -> live.call = updated;
        }
    }

    private void callAbandoned(CallAbandoned event, Instant now, List<RoutingDirective> out) {
        LiveCall live = calls.get(event.callId());
        if (live == null) {
            return;
        }
        switch (live.stage) {
            case WAITING -> {
                dequeue(live);
                finish(live, false);
            }
            case OFFERED -> {
                String agentId = live.offer.agentId();
                rescind(live, "the caller hung up", now, out);
                finish(live, false);
                serveAgent(agentId, now, out);
            }
            case SERVING -> {
                // answered, then the line dropped: the call was served and the agent's slot is free again
                String agentId = live.offer.agentId();
                finish(live, true);
                releaseSlot(agentId, now, Release.CALL_OVER);
                serveAgent(agentId, now, out);
            }
        }
    }

    private void callEnded(CallEnded event, Instant now, List<RoutingDirective> out) {
        LiveCall live = calls.get(event.callId());
        if (live == null) {
            return;
        }
        EmotionEstimate last = event.emotionAtEnd() != null && event.emotionAtEnd().supersedes(live.call.emotion())
                ? event.emotionAtEnd() : live.call.emotion();
        String agentId = live.offer == null ? event.agentId() : live.offer.agentId();
        switch (live.stage) {
            case WAITING -> dequeue(live);
            case OFFERED -> pending.remove(live.offer); // the accept was lost: the call was answered anyway
            case SERVING -> {
            }
        }
        boolean heldSlot = live.stage != LiveCall.Stage.WAITING;
        boolean wasOffered = live.stage == LiveCall.Stage.OFFERED;
        finish(live, true);
        Agent agent = agentId == null ? null : agents.get(agentId);
        if (agent != null) {
            Product product = config.catalogue().find(live.call.productCode()).orElse(null);
            double distress = last != null ? last.rawDistress() : product == null ? 0 : product.baseDistress();
            agent = agent.withEmotionalLoad(agent.emotionalLoad()
                    .plus(distress, now, config.policy().emotionalLoadHalfLife()));
            if (wasOffered && agent.state() == AgentState.RESERVED) {
                agent = transition(agent, AgentState.BUSY, now); // the agent was in fact on the call
            }
            putAgent(agent);
            if (heldSlot) {
                releaseSlot(agentId, now, Release.CALL_OVER);
            }
            serveAgent(agentId, now, out);
        }
    }

    private void emotionEstimated(EmotionEstimated event) {
        EmotionEstimate estimate = event.estimate();
        LiveCall live = calls.get(estimate.callId());
        if (live == null) {
            if (!ended.contains(estimate.callId())) {
                EmotionEstimate known = earlyEmotions.get(estimate.callId());
                if (estimate.supersedes(known)) {
                    earlyEmotions.put(estimate.callId(), estimate); // read in the IVR before the call reached us
                }
            }
            return;
        }
        if (estimate.supersedes(live.call.emotion())) {
            live.call = live.call.withEmotion(estimate);
        }
    }

    private void agentProfileChanged(AgentProfile profile, Instant now, List<RoutingDirective> out) {
        Agent existing = agents.get(profile.id());
        Agent agent = existing == null ? Agent.loggedOut(profile, now) : existing.withProfile(profile);
        agents.put(agent.id(), agent);
        index.put(agent);
        countSupply(existing, agent);
        for (LiveCall live : offeredTo(agent.id())) {
            Product product = config.catalogue().find(live.call.productCode()).orElse(null);
            if (product == null || !profile.qualifiesFor(product, live.call.language())) {
                rescind(live, "the agent's profile changed and no longer qualifies", now, out);
                requeue(live, null);
                routeCall(live, now, out);
            }
        }
        serveAgent(agent.id(), now, out);
    }

    private void agentStateChanged(AgentStateChanged event, Instant now, List<RoutingDirective> out) {
        Agent agent = knownAgent(event.agentId(), "agent.state-changed");
        if (event.state() == null) {
            throw new RejectedEventException("agent.state-changed for agent '" + event.agentId() + "' has no state");
        }
        Instant at = event.at() == null || event.at().isAfter(now) ? now : event.at();
        Instant last = lastReportedAt.get(agent.id());
        if (last != null && at.isBefore(last)) {
            return; // an older report overtaken by a newer one
        }
        lastReportedAt.put(agent.id(), at);
        AgentState state = event.state();
        if (state == AgentState.AWAY || state == AgentState.LOGGED_OUT) {
            String why = state == AgentState.AWAY ? "the agent went away" : "the agent logged out";
            List<LiveCall> orphaned = new ArrayList<>();
            for (LiveCall live : offeredTo(agent.id())) {
                rescind(live, why, now, out);
                requeue(live, null);
                orphaned.add(live);
            }
            if (state == AgentState.LOGGED_OUT) {
                for (LiveCall live : servedBy(agent.id())) {
                    finish(live, true); // nobody can still be talking to a logged-out agent
                }
            }
            agent = agents.get(agent.id()).withActiveCalls(activeCalls(agent.id()));
            agent = transition(agent, state, at).withExpectedFreeAt(null);
            putAgent(agent);
            orphaned.addAll(callsHeldFor(agent.id()));
            for (LiveCall live : orphaned) {
                releaseHold(live);
                routeCall(live, now, out);
            }
            return;
        }
        if (state == AgentState.AVAILABLE) {
            // The ACD says the agent is free: a call still marked as served by them lost its call.ended.
            List<LiveCall> serving = servedBy(agent.id());
            int offered = offeredTo(agent.id()).size();
            int over = serving.size() + offered - (agent.profile().capacity() - 1);
            for (int i = 0; i < Math.min(over, serving.size()); i++) {
                finish(serving.get(i), true);
            }
            agent = agent.withActiveCalls(activeCalls(agent.id()));
        }
        AgentState effective = state == AgentState.AVAILABLE && agent.freeSlots() == 0 ? AgentState.RESERVED : state;
        if (effective != agent.state()) {
            agent = transition(agent, effective, at);
        }
        agent = agent.withExpectedFreeAt(effective.willFreeUp() ? event.expectedFreeAt() : null);
        putAgent(agent);
        serveAgent(agent.id(), now, out);
    }

    private void offerAccepted(OfferAccepted event, Instant now) {
        knownAgent(event.agentId(), "offer.accepted");
        LiveCall live = pendingOffer(event.callId(), event.decisionId(), event.agentId());
        if (live == null) {
            return; // not pending any more (rescinded, timed out, or a duplicate)
        }
        pending.remove(live.offer);
        live.stage = LiveCall.Stage.SERVING;
        Agent agent = agents.get(live.offer.agentId());
        if (agent.freeSlots() == 0 && agent.state() != AgentState.BUSY) {
            agent = transition(agent, AgentState.BUSY, now);
        }
        putAgent(agent);
    }

    private void offerDeclined(String agentId, String callId, String decisionId, boolean timedOut, Instant now,
            List<RoutingDirective> out) {
        knownAgent(agentId, timedOut ? "offer.timed-out" : "offer.rejected");
        LiveCall live = pendingOffer(callId, decisionId, agentId);
        if (live == null) {
            return;
        }
        declined(live, timedOut, null, now, out);
    }

    /** A rejected or timed-out offer: back to its original place, never to this agent again. */
    private void declined(LiveCall live, boolean timedOut, String rescindReason, Instant now,
            List<RoutingDirective> out) {
        String agentId = live.offer.agentId();
        if (rescindReason != null) {
            out.add(new OfferRescinded(live.offer, rescindReason));
        }
        pending.remove(live.offer);
        if (timedOut) {
            counters.timeouts++;
        } else {
            counters.rejections++;
        }
        requeue(live, agentId);
        boolean away = timedOut && config.policy().ronaSetsAgentAway();
        releaseSlot(agentId, now, away ? Release.NO_ANSWER_AWAY : Release.OFFER_ENDED);
        routeCall(live, now, out);
        serveAgent(agentId, now, out);
    }

    // ---------------------------------------------------------------- time

    void tick(Instant now, List<RoutingDirective> out) {
        while (!pending.isEmpty() && !pending.first().reservationDeadline().isAfter(now)) {
            Offer offer = pending.first();
            LiveCall live = calls.get(offer.callId());
            declined(live, true, "no answer by the reservation deadline", now, out);
        }
        while (!held.isEmpty() && !held.first().holdDeadline.isAfter(now)) {
            LiveCall live = held.first();
            releaseHold(live);
            routeCall(live, now, out);
        }
        if (sweepDue) {
            sweepDue = false;
            sweep(now, out);
        }
    }

    /** Reconsiders everything waiting, after weights or the catalogue changed under it. */
    private void sweep(Instant now, List<RoutingDirective> out) {
        for (LiveCall live : new ArrayList<>(held)) {
            releaseHold(live);
            routeCall(live, now, out);
        }
        List<String> free = new ArrayList<>(index.freeAgents());
        free.sort(null);
        for (String agentId : free) {
            serveAgent(agentId, now, out);
        }
    }

    /** A solved plan arrives: follow it where it is still valid, hold calls it keeps for agents about to be free. */
    void adopt(PoolPlan newPlan, Instant now, List<RoutingDirective> out) {
        plan = newPlan;
        fallbackReason = null;
        counters.plansAdopted++;
        for (Map.Entry<String, String> pairing : newPlan.agentByCall().entrySet()) {
            LiveCall live = waitingCall(pairing.getKey());
            if (live != null && !agents.containsKey(pairing.getValue())) {
                continue;
            }
            if (live != null && (!live.held() || !live.heldFor.equals(pairing.getValue()))) {
                releaseHold(live);
                routeCall(live, now, out);
            }
        }
    }

    /** The solver failed or missed its deadline: route by longest idle until a plan succeeds again. */
    void planFailed(String reason, Instant now, List<RoutingDirective> out) {
        if (fallbackReason == null) {
            counters.fallbacks++;
        }
        fallbackReason = reason;
        plan = null;
        // holds are the plan's and the decider's judgement: the fallback makes none, so they go now
        sweep(now, out);
    }

    // ---------------------------------------------------------------- what ops and screens read

    PoolStatus status(Instant now) {
        record Row(PoolStatus.WaitingCall row, long urgency, long position) {
        }
        List<Row> rows = new ArrayList<>();
        Duration longest = Duration.ZERO;
        for (LiveCall live : queue.inOrder()) {
            Call call = live.call;
            Duration waited = Duration.between(call.arrivedAt(), now);
            if (waited.isNegative()) {
                waited = Duration.ZERO;
            }
            if (waited.compareTo(longest) > 0) {
                longest = waited;
            }
            Product product = config.catalogue().find(call.productCode()).orElse(null);
            CareNeed care = product == null ? new CareNeed(0, 0, 0)
                    : CareNeed.assess(call, product, now, config.careModel());
            long urgency = product == null ? 0 : MatchTerms.urgency(call.priority(), care.value(),
                    waited.toSeconds(), product.serviceLevel().thresholdSeconds());
            rows.add(new Row(new PoolStatus.WaitingCall(call.id(), call.productCode(), call.priority(), waited,
                    care.value(), care.distress(), care.stakes(), live.heldFor), urgency, call.queuePosition()));
        }
        rows.sort(Comparator.comparingLong((Row r) -> -r.urgency()).thenComparingLong(Row::position));
        Map<AgentState, Integer> byState = new EnumMap<>(AgentState.class);
        for (Agent agent : agents.values()) {
            byState.merge(agent.state(), 1, Integer::sum);
        }
        DecisionPath mode = fallbackReason != null ? DecisionPath.FALLBACK
                : freshPlan(now) != null ? DecisionPath.PLAN : DecisionPath.DECIDER;
        return new PoolStatus(id, now, rows.stream().map(Row::row).toList(), byState, index.freeAgents().size(),
                new ArrayList<>(pending), longest, mode, fallbackReason,
                plan == null ? null : Duration.between(plan.takenAt(), now), counters.snapshot());
    }

    /** Who could take this call, best first: every qualified agent at work, scored with the decider's terms. */
    List<AgentRecommendation> recommend(String callId, int limit, Instant now) {
        LiveCall live = calls.get(callId);
        if (live == null) {
            throw new NoSuchElementException("no live call '" + callId + "' in pool '" + id + "'");
        }
        Product product = config.catalogue().find(live.call.productCode()).orElse(null);
        if (product == null || limit <= 0) {
            return List.of();
        }
        CareNeed care = CareNeed.assess(live.call, product, now, config.careModel());
        WaitingCall waiting = new WaitingCall(live.call, product, care,
                Math.max(0, Duration.between(live.call.arrivedAt(), now).toSeconds()), Integer.MAX_VALUE,
                List.of());
        SkillPressure skillPressure = pressure();
        List<MatchScore> scored = new ArrayList<>();
        for (String agentId : index.qualifiedFor(live.call.productCode(), live.call.language())) {
            Agent agent = agents.get(agentId);
            if (agent == null || !atWork(agent.state()) || live.call.excludes(agentId)) {
                continue;
            }
            scored.add(MatchScore.of(waiting, PlannedAgent.of(agent, now, config.planning(), skillPressure),
                    config.weights()));
        }
        scored.sort(Comparator.comparingLong((MatchScore m) -> -m.total()).thenComparing(m -> m.agent().getId()));
        List<AgentRecommendation> best = new ArrayList<>();
        for (MatchScore match : scored.subList(0, Math.min(limit, scored.size()))) {
            Agent agent = match.agent().getAgent();
            best.add(new AgentRecommendation(agent.id(), agent.state(), agent.canTakeCallNow(), match.total(),
                    match.contributions(), Explainer.termReasons(match, null)));
        }
        return best;
    }

    // ---------------------------------------------------------------- planning

    /**
     * What the next plan is solved from: the most urgent waiting calls (up to the policy's bound) and a copy
     * of the pool's agents. Cheap (references to immutable records), so the pool's lock is held only for
     * the copy; {@link PlanInput#snapshot()} does the pre-filtering work outside it. Null when nothing
     * waits, so an idle pool costs nothing.
     */
    PlanInput planInput(Instant now) {
        List<Call> waiting = new ArrayList<>();
        for (LiveCall live : queue.inOrder()) {
            if (config.catalogue().find(live.call.productCode()).isPresent()) {
                waiting.add(live.call);
            }
        }
        if (waiting.isEmpty()) {
            return null;
        }
        waiting.sort(LongestIdle.QUEUE_ORDER);
        if (waiting.size() > config.policy().planMaxCalls()) {
            waiting = new ArrayList<>(waiting.subList(0, config.policy().planMaxCalls()));
        }
        lastSnapshotAt = now;
        return new PlanInput(waiting, new ArrayList<>(agents.values()), config, now);
    }

    /** A consistent copy of what a plan needs, safe to use outside the pool's lock. */
    record PlanInput(List<Call> calls, List<Agent> agents, EngineConfig config, Instant at) {
        RoutingPlan snapshot() {
            return PlanSnapshot.take(calls, agents, config.catalogue(), config.careModel(), config.planning(),
                    config.weights(), at);
        }
    }

    Instant lastSnapshotAt() {
        return lastSnapshotAt;
    }

    Instant solveStartedAt() {
        return solveStartedAt;
    }

    void solveStarted(Instant at) {
        solveStartedAt = at;
    }

    void solveFinished() {
        solveStartedAt = null;
    }

    // ---------------------------------------------------------------- decisions

    /** From here until {@link #endBatch}, decisions are collected and then made jointly. */
    void beginBatch() {
        if (batch == null) {
            batch = new Batch();
        }
    }

    /**
     * Decides everything the batch touched at once: the calls that arrived or came back, and the waiting
     * calls the agents who came free could serve, by one exact assignment (see {@link JointDecider}).
     */
    void endBatch(Instant now, List<RoutingDirective> out) {
        Batch done = batch;
        batch = null;
        if (routingSuspended || done == null || done.calls.isEmpty() && done.agents.isEmpty()) {
            return;
        }
        Set<LiveCall> scope = new LinkedHashSet<>();
        for (LiveCall live : done.calls) {
            if (live.stage == LiveCall.Stage.WAITING && calls.get(live.id()) == live) {
                scope.add(live);
            }
        }
        List<String> freed = new ArrayList<>();
        for (String agentId : done.agents) {
            Agent agent = agents.get(agentId);
            if (agent != null && agent.canTakeCallNow()) {
                freed.add(agentId);
                for (String need : index.needsOf(agentId)) {
                    for (LiveCall live : queue.needing(need)) {
                        if (!live.call.excludes(agentId)) {
                            scope.add(live);
                        }
                    }
                }
            }
        }
        List<LiveCall> ordered = new ArrayList<>(scope);
        ordered.sort(Comparator.comparingLong(c -> c.call.queuePosition()));
        List<Pick> picks = null;
        if (fallbackReason == null && ordered.size() + freed.size() > 1) {
            try {
                picks = joint.decide(ordered, now);
            } catch (RuntimeException e) {
                picks = null; // one by one below, with the longest-idle rule behind the decider
            }
        }
        if (picks == null) {
            ordered.sort(Comparator.comparingInt((LiveCall c) -> -c.call.priority())
                    .thenComparingLong(c -> c.call.queuePosition()));
            for (LiveCall live : ordered) {
                routeCall(live, now, out);
            }
            freed.sort(null);
            for (String agentId : freed) {
                serveAgent(agentId, now, out);
            }
            return;
        }
        for (Pick pick : picks) {
            if (pick.hold()) {
                hold(pick.call(), pick, now);
            } else {
                offer(pick, now, out);
            }
        }
    }

    private void routeCall(LiveCall live, Instant now, List<RoutingDirective> out) {
        if (routingSuspended || live.stage != LiveCall.Stage.WAITING) {
            return;
        }
        if (batch != null) {
            batch.calls.add(live);
            return;
        }
        Pick pick = decide(() -> decider.forCall(live, now), () -> {
            Agent agent = LongestIdle.agentFor(this, live);
            return agent == null ? null : fallback(live, agent, now);
        });
        if (pick == null) {
            return;
        }
        if (pick.hold()) {
            hold(live, pick, now);
        } else {
            offer(pick, now, out);
        }
    }

    private void serveAgent(String agentId, Instant now, List<RoutingDirective> out) {
        if (batch != null) {
            batch.agents.add(agentId);
            return;
        }
        for (int guard = 0; guard < 64 && !routingSuspended; guard++) {
            Agent agent = agents.get(agentId);
            if (agent == null || !agent.canTakeCallNow()) {
                return;
            }
            Pick pick = decide(() -> decider.forAgent(agent, now), () -> {
                LiveCall live = LongestIdle.callFor(this, agent);
                return live == null ? null : fallback(live, agent, now);
            });
            if (pick == null || pick.hold()) {
                return;
            }
            offer(pick, now, out);
        }
    }

    /** The decider's pick, or the longest-idle rule's if the decider itself throws: routing never stops. */
    private Pick decide(Supplier<Pick> decider, Supplier<Pick> fallback) {
        try {
            return decider.get();
        } catch (RuntimeException e) {
            if (fallbackReason == null) {
                counters.fallbacks++;
            }
            return fallback.get();
        }
    }

    private Pick fallback(LiveCall live, Agent agent, Instant now) {
        Product product = config.catalogue().product(live.call.productCode());
        WaitingCall waiting = new WaitingCall(live.call, product,
                CareNeed.assess(live.call, product, now, config.careModel()), 0, 0, List.of());
        return new Pick(live, agent, waiting, PlannedAgent.of(agent, now, config.planning(), SkillPressure.none()),
                0, DecisionPath.FALLBACK, List.of(), false, LongestIdle.note("the decider failed on this decision"));
    }

    private void offer(Pick pick, Instant now, List<RoutingDirective> out) {
        LiveCall live = pick.call();
        Agent agent = agents.get(pick.agent().id());
        if (live.stage != LiveCall.Stage.WAITING || agent == null || !mayOffer(agent, live.call)) {
            return; // a stale pick must never become an offer that breaks a hard rule
        }
        dequeue(live);
        releaseHold(live);
        live.attempts++;
        Offer offer = new Offer(decisionId(live, agent, now), id, live.id(), agent.id(), now,
                now.plus(config.policy().reservationTimeout()), pick.score(), pick.path(),
                Explainer.explain(pick, config, now));
        live.stage = LiveCall.Stage.OFFERED;
        live.offer = offer;
        callsByAgent.computeIfAbsent(agent.id(), a -> new LinkedHashSet<>()).add(live);
        pending.add(offer);
        agent = agent.withActiveCalls(agent.activeCalls() + 1);
        if (agent.freeSlots() == 0) {
            agent = transition(agent, AgentState.RESERVED, now);
        }
        putAgent(agent);
        counters.decided(pick.path());
        out.add(new OfferCreated(offer));
    }

    private void hold(LiveCall live, Pick pick, Instant now) {
        if (live.holdDeadline == null) {
            live.holdDeadline = now.plus(config.policy().maxHold());
        }
        if (live.held()) {
            releaseHold(live);
        }
        live.heldFor = pick.agent().id();
        live.heldScore = pick.score();
        heldByAgent.computeIfAbsent(live.heldFor, a -> new LinkedHashSet<>()).add(live);
        held.add(live);
        counters.holds++;
    }

    // ---------------------------------------------------------------- bookkeeping

    /** Withdraws a pending offer and frees the agent's slot; the caller then requeues or finishes the call. */
    private void rescind(LiveCall live, String reason, Instant now, List<RoutingDirective> out) {
        Offer offer = live.offer;
        pending.remove(offer);
        Set<LiveCall> ofAgent = callsByAgent.get(offer.agentId());
        if (ofAgent != null) {
            ofAgent.remove(live);
        }
        out.add(new OfferRescinded(offer, reason));
        counters.rescinded++;
        releaseSlot(offer.agentId(), now, Release.OFFER_ENDED);
    }

    /** Puts an offered call back at its original position, excluding the agent when given. */
    private void requeue(LiveCall live, String excludeAgentId) {
        Set<LiveCall> ofAgent = callsByAgent.get(live.offer.agentId());
        if (ofAgent != null) {
            ofAgent.remove(live);
        }
        if (excludeAgentId != null) {
            live.call = live.call.excluding(excludeAgentId);
        }
        live.stage = LiveCall.Stage.WAITING;
        live.offer = null;
        enqueue(live);
    }

    /** The call's one ending. */
    private void finish(LiveCall live, boolean served) {
        if (live.offer != null) {
            pending.remove(live.offer);
            Set<LiveCall> ofAgent = callsByAgent.get(live.offer.agentId());
            if (ofAgent != null) {
                ofAgent.remove(live);
            }
        }
        releaseHold(live);
        calls.remove(live.id());
        ended.add(live.id());
        if (served) {
            counters.served++;
        } else {
            counters.abandoned++;
        }
    }

    /** How an agent's slot came free, which decides the agent's state afterwards. */
    private enum Release {
        /** Our offer was withdrawn or declined: the reservation was ours, so the agent is available again. */
        OFFER_ENDED,
        /** No answer and the policy sets such agents away. */
        NO_ANSWER_AWAY,
        /** A call the agent was on is over: the ACD reports what the agent does next. */
        CALL_OVER
    }

    private void releaseSlot(String agentId, Instant now, Release release) {
        Agent agent = agents.get(agentId);
        if (agent == null) {
            return;
        }
        agent = agent.withActiveCalls(activeCalls(agentId));
        if (release == Release.NO_ANSWER_AWAY) {
            agent = transition(agent, AgentState.AWAY, now).withExpectedFreeAt(null);
        } else if (release == Release.OFFER_ENDED && agent.state() == AgentState.RESERVED && agent.freeSlots() > 0) {
            agent = transition(agent, AgentState.AVAILABLE, now);
        }
        putAgent(agent);
    }

    private int activeCalls(String agentId) {
        return callsByAgent.getOrDefault(agentId, Set.of()).size();
    }

    private void releaseHold(LiveCall live) {
        if (!live.held()) {
            return;
        }
        held.remove(live);
        Set<LiveCall> ofAgent = heldByAgent.get(live.heldFor);
        if (ofAgent != null) {
            ofAgent.remove(live);
            if (ofAgent.isEmpty()) {
                heldByAgent.remove(live.heldFor);
            }
        }
        live.releaseHold();
    }

    private void enqueue(LiveCall live) {
        queue.add(live);
        config.catalogue().find(live.call.productCode())
                .ifPresent(p -> demand.merge(p.requiredSkill(), 1, Integer::sum));
        pressure = null;
    }

    private void dequeue(LiveCall live) {
        queue.remove(live);
        config.catalogue().find(live.call.productCode())
                .ifPresent(p -> demand.computeIfPresent(p.requiredSkill(), (k, v) -> v <= 1 ? null : v - 1));
        pressure = null;
    }

    private void recountDemand() {
        demand.clear();
        for (LiveCall live : queue.inOrder()) {
            config.catalogue().find(live.call.productCode())
                    .ifPresent(p -> demand.merge(p.requiredSkill(), 1, Integer::sum));
        }
        pressure = null;
    }

    private void putAgent(Agent agent) {
        Agent before = agents.put(agent.id(), agent);
        index.setFree(agent);
        countSupply(before, agent);
    }

    private void countSupply(Agent before, Agent after) {
        boolean wasAtWork = before != null && atWork(before.state());
        boolean isAtWork = after != null && atWork(after.state());
        if (wasAtWork == isAtWork && (!isAtWork || before.profile() == after.profile())) {
            return;
        }
        if (wasAtWork) {
            before.profile().skills().keySet().forEach(skill -> supply.computeIfPresent(skill,
                    (k, v) -> v <= 1 ? null : v - 1));
        }
        if (isAtWork) {
            after.profile().skills().keySet().forEach(skill -> supply.merge(skill, 1, Integer::sum));
        }
        pressure = null;
    }

    private static boolean atWork(AgentState state) {
        return state != AgentState.LOGGED_OUT && state != AgentState.AWAY;
    }

    /**
     * A state change, with the agent's occupancy carried forward: an exponential average over the policy's
     * window of the share of logged-in, available-or-working time spent RESERVED, BUSY or in WRAP_UP.
     */
    private Agent transition(Agent agent, AgentState next, Instant now) {
        AgentState current = agent.state();
        double occupancy = agent.occupancy();
        if (current != AgentState.LOGGED_OUT && current != AgentState.AWAY) {
            double seconds = Math.max(0, Duration.between(agent.stateSince(), now).toMillis() / 1000.0);
            double keep = Math.exp(-seconds / Math.max(1, config.policy().occupancyWindow().toSeconds()));
            occupancy = occupancy * keep + (current == AgentState.AVAILABLE ? 0 : 1 - keep);
        }
        return agent.withState(next, now).withOccupancy(occupancy);
    }

    private List<LiveCall> offeredTo(String agentId) {
        List<LiveCall> offered = new ArrayList<>();
        for (LiveCall live : callsByAgent.getOrDefault(agentId, Set.of())) {
            if (live.stage == LiveCall.Stage.OFFERED) {
                offered.add(live);
            }
        }
        return offered;
    }

    private List<LiveCall> servedBy(String agentId) {
        List<LiveCall> serving = new ArrayList<>();
        for (LiveCall live : callsByAgent.getOrDefault(agentId, Set.of())) {
            if (live.stage == LiveCall.Stage.SERVING) {
                serving.add(live);
            }
        }
        return serving;
    }

    private LiveCall pendingOffer(String callId, String decisionId, String agentId) {
        LiveCall live = calls.get(callId);
        if (live == null || live.stage != LiveCall.Stage.OFFERED || !live.offer.agentId().equals(agentId)) {
            return null;
        }
        return decisionId == null || decisionId.equals(live.offer.decisionId()) ? live : null;
    }

    private Agent knownAgent(String agentId, String what) {
        Agent agent = agentId == null ? null : agents.get(agentId);
        if (agent == null) {
            throw new RejectedEventException(what + " for agent '" + agentId + "', who has no profile in pool '"
                    + id + "'");
        }
        return agent;
    }

    private Product product(String code, String callId) {
        return config.catalogue().find(code).orElseThrow(() -> new RejectedEventException(
                "call '" + callId + "' names product '" + code + "', which the catalogue does not have"));
    }

    /** Unique and reproducible: the same events on the same clock give the same ids. */
    private String decisionId(LiveCall live, Agent agent, Instant now) {
        String name = id + '|' + live.id() + '|' + live.attempts + '|' + agent.id() + '|' + now.toEpochMilli();
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Agent leaves this pool (moved to another): withdraw its offers and holds. */
    void removeAgent(String agentId, Instant now, List<RoutingDirective> out) {
        Agent agent = agents.get(agentId);
        if (agent == null) {
            return;
        }
        List<LiveCall> orphaned = new ArrayList<>();
        for (LiveCall live : offeredTo(agentId)) {
            rescind(live, "the agent moved to another pool", now, out);
            requeue(live, null);
            orphaned.add(live);
        }
        orphaned.addAll(callsHeldFor(agentId));
        countSupply(agents.remove(agentId), null);
        index.remove(agentId);
        for (LiveCall live : orphaned) {
            releaseHold(live);
            routeCall(live, now, out);
        }
    }

    // ---------------------------------------------------------------- restart replay (service adapter)

    /** Suspends or resumes routing; on resume the next tick reconsiders everything that waited meanwhile. */
    void suspendRouting(boolean suspended) {
        if (routingSuspended && !suspended) {
            sweepDue = true;
        }
        routingSuspended = suspended;
    }

    /**
     * Re-establishes an offer published before a restart, as {@link #offer} made it: the ACD saw it, so it
     * is taken as it was (same id, agent and deadline) rather than decided again.
     */
    void adoptOffer(Offer offer, Instant now) {
        LiveCall live = calls.get(offer.callId());
        if (live == null || live.stage != LiveCall.Stage.WAITING) {
            throw new RejectedEventException("call '" + offer.callId() + "' is not waiting in pool '" + id + "'");
        }
        Agent agent = knownAgent(offer.agentId(), "offer " + offer.decisionId());
        dequeue(live);
        releaseHold(live);
        live.attempts++;
        live.stage = LiveCall.Stage.OFFERED;
        live.offer = offer;
        callsByAgent.computeIfAbsent(agent.id(), a -> new LinkedHashSet<>()).add(live);
        pending.add(offer);
        agent = agent.withActiveCalls(agent.activeCalls() + 1);
        if (agent.freeSlots() == 0) {
            agent = transition(agent, AgentState.RESERVED, now);
        }
        putAgent(agent);
        counters.decided(offer.path());
    }
}
