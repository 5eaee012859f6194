package dev.attune.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Queue health of one routing pool as the ops dashboard shows it. Durations are seconds and shares are
 * in [0,1] so the page can plot them without parsing; a null means "not known yet", never zero.
 *
 * @param waiting                calls in queue (calls with a pending offer are not waiting)
 * @param longestWaitSeconds     the longest wait among waiting calls, 0 when none wait
 * @param waitingPastThreshold   waiting calls that have waited longer than their product's answer threshold
 * @param worstWaitRatio         the largest wait / answer threshold among waiting calls, null when none wait
 * @param answerThresholdSeconds the pool's answer threshold when all its products share one, else null
 * @param serviceLevel           share of today's finished calls answered within their product's threshold,
 *                               null before the first call of the day finished
 * @param serviceLevelTarget     the share the pool's products promise, weighted by today's calls, null likewise
 * @param abandonment            share of today's finished calls that hung up before an answer, null likewise
 * @param highCare               waiting callers whose care need is at or above the high-care threshold
 * @param distressed             waiting callers whose distress is at or above the distress threshold
 * @param agentsByState          agents per state (RESERVED while an offer is pending)
 * @param offersPending          offers the ACD has not yet accepted, rejected or let time out
 * @param routingMode            PLAN, DECIDER or FALLBACK: which path new decisions take now
 * @param fallbackReason         why routing fell back, null when it has not
 * @param decisions              offers made since the engine started, by path
 * @param fallbacks              times routing fell back since the engine started
 * @param decisionP99Millis      decision latency p99 over the dashboard's latency window, null when nothing was decided in it
 * @param queues                 the pool's queues (one per product), busiest first
 * @param waitingCalls           the most urgent waiting calls, most urgent first (bounded)
 * @param recentDecisions        the latest offers, newest first (bounded)
 */
public record PoolHealth(
        String poolId,
        int waiting,
        double longestWaitSeconds,
        int waitingPastThreshold,
        Double worstWaitRatio,
        Integer answerThresholdSeconds,
        Double serviceLevel,
        Double serviceLevelTarget,
        Double abandonment,
        long answered,
        long answeredInTime,
        long abandoned,
        CareWaiting highCare,
        CareWaiting distressed,
        Map<String, Integer> agentsByState,
        int availableAgents,
        int offersPending,
        String routingMode,
        String fallbackReason,
        Map<String, Long> decisions,
        long fallbacks,
        Double decisionP99Millis,
        List<QueueHealth> queues,
        List<WaitingCall> waitingCalls,
        Map<String, Integer> waitReasons,
        List<Decision> recentDecisions) {

    public PoolHealth {
        agentsByState = Map.copyOf(agentsByState);
        decisions = Map.copyOf(decisions);
        queues = List.copyOf(queues);
        waitingCalls = List.copyOf(waitingCalls);
        waitReasons = Map.copyOf(waitReasons);
        recentDecisions = List.copyOf(recentDecisions);
    }

    public boolean fallbackActive() {
        return "FALLBACK".equals(routingMode);
    }

    /**
     * How many callers of a kind wait, the longest of their waits, and how many of them have waited past
     * their product's answer threshold.
     */
    public record CareWaiting(int waiting, double longestWaitSeconds, int pastThreshold) {
        public static final CareWaiting NONE = new CareWaiting(0, 0, 0);
    }

    /**
     * One queue of a pool: the callers waiting about one product, and how the product did today.
     *
     * @param thresholdSeconds    the product's answer threshold, null when the catalogue no longer holds it
     * @param serviceLevel        share of today's finished calls answered within the threshold, null before the first
     * @param serviceLevelTarget  the share the product promises
     * @param finishedToday       today's calls answered or abandoned
     */
    public record QueueHealth(
            String product,
            int waiting,
            double longestWaitSeconds,
            int highCare,
            int distressed,
            Integer thresholdSeconds,
            Double serviceLevel,
            Double serviceLevelTarget,
            long finishedToday) {
    }

    /** A waiting caller: no customer data, only what routing uses. */
    public record WaitingCall(
            String callId,
            String product,
            double waitedSeconds,
            double careNeed,
            double distress,
            double stakes,
            String heldForAgentId,
            String waitReason) {
    }

    /** An offer the engine made; its id opens the stored explanation. */
    public record Decision(
            String decisionId,
            String callId,
            String agentId,
            String path,
            Instant at,
            long score,
            Double careNeed,
            String whisper) {
    }
}
