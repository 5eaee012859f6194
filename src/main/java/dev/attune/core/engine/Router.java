package dev.attune.core.engine;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.CareNeed;
import dev.attune.core.domain.DecisionPath;
import dev.attune.core.domain.Offer;
import dev.attune.core.domain.Product;
import dev.attune.core.engine.RoutingDirective.OfferCreated;
import dev.attune.core.scoring.AgentFacts;
import dev.attune.core.scoring.CallFacts;
import dev.attune.core.scoring.SkillPressure;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Turns the deciders' decisions into offers and holds. A call that needs an agent and an agent that came free
 * are decided at once, or, inside a batch, collected and decided jointly at its end. The deciders read the
 * pool through {@link PoolView} only; this is the one place their decisions change it.
 */
final class Router {
    /** Priority first, then the order calls joined the queue: the order calls are decided in one by one. */
    private static final Comparator<CallEntry> QUEUE_ORDER = Comparator.comparing(c -> c.call, LongestIdle.QUEUE_ORDER);

    private final PoolState pool;
    private final Decider decider;
    private final JointDecider joint;
    /** While a batch is applied: the calls and agents to decide for at its end, jointly. Null otherwise. */
    private Batch batch;
    /** While a restart replays history: state changes, but no offer or hold is made. */
    private boolean suspended;

    private static final class Batch {
        final Set<CallEntry> calls = new LinkedHashSet<>();
        final Set<String> agents = new LinkedHashSet<>();
    }

    Router(PoolState pool) {
        this.pool = pool;
        this.decider = new Decider(pool);
        this.joint = new JointDecider(pool, decider);
    }

