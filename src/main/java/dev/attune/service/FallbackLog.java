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

    private record Spell(Instant since, boolean written) {
    }

    private final Map<String, Spell> on = new HashMap<>();
    private final Map<String, Instant> lastWritten = new HashMap<>();
    private final Map<String, Integer> unwritten = new HashMap<>();

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
        Spell spell = on.get(pool);
        if (fallbackReason == null) {
            if (spell == null) {
                return null;
            }
            on.remove(pool);
            if (!spell.written()) {
                unwritten.merge(pool, 1, Integer::sum);
                return null;
            }
            lastWritten.put(pool, now);
            return "pool " + pool + " is back on the decider after " + Duration.between(spell.since(), now).toSeconds()
                    + " s on the fallback";
        }
        if (spell == null) {
            spell = new Spell(now, false);
            on.put(pool, spell);
        }
        Instant last = lastWritten.get(pool);
        if (spell.written() || last != null && now.isBefore(last.plus(QUIET))) {
            return null;
        }
        on.put(pool, new Spell(spell.since(), true));
        lastWritten.put(pool, now);
        long seconds = Duration.between(spell.since(), now).toSeconds();
        Integer brief = unwritten.remove(pool);
        return "pool " + pool + " routes on the longest-idle fallback" + (seconds > 0 ? " (for " + seconds + " s)" : "")
                + ": " + fallbackReason + (brief == null ? "" : "; it was on it " + brief + " more times briefly since"
                + " the last line");
    }
}
