package dev.attune.core.engine;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.ChannelCounts;
import dev.attune.core.domain.Offer;
import dev.attune.core.engine.RoutingDirective.OfferRescinded;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Offers from reservation to their end: the pending offers by reservation deadline, and each agent's
 * calls (offered or being served), which is what the agent's slots count. A call moves WAITING to OFFERED
 * only through {@link #reserve}, whether the offer is new or adopted after a restart, and back only
 * through {@link #requeue}.
 */
final class Reservations {
    private static final Comparator<Offer> BY_DEADLINE = Comparator.comparing(Offer::reservationDeadline)
            .thenComparing(Offer::decisionId);

    /** How an agent's slot came free, which decides the agent's state afterwards. */
    enum Release {
        /** Our offer was withdrawn or declined: the reservation was ours, so the agent is available again. */
        OFFER_ENDED,
        /** No answer and the policy sets such agents away. */
        NO_ANSWER_AWAY,
        /** A call the agent was on is over: the ACD reports what the agent does next. */
        CALL_OVER
    }

    /** How many ended offers are remembered to tell a late or repeated answer from a stray one. */
    private static final int REMEMBERED_OFFERS = 50_000;

    private final NavigableSet<Offer> pending = new TreeSet<>(BY_DEADLINE);
    /** Offers the ACD answered (accepted, rejected, or reported unanswered). */
    private final RecentIds answered = new RecentIds(REMEMBERED_OFFERS);
    /** Offers withdrawn before any answer: rescinded, past their deadline, or their call ended. */
    private final RecentIds withdrawn = new RecentIds(REMEMBERED_OFFERS);
    private final Map<String, Set<CallEntry>> callsByAgent = new HashMap<>();
    private final CallBook book;
    private final Holds holds;
    private final AgentBoard agents;
    private final PoolCounters counters;
    private final Supplier<Duration> occupancyWindow;

    Reservations(CallBook book, Holds holds, AgentBoard agents, PoolCounters counters,
            Supplier<Duration> occupancyWindow) {
        this.book = book;
        this.holds = holds;
        this.agents = agents;
        this.counters = counters;
        this.occupancyWindow = occupancyWindow;
    }

    /** WAITING to OFFERED: the call leaves the queue and its hold, and takes one of the agent's slots. */
    void reserve(CallEntry live, Agent agent, Offer offer, Instant now) {
        book.dequeue(live);
        holds.release(live);
        live.stage = CallEntry.Stage.OFFERED;
        live.offer = offer;
        callsByAgent.computeIfAbsent(agent.id(), a -> new LinkedHashSet<>()).add(live);
        pending.add(offer);
        agent = agent.withActiveCalls(agent.activeCalls().plus(live.call.channel()));
        if (agent.freeSlots() == 0) {
            agent = AgentBoard.transition(agent, AgentState.RESERVED, now, occupancyWindow.get());
        }
        agents.put(agent);
        counters.decided(offer.path());
    }

    /** OFFERED to SERVING: the agent keeps the slot. */
    void accept(CallEntry live, Instant now) {
        pending.remove(live.offer);
        answered.add(live.offer.decisionId());
        live.stage = CallEntry.Stage.SERVING;
        Agent agent = agents.get(live.offer.agentId());
        if (agent.freeSlots() == 0 && agent.state() != AgentState.BUSY) {
            agent = AgentBoard.transition(agent, AgentState.BUSY, now, occupancyWindow.get());
        }
        agents.put(agent);
    }

    /** Withdraws a pending offer and frees the agent's slot; the caller then requeues or finishes the call. */
    void rescind(CallEntry live, String reason, Instant now, List<RoutingDirective> out) {
        Offer offer = live.offer;
        forget(live);
        withdrawn.add(offer.decisionId());
        out.add(new OfferRescinded(offer, reason));
        counters.rescinded++;
        releaseSlot(offer.agentId(), now, Release.OFFER_ENDED);
    }

    /**
     * A rejected or timed-out offer (rescinded with a reason when we judged the timeout): the call goes back
     * to its original place and never to this agent again. Returns the agent, whose slot is free again.
     */
    String decline(CallEntry live, boolean timedOut, String rescindReason, Instant now, List<RoutingDirective> out,
            boolean awayOnNoAnswer) {
        Offer offer = live.offer;
        String agentId = offer.agentId();
        if (rescindReason != null) {
            out.add(new OfferRescinded(live.offer, rescindReason));
            withdrawn.add(offer.decisionId());
        } else {
            answered.add(offer.decisionId());
        }
        pending.remove(live.offer);
        if (timedOut) {
            counters.timeouts++;
        } else {
            counters.rejections++;
        }
        requeue(live, agentId);
        boolean away = timedOut && awayOnNoAnswer && agents.get(agentId) != null;
        if (away) {
            out.add(new RoutingDirective.AgentSetAway(offer, rescindReason != null
                    ? "no answer by the reservation deadline" : "the ACD reported no answer (offer.timed-out)", now));
        }
        releaseSlot(agentId, now, away ? Release.NO_ANSWER_AWAY : Release.OFFER_ENDED);
        return agentId;
    }

    /** Puts an offered call back at its original position, excluding the agent when given. */
    void requeue(CallEntry live, String excludeAgentId) {
        removeFromAgent(live);
        if (excludeAgentId != null) {
            live.call = live.call.excluding(excludeAgentId);
        }
        live.stage = CallEntry.Stage.WAITING;
        live.offer = null;
        book.enqueue(live);
    }

    /** The call ends: its offer, pending or accepted, no longer holds a slot. */
    void forget(CallEntry live) {
        if (live.offer != null) {
            if (pending.remove(live.offer)) {
                withdrawn.add(live.offer.decisionId());
            }
            removeFromAgent(live);
        }
    }

    /** The agent's record after one of its slots came free, in the state the release calls for. */
    void releaseSlot(String agentId, Instant now, Release release) {
        Agent agent = agents.get(agentId);
        if (agent == null) {
            return;
        }
        agent = agent.withActiveCalls(activeCalls(agentId));
        if (release == Release.NO_ANSWER_AWAY) {
            agent = AgentBoard.transition(agent, AgentState.AWAY, now, occupancyWindow.get()).withExpectedFreeAt(null);
        } else if (release == Release.OFFER_ENDED && agent.state() == AgentState.RESERVED && agent.freeSlots() > 0) {
            agent = AgentBoard.transition(agent, AgentState.AVAILABLE, now, occupancyWindow.get());
        }
        agents.put(agent);
    }

    /** The agent's calls, offered or being served, per channel: what its slots count. */
    ChannelCounts activeCalls(String agentId) {
        ChannelCounts counts = ChannelCounts.NONE;
        for (CallEntry live : callsByAgent.getOrDefault(agentId, Set.of())) {
            counts = counts.plus(live.call.channel());
        }
        return counts;
    }

    List<CallEntry> offeredTo(String agentId) {
        return inStage(agentId, CallEntry.Stage.OFFERED);
    }

    List<CallEntry> servedBy(String agentId) {
        return inStage(agentId, CallEntry.Stage.SERVING);
    }

    /**
     * Why an answer found no pending offer: the offer was answered already (a repeat), withdrawn before
     * the answer came (late), or is not one this pool made or remembers (stray).
     */
    UnappliedAnswer unapplied(String decisionId) {
        if (decisionId != null && answered.contains(decisionId)) {
            return UnappliedAnswer.DUPLICATE;
        }
        return decisionId != null && withdrawn.contains(decisionId) ? UnappliedAnswer.LATE : UnappliedAnswer.STRAY;
    }

    /** The call whose pending offer this answer is about, or null when it is not pending any more. */
    CallEntry pendingOffer(String callId, String decisionId, String agentId) {
        CallEntry live = book.get(callId);
        if (live == null || live.stage != CallEntry.Stage.OFFERED || !live.offer.agentId().equals(agentId)) {
            return null;
        }
        return decisionId == null || decisionId.equals(live.offer.decisionId()) ? live : null;
    }

    /** The pending offer with the earliest deadline, if that deadline is not after {@code cutoff} (null: none). */
    Offer firstDueBy(Instant cutoff) {
        return cutoff == null || pending.isEmpty() || pending.first().reservationDeadline().isAfter(cutoff) ? null
                : pending.first();
    }

    Collection<Offer> pending() {
        return new ArrayList<>(pending);
    }

    private void removeFromAgent(CallEntry live) {
        Set<CallEntry> ofAgent = callsByAgent.get(live.offer.agentId());
        if (ofAgent != null) {
            ofAgent.remove(live);
        }
    }

    private List<CallEntry> inStage(String agentId, CallEntry.Stage stage) {
        List<CallEntry> found = new ArrayList<>();
        for (CallEntry live : callsByAgent.getOrDefault(agentId, Set.of())) {
            if (live.stage == stage) {
                found.add(live);
            }
        }
        return found;
    }
}
