package dev.attune.core.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Waiting calls held back for a better agent about to be free, by hold deadline and by agent. A hold ends
 * when the agent frees up, leaves, or the deadline passes; the call stays in the queue meanwhile.
 */
final class Holds {
    private static final Comparator<CallEntry> BY_HOLD_DEADLINE = Comparator
            .comparing((CallEntry c) -> c.holdDeadline).thenComparingLong(c -> c.call.queuePosition());

    private final NavigableSet<CallEntry> held = new TreeSet<>(BY_HOLD_DEADLINE);
    private final Map<String, Set<CallEntry>> byAgent = new HashMap<>();
    /** Told the agent whose holds changed, so {@link OpenForHolds} follows them. */
    private final Consumer<String> changed;

    Holds(Consumer<String> changed) {
        this.changed = changed;
    }

    /** Holds the call for the agent; its hold deadline is set at its first hold and never extended. */
    void hold(CallEntry live, String agentId, long score, Instant firstDeadline) {
        if (live.holdDeadline == null) {
            live.holdDeadline = firstDeadline;
        }
        if (live.held()) {
            release(live);
        }
        live.heldFor = agentId;
        live.heldScore = score;
        byAgent.computeIfAbsent(agentId, a -> new LinkedHashSet<>()).add(live);
        held.add(live);
        changed.accept(agentId);
    }

    void release(CallEntry live) {
        if (!live.held()) {
            return;
        }
        held.remove(live);
        String agentId = live.heldFor;
        Set<CallEntry> ofAgent = byAgent.get(agentId);
        if (ofAgent != null) {
            ofAgent.remove(live);
            if (ofAgent.isEmpty()) {
                byAgent.remove(live.heldFor);
            }
        }
        live.releaseHold();
        changed.accept(agentId);
    }

    /** The calls held for this agent, as a copy the caller may release them from. */
    Collection<CallEntry> heldFor(String agentId) {
        return new ArrayList<>(byAgent.getOrDefault(agentId, Set.of()));
    }

    int on(String agentId) {
        return byAgent.getOrDefault(agentId, Set.of()).size();
    }

    /** The held call whose deadline passed first, or null. */
    CallEntry firstExpired(Instant now) {
        return held.isEmpty() || held.first().holdDeadline.isAfter(now) ? null : held.first();
    }

    List<CallEntry> all() {
        return new ArrayList<>(held);
    }
}
