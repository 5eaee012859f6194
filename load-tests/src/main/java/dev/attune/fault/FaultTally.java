package dev.attune.fault;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the ACD saw during one scenario: calls placed, offers, the router's mistakes, and when routing came
 * back after each fault (the first offer for a call that arrived after the fault began).
 */
final class FaultTally {
    private String scenario;
    private long placed;
    private final Set<String> decisions = new HashSet<>();
    private final Set<String> routedTwice = new HashSet<>();
    private final Set<String> acceptedRescinded = new HashSet<>();
    private final List<Double> resumeSeconds = new ArrayList<>();
    private long faultStartNanos = Long.MAX_VALUE;
    private boolean resumed = true;

    synchronized void reset(String name) {
        scenario = name;
        placed = 0;
        decisions.clear();
        routedTwice.clear();
        acceptedRescinded.clear();
        resumeSeconds.clear();
        faultStartNanos = Long.MAX_VALUE;
        resumed = true;
    }

    synchronized void placed() {
        placed++;
    }

    synchronized void offered(String decisionId, long callArrivedNanos, long consumedNanos) {
        decisions.add(decisionId);
        if (!resumed && callArrivedNanos >= faultStartNanos) {
            resumed = true;
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
        faultStartNanos = System.nanoTime();
        resumed = false;
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
