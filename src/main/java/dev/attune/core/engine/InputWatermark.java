package dev.attune.core.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far each pool's input is known consumed, and so which reservation deadlines may be judged: with the
 * engine clock (the default, for simulation and tests), every deadline up to now; by the input, only those
 * the watermark has passed by the grace, and none before the first report.
 */
final class InputWatermark {
    /** Null: deadlines are judged by the engine clock; else by the watermark, with this grace. */
    private volatile Duration grace;
    /** Every pool's input is known consumed up to here; null before the first report. */
    private volatile Instant everyPool;
    private final Map<String, Instant> byPool = new ConcurrentHashMap<>();
    /** Pools taken over from a replay: no deadline judged until a report made after this time. */
    private final Map<String, Instant> heldSince = new ConcurrentHashMap<>();

    void judgeByInput(Duration answerGrace) {
        Objects.requireNonNull(answerGrace, "grace");
        if (answerGrace.isNegative()) {
            throw new IllegalArgumentException("grace must not be negative");
        }
        grace = answerGrace;
    }

    synchronized void consumed(Instant upTo) {
        everyPool = later(everyPool, Objects.requireNonNull(upTo, "upTo"));
    }

    void consumed(String poolId, Instant upTo) {
        byPool.merge(poolId, Objects.requireNonNull(upTo, "upTo"), InputWatermark::later);
    }

    /** The pool's input is consumed only as far as a report made after {@code since} says. */
    void holdUntilReported(String poolId, Instant since) {
        byPool.remove(poolId);
        heldSince.put(poolId, since);
    }

    /** The deadlines up to which a pool's offers may be judged unanswered now; null when none may be. */
    Instant cutoff(String poolId, Instant now) {
        Duration answerGrace = grace;
        if (answerGrace == null) {
            return now;
        }
        Instant mark = later(everyPool, byPool.get(poolId));
        Instant held = heldSince.get(poolId);
        if (held != null) {
            if (mark == null || mark.isBefore(held)) {
                return null;
            }
            heldSince.remove(poolId, held);
        }
        if (mark == null) {
            return null;
        }
        Instant cutoff = mark.minus(answerGrace);
        return cutoff.isAfter(now) ? now : cutoff;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