    /** Suspends or resumes; true when routing resumes, so what waited meanwhile must be reconsidered. */
    boolean suspend(boolean suspend) {
        boolean resuming = suspended && !suspend;
        suspended = suspend;
        return resuming;
    }

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
        if (suspended || done == null || done.calls.isEmpty() && done.agents.isEmpty()) {
            return;
        }
        Set<CallEntry> scope = new LinkedHashSet<>();
        for (CallEntry live : done.calls) {
            if (live.stage == CallEntry.Stage.WAITING && pool.calls.isLive(live)) {
                scope.add(live);
            }
        }
        List<String> freed = new ArrayList<>();
        Map<String, List<String>> freedByNeed = new LinkedHashMap<>();
        for (String agentId : done.agents) {
            Agent agent = pool.agent(agentId);
            if (agent != null && agent.canTakeCallNow()) {
                freed.add(agentId);
                for (String need : pool.needsOf(agentId)) {
                    freedByNeed.computeIfAbsent(need, n -> new ArrayList<>()).add(agentId);
                }
            }
        }
        // each need's waiting calls are walked once per batch, not once per agent who came free: a backlog of
        // thousands met hundreds of freed agents per poll (docs/load-test.md, session 9); same scope either way
        for (Map.Entry<String, List<String>> need : freedByNeed.entrySet()) {
            for (CallEntry live : pool.waitingNeeding(need.getKey())) {
                if (!scope.contains(live) && servesAny(live, need.getValue())) {
                    scope.add(live);
                }
            }
        }
        List<CallEntry> ordered = new ArrayList<>(scope);
        ordered.sort(Comparator.comparingLong(c -> c.call.queuePosition()));
        routeControlCalls(ordered, now, out);
        decideScope(ordered, done.calls, freed, now, out);
    }

    /**
     * The scope's calls (in queue order) and the agents who came free: jointly and exactly where that fits in its
     * bounds, as a backlog past them, one by one if the joint decision failed or the pool routes by longest idle.
     */
    private void decideScope(List<CallEntry> ordered, Set<CallEntry> batchCalls, List<String> freed, Instant now,
            List<RoutingDirective> out) {
        List<Decision> decisions = null;
        boolean tooLarge = false;
        if (pool.fallbackReason() == null && ordered.size() + freed.size() > 1) {
            try {
                decisions = joint.decide(ordered, now);
                tooLarge = decisions == null;
            } catch (RuntimeException e) {
                decisions = null; // one by one below, with the longest-idle rule behind the decider
            }
        }
        if (tooLarge) {
            decideBacklog(ordered, batchCalls, freed, now, out);
            return;
        }
        if (decisions == null) {
            decideOneByOne(ordered, freed, now, out);
            return;
        }
        for (Decision decision : decisions) {
            if (decision.hold()) {
                hold(decision.call(), decision, now);
            } else {
                offer(decision, now, out);
            }
        }
    }

    /** Whether the call excludes not every one of these agents. */
    private static boolean servesAny(CallEntry live, List<String> agentIds) {
        for (String agentId : agentIds) {
            if (!live.call.excludes(agentId)) {
                return true;
            }
        }
        return false;
    }

    /** The control arm's calls go first, one by one by longest idle, and leave the joint decision. */
    private void routeControlCalls(List<CallEntry> ordered, Instant now, List<RoutingDirective> out) {
        List<CallEntry> control = ordered.stream().filter(live -> ControlRouting.controls(pool, live)).toList();
        ordered.removeAll(control);
        for (CallEntry live : control) {
            routeCall(live, now, out);
        }
    }

    private void decideOneByOne(List<CallEntry> ordered, List<String> freed, Instant now, List<RoutingDirective> out) {
        ordered.sort(QUEUE_ORDER);
        for (CallEntry live : ordered) {
            routeCall(live, now, out);
        }
        freed.sort(null);
        for (String agentId : freed) {
            serveAgent(agentId, now, out);
        }
    }

    /**
     * A batch too large to decide jointly is a backlog: more waiting calls than the agents free can take. As one by
     * one, in queue order, with one difference: a waiting call that only the agents who came free brought into scope
     * is offered a free agent while one of its need is free, and is not scanned again for a hold (it had that scan
     * when it arrived, and its ring widening or hold expiring scans it again on the tick). That scan, over every agent
     * about to be free for every waiting call on every poll, made the work per poll grow with the backlog, so a
     * service once behind stayed behind (docs/load-test.md). The batch's own calls (arrived, declined, released) are
     * decided in full.
     */
    private void decideBacklog(List<CallEntry> ordered, Set<CallEntry> batchCalls, List<String> freed, Instant now,
            List<RoutingDirective> out) {
        ordered.sort(QUEUE_ORDER);
        for (CallEntry live : ordered) {
            if (batchCalls.contains(live)) {
                routeCall(live, now, out);
            } else if (!live.held() && !pool.freeFor(live.call.productCode(), live.call.language()).isEmpty()) {
                Decision decision = decide(() -> decider.forCallFromFree(live, now), () -> longestIdleFor(live, now));
                if (decision != null) {
                    offer(decision, now, out);
                }
            }
        }
        freed.sort(null);
        for (String agentId : freed) {
            serveAgent(agentId, now, out); // what the calls left: a slot more, or a call held for this agent
        }
    }

    /** Finds the waiting call an agent, or holds it for one about to be free; inside a batch, at its end. */
    void routeCall(CallEntry live, Instant now, List<RoutingDirective> out) {
        if (suspended || live.stage != CallEntry.Stage.WAITING) {
            return;
        }
        if (batch != null) {
            batch.calls.add(live);
            return;
        }
        Decision decision = ControlRouting.controls(pool, live) ? ControlRouting.forCall(pool, live, now)
                : decide(() -> decider.forCall(live, now), () -> longestIdleFor(live, now));
        if (decision == null) {
            return;
        }
        if (decision.hold()) {
            hold(live, decision, now);
        } else {
            offer(decision, now, out);
        }
    }

    /** Offers a free agent waiting calls until its slots are full or nothing it may serve waits. */
    void serveAgent(String agentId, Instant now, List<RoutingDirective> out) {
        if (batch != null) {
            batch.agents.add(agentId);
            return;
        }
        for (int guard = 0; guard < 64 && !suspended; guard++) {
            Agent agent = pool.agent(agentId);
            if (agent == null || !agent.canTakeCallNow()) {
                return;
            }
            Decision control = ControlRouting.forAgent(pool, agent, now);
            Decision decision = control != null ? control : ControlRouting.screened(pool, decide(
                    () -> decider.forAgent(agent, now), () -> {
                        CallEntry live = LongestIdle.callFor(pool, agent);
                        return live == null ? null : fallback(live, agent, now);
                    }), now);
            if (decision == null || decision.hold()) {
                return;
            }
            offer(decision, now, out);
        }
    }

    /** Reconsiders everything waiting, after weights or the catalogue changed under it. */
    void sweep(Instant now, List<RoutingDirective> out) {
        for (CallEntry live : pool.holds.all()) {
            pool.holds.release(live);
            routeCall(live, now, out);
        }
        List<String> free = new ArrayList<>(pool.agents.index().freeAgents());
        free.sort(null);
        for (String agentId : free) {
            serveAgent(agentId, now, out);
        }
    }

    /** The decider's decision, or the longest-idle rule's if the decider itself throws: routing never stops. */
    private Decision decide(Supplier<Decision> decided, Supplier<Decision> fallback) {
        try {
            return decided.get();
        } catch (RuntimeException e) {
            if (pool.fallbackReason() == null) {
                pool.counters.fallbacks++;
            }
            return fallback.get();
        }
    }

    /** The longest-idle rule's agent for the call, when the decider failed on it; null when none is free. */
    private Decision longestIdleFor(CallEntry live, Instant now) {
        Agent agent = LongestIdle.agentFor(pool, live);
        return agent == null ? null : fallback(live, agent, now);
    }

    private Decision fallback(CallEntry live, Agent agent, Instant now) {
        EngineConfig config = pool.config();
        Product product = config.catalogue().product(live.call.productCode());
        CallFacts waiting = CallFacts.of(live.call, product,
                CareNeed.assess(live.call, product, now, config.careModel()), 0, 0);
        AgentFacts facts = AgentFacts.at(agent, now, config.planning().emotionalLoadHalfLife(), SkillPressure.none());
        return new Decision(live, agent, waiting, facts, 0, DecisionPath.FALLBACK, false,
                LongestIdle.note("the decider failed on this decision"));
    }

    private void offer(Decision decision, Instant now, List<RoutingDirective> out) {
        CallEntry live = decision.call();
        Agent agent = pool.agent(decision.agent().id());
        if (live.stage != CallEntry.Stage.WAITING || agent == null || !pool.mayOffer(agent, live.call)) {
            return; // a stale decision must never become an offer that breaks a hard rule
        }
        EngineConfig config = pool.config();
        live.attempts++;
        Offer offer = new Offer(decisionId(live, agent, now), pool.id(), live.id(), agent.id(), now,
                now.plus(config.policy().reservationTimeout()), decision.score(), decision.path(),
                Explainer.explain(decision, pool, now, d -> decider.runnersUp(d, now, PassedOver.QUALIFIED)));
        pool.reservations.reserve(live, agent, offer, now);
        out.add(new OfferCreated(offer));
    }

    private void hold(CallEntry live, Decision decision, Instant now) {
        // the call's hold limit is maxHold at most, cut at its next relaxation ring
        pool.holds.hold(live, decision.agent().id(), decision.score(),
                now.plusSeconds(Math.max(1, decision.callFacts().holdLimitSeconds())));
        pool.counters.holds++;
    }

    /** Unique and reproducible: the same events on the same clock give the same ids. */
    private String decisionId(CallEntry live, Agent agent, Instant now) {
        String name = pool.id() + '|' + live.id() + '|' + live.attempts + '|' + agent.id() + '|' + now.toEpochMilli();
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
