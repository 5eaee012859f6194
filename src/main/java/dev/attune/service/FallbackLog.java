package dev.attune.service;

import dev.attune.core.engine.PoolStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Says in the service log when a pool starts and stops routing on the longest-idle fallback. The dashboard, the
 * metric and the alert show it while it lasts, but a restart's log said nothing, and after restarts whole load-test
 * runs went by on the fallback unnoticed (docs/load-test.md, session 16). A pool that keeps coming back and falling
 * again is written at most once a {@link #QUIET}, with how often it fell meanwhile.
 */
final class FallbackLog {
    static final Duration QUIET = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(FallbackLog.class);

    /** One pool's fallback as the log has told it. */
    private static final class Told {
        Instant since; // the current spell on the fallback began; null while on the decider
        boolean written; // the current spell has its line
        Instant lastLine;
        int brief; // spells since the last line too short to be written
    }

    private final Map<String, Told> pools = new HashMap<>();

    /** Called on the engine thread with each refresh of the pools' statuses. */
    void observe(Iterable<PoolStatus> statuses, Instant now) {
        for (PoolStatus status : statuses) {
            String line = observe(status.poolId(), status.fallbackReason(), now);
            if (line != null && status.fallbackActive()) {
                LOG.warn(line);
            } else if (line != null) {
                LOG.info(line);
            }
        }
    }

    /** The line to write for this pool's state now, or null: {@code fallbackReason} null means on the decider. */
    String observe(String pool, String fallbackReason, Instant now) {
        Told told = pools.computeIfAbsent(pool, p -> new Told());
        if (fallbackReason == null) {
            if (told.since == null) {
                return null;
            }
            Instant since = told.since;
            told.since = null;
            if (!told.written) {
                told.brief++;
                return null;
            }
            told.lastLine = now;
            return "pool " + pool + " is back on the decider after " + Duration.between(since, now).toSeconds()
                    + " s on the fallback";
        }
        if (told.since == null) {
            told.since = now;
            told.written = false;
        }
        if (told.written || told.lastLine != null && now.isBefore(told.lastLine.plus(QUIET))) {
            return null;
        }
        told.written = true;
        told.lastLine = now;
        long seconds = Duration.between(told.since, now).toSeconds();
        int brief = told.brief;
        told.brief = 0;
        return "pool " + pool + " routes on the longest-idle fallback" + (seconds > 0 ? " (for " + seconds + " s)" : "")
                + ": " + fallbackReason + (brief == 0 ? "" : "; it was on it " + brief + " more times briefly since"
                + " the last line");
    }
}
