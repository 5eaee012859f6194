package dev.attune.core.engine;

import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.DecisionPath;
import dev.attune.core.domain.Offer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Queue health of one routing pool at one moment, for ops dashboards and the REST status endpoint.
 *
 * @param waitingCalls    calls in queue, most urgent first (calls with a pending offer are not waiting)
 * @param agentsByState   agents per state as the engine sees them (RESERVED while an offer is pending)
 * @param availableAgents agents free to take an offer right now
 * @param pendingOffers   offers not yet accepted, rejected or timed out
 * @param longestWait     the longest wait among waiting calls, zero when none
 * @param routingMode     which path new decisions take now (FALLBACK while the solver is failing)
 * @param fallbackReason  why routing fell back, null when it has not
 * @param planAge         how old the plan in force is, null when there is none
 */
public record PoolStatus(
        String poolId,
        Instant at,
        List<WaitingCall> waitingCalls,
        Map<AgentState, Integer> agentsByState,
        int availableAgents,
        List<Offer> pendingOffers,
        Duration longestWait,
        DecisionPath routingMode,
        String fallbackReason,
        Duration planAge,
        Counters counters) {

    public PoolStatus {
        waitingCalls = List.copyOf(waitingCalls);
        agentsByState = Map.copyOf(agentsByState);
        pendingOffers = List.copyOf(pendingOffers);
    }

    public boolean fallbackActive() {
        return routingMode == DecisionPath.FALLBACK;
    }

    /**
     * A call in queue.
     *
     * @param heldForAgentId the better agent about to be free this call is held for, null when not held
     * @param waitReason     why it still waits; null when not known (a test's hand-made status)
     */
    public record WaitingCall(
            String callId,
            String productCode,
            int priority,
            Duration waited,
            double careNeed,
            double distress,
            double stakes,
            String heldForAgentId,
            WaitReason waitReason) {

        public WaitingCall(String callId, String productCode, int priority, Duration waited, double careNeed,
                double distress, double stakes, String heldForAgentId) {
            this(callId, productCode, priority, waited, careNeed, distress, stakes, heldForAgentId, null);
        }
    }

    /**
     * Running totals since the engine started.
     *
     * @param decisions      offers made, by the path that made them
     * @param fallbacks      times routing fell back because the solver failed or missed its deadline
     * @param rejections     offers the agent rejected
     * @param timeouts       offers that ran past their deadline or were reported timed out (RONA)
     * @param rescinded      offers withdrawn (caller hung up, agent left, call changed)
     * @param served         calls that ended after being answered
     * @param abandoned      calls that ended without being answered
     * @param rejectedEvents events refused as inconsistent
     * @param plansAdopted   plans solved and adopted
     * @param holds          times a call was held back for a better agent about to be free
     * @param unappliedAnswers answers to offers that changed nothing, by why (late, duplicate, stray)
     * @param staleEstimates emotion estimates older than the one already in force, ignored
     */
    public record Counters(
            Map<DecisionPath, Long> decisions,
            long fallbacks,
            long rejections,
            long timeouts,
            long rescinded,
            long served,
            long abandoned,
            long rejectedEvents,
            long plansAdopted,
            long holds,
            Map<UnappliedAnswer, Long> unappliedAnswers,
            long staleEstimates) {
        public Counters {
            decisions = Map.copyOf(decisions);
            unappliedAnswers = Map.copyOf(unappliedAnswers);
        }

        /** Totals with no answer left unapplied and no stale estimate. */
        public Counters(Map<DecisionPath, Long> decisions, long fallbacks, long rejections, long timeouts,
                long rescinded, long served, long abandoned, long rejectedEvents, long plansAdopted, long holds) {
            this(decisions, fallbacks, rejections, timeouts, rescinded, served, abandoned, rejectedEvents,
                    plansAdopted, holds, Map.of(), 0);
        }
    }
}
