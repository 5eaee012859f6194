package dev.attune.service;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * Says, at most once a minute, that the journal is falling behind. Called from the engine thread for every
 * entry while the backlog is high, so it must cost next to nothing when it stays quiet.
 */
final class BacklogWarning {
    private static final Logger LOG = Logger.getLogger(BacklogWarning.class);
    private static final long QUIET_NANOS = Duration.ofMinutes(1).toNanos();

    private final int threshold;
    private final int cap;
    private final LongSupplier deferred;
    private long lastWarned;
    private boolean warned;

    BacklogWarning(int threshold, int cap, LongSupplier deferred) {
        this.threshold = threshold;
        this.cap = cap;
        this.deferred = deferred;
    }

    /** Engine thread only (no synchronisation needed). */
    void check(int backlog) {
        if (backlog <= threshold && backlog < cap) {
            return;
        }
        long now = System.nanoTime();
        if (warned && now - lastWarned < QUIET_NANOS) {
            return;
        }
        warned = true;
        lastWarned = now;
        LOG.warnf("the decision journal is %d entries behind (warning above %d, entries beyond %d are not "
                + "written at once but left to the journal feed; %d since start): routing goes on, check the database",
                backlog, threshold, cap, deferred.getAsLong());
    }
}
