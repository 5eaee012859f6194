package dev.attune.service;

import java.time.Duration;

/** One pool's live queue as metrics and readiness report it. */
public record QueueHealth(
        String poolId,
        int waitingCalls,
        Duration longestWait,
        int availableAgents,
        int pendingOffers,
        boolean fallbackActive) {
}
