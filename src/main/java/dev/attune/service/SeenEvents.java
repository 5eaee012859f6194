package dev.attune.service;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The identities of events applied recently, so a redelivered or re-sent event is applied once. Bounded
 * two ways, whichever bites first: a window (a duplicate older than it is not caught here, and relies on
 * the engine ignoring stale events) and a count (memory stays flat under any burst). Not thread-safe:
 * used on the engine thread only.
 */
public final class SeenEvents {
    private final Duration window;
    private final int maxEvents;
    private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();
    /** The pool of each identity that has one, so a rebuild of some pools forgets only theirs. */
    private final Map<String, String> poolOf = new HashMap<>();

    public SeenEvents(Duration window, int maxEvents) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the dedupe window must be positive");
        }
        if (maxEvents < 1) {
            throw new IllegalArgumentException("the dedupe cache must hold at least one event");
        }
        this.window = window;
        this.maxEvents = maxEvents;
    }

    public boolean contains(String identity, Instant now) {
        evict(now);
        return seen.containsKey(identity);
    }

    /** Remembers an identity; remembering it again does not extend its stay. */
    public void add(String identity, Instant now) {
        seen.putIfAbsent(identity, now);
        evict(now);
    }

    /** Remembers an identity of an event about this pool. */
    public void add(String identity, String poolId, Instant now) {
        if (poolId != null && !seen.containsKey(identity)) {
            poolOf.put(identity, poolId);
        }
        add(identity, now);
    }

    public void clear() {
        seen.clear();
        poolOf.clear();
    }

    /**
     * Forgets the identities of these pools' events: the pools are rebuilt from history, which holds only the
     * events up to the frontier, and the ones after it must be applied again when they are consumed again.
     */
    public void forget(Predicate<String> pools) {
        poolOf.entrySet().removeIf(entry -> {
            if (pools.test(entry.getValue())) {
                seen.remove(entry.getKey());
                return true;
            }
            return false;
        });
    }

    public int size() {
        return seen.size();
    }

    private void evict(Instant now) {
        Instant oldest = now.minus(window);
        Iterator<Map.Entry<String, Instant>> entries = seen.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<String, Instant> eldest = entries.next();
            if (seen.size() > maxEvents || eldest.getValue().isBefore(oldest)) {
                poolOf.remove(eldest.getKey());
                entries.remove();
            } else {
                break;
            }
        }
    }
}
