package dev.attune.fault;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the ACD saw during one scenario: calls placed, offers, the router's mistakes, and when routing came
 * back after each fault: the first offer the service decided after the fault began (its record's timestamp, set
 * by the service's producer when it sent the offer, is later than the fault's start). A killed service decides
 * nothing after its kill, so that offer is the restarted one's.
 */
final class FaultTally {
    private String scenario;
    private long placed;
    private final Set<String> decisions = new HashSet<>();
    private final Set<String> routedTwice = new HashSet<>();
    private final Set<String> acceptedRescinded = new HashSet<>();
    private final List<Double> resumeSeconds = new ArrayList<>();
    private long faultStartNanos = Long.MAX_VALUE;
    private Instant faultStart = Instant.MAX;
    private Instant firstOfferAfterFault;
    private boolean resumed = true;
    /** The pools whose offers mark routing resumed; empty: any pool's. */
    private Set<String> watched = Set.of();

    synchronized void reset(String name) {
        scenario = name;
        placed = 0;
        decisions.clear();
        routedTwice.clear();
        acceptedRescinded.clear();
        resumeSeconds.clear();
        faultStartNanos = Long.MAX_VALUE;
        faultStart = Instant.MAX;
        firstOfferAfterFault = null;
        resumed = true;
        watched = Set.of();
    }

    synchronized void placed() {
        placed++;
    }

    /**
     * @param decidedAt     the offer record's timestamp (when the service sent it)
     * @param consumedNanos when the ACD received it
     */
    synchronized void offered(String decisionId, String poolId, Instant decidedAt, long consumedNanos) {
        decisions.add(decisionId);
        if (!resumed && !decidedAt.isBefore(faultStart) && (watched.isEmpty() || watched.contains(poolId))) {
            resumed = true;
            firstOfferAfterFault = decidedAt;
            resumeSeconds.add((consumedNanos - faultStartNanos) / 1e9);
        }
    }

    synchronized void routedTwice(String callId) {
        routedTwice.add(callId);
    }

    synchronized void acceptedRescinded(String decisionId) {
        acceptedRescinded.add(decisionId);
    }

    /** A fault begins now: the next offer for a call placed from now on marks routing as resumed. */
    synchronized void faultStarts() {
        faultStarts(Set.of());
    }

    /** A fault begins now that only these pools suffer: the next offer in one of them marks routing resumed. */
    synchronized void faultStarts(Set<String> pools) {
        watched = Set.copyOf(pools);
        faultStartNanos = System.nanoTime();
        faultStart = Instant.now();
        firstOfferAfterFault = null;
        resumed = false;
    }

    /** When the last fault began. */
    synchronized Instant faultStart() {
        return faultStart;
    }

    /** When the first offer decided after the last fault was sent, null if none yet. */
    synchronized Instant firstOfferAfterFault() {
        return firstOfferAfterFault;
    }

    synchronized boolean resumed() {
        return resumed;
    }

    /** Counts a fault after which routing did not resume within the scenario's bound. */
    synchronized void neverResumed() {
        if (!resumed) {
            resumeSeconds.add(Double.POSITIVE_INFINITY);
            resumed = true;
        }
    }

    synchronized String scenario() {
        return scenario;
    }

    synchronized long callsPlaced() {
        return placed;
    }

    synchronized List<String> decisions() {
        return List.copyOf(decisions);
    }

    synchronized int routedTwiceCount() {
        return routedTwice.size();
    }

    synchronized int acceptedRescindedCount() {
        return acceptedRescinded.size();
    }

    synchronized List<Double> resumeSeconds() {
        return List.copyOf(resumeSeconds);
    }
}
