package dev.attune.service.port;

import dev.attune.learning.JournalledCall;
import java.time.Instant;
import java.util.List;

/** The journalled calls of a period, in arrival order: what the what-if replays as the buyer's own traffic. */
public interface JournalledCallSource {

    /**
     * @param poolId one pool, or null for all
     * @param limit  at most this many calls (the first ones)
     */
    List<JournalledCall> arrivedBetween(Instant from, Instant to, String poolId, int limit);
}
