package dev.attune.kafka;

import java.time.Duration;
import java.time.Instant;

/**
 * What the journal feed last saw, written by its thread and read by readiness and gauges without waiting for
 * anything: how many records it is behind, and since when the database refuses its writes.
 */
public final class JournalFeedHealth {
    private volatile long lag;
    private volatile Instant failingSince;
    private volatile String lastFailure;
    private volatile Instant lastLogged = Instant.EPOCH;

    /** Records on the feed's partitions not yet journalled (as of its last poll). */
    public long lag() {
        return lag;
    }

    /** Since when writes fail, null while they succeed. */
    public Instant failingSince() {
        return failingSince;
    }

    public String lastFailure() {
        return lastFailure;
    }

    void lag(long records) {
        lag = records;
    }

    /** Notes a failed write; true when it is worth a log line (the first, then one per {@code quiet}). */
    boolean failed(RuntimeException e, Instant now, Duration quiet) {
        lastFailure = String.valueOf(e.getMessage());
        if (failingSince == null) {
            failingSince = now;
        }
        if (Duration.between(lastLogged, now).compareTo(quiet) >= 0) {
            lastLogged = now;
            return true;
        }
        return false;
    }

    /** Notes a successful write; true when it ends a run of failures. */
    boolean recovered() {
        if (failingSince == null) {
            return false;
        }
        failingSince = null;
        lastFailure = null;
        lastLogged = Instant.EPOCH;
        return true;
    }

}
