package dev.attune.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.DecisionPath;
import dev.attune.core.domain.Offer;
import dev.attune.core.engine.PoolStatus;
import dev.attune.core.engine.WaitReason;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One pool's live queue as ops read it: every waiting call in the order it will be served, agents by
 * state, reservations awaiting an answer, which path routes now and why, and running totals.
 *
 * @param planAgeSeconds how old the background plan in force is; null when there is none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueueHealthView(
        String pool,
        Instant at,
        int waitingCalls,
        double longestWaitSeconds,
        int availableAgents,
        Map<AgentState, Integer> agentsByState,
        int pendingOffers,
        DecisionPath routingMode,
        String fallbackReason,
        Double planAgeSeconds,
        List<Waiting> waiting,
        List<Reservation> reservations,
        PoolStatus.Counters counters) {

    /** A waiting call, most urgent first; {@code position} 1 is offered next; {@code waitReason} says why it waits. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Waiting(int position, String callId, String productCode, int priority, double waitedSeconds,
            double careNeed, double distress, double stakes, String heldForAgentId, WaitReason waitReason) {
    }

    /** A reservation awaiting the agent's answer. */
    public record Reservation(String decisionId, String callId, String agentId, Instant reservationDeadline) {
    }

    static QueueHealthView of(PoolStatus status) {
        List<PoolStatus.WaitingCall> calls = status.waitingCalls();
        List<Waiting> waiting = new java.util.ArrayList<>(calls.size());
        for (int i = 0; i < calls.size(); i++) {
            PoolStatus.WaitingCall call = calls.get(i);
            waiting.add(new Waiting(i + 1, call.callId(), call.productCode(), call.priority(),
                    Seconds.of(call.waited()), call.careNeed(), call.distress(), call.stakes(), call.heldForAgentId(),
                    call.waitReason()));
        }
        List<Reservation> reservations = status.pendingOffers().stream()
                .map((Offer o) -> new Reservation(o.decisionId(), o.callId(), o.agentId(), o.reservationDeadline()))
                .toList();
        return new QueueHealthView(status.poolId(), status.at(), calls.size(), Seconds.of(status.longestWait()),
                status.availableAgents(), everyState(status.agentsByState()), reservations.size(), status.routingMode(),
                status.fallbackReason(), Seconds.of(status.planAge()), waiting, reservations, status.counters());
    }

    /** Every state with its count, zeros included, in lifecycle order: a dashboard's columns do not come and go. */
    static Map<AgentState, Integer> everyState(Map<AgentState, Integer> byState) {
        Map<AgentState, Integer> all = new EnumMap<>(AgentState.class);
        for (AgentState state : AgentState.values()) {
            all.put(state, byState.getOrDefault(state, 0));
        }
        return all;
    }
}
