package dev.attune.service;

import java.util.List;

/**
 * Where the journal thread hands what the engine did, a batch at a time (the decision journal in PostgreSQL,
 * the dashboard's tallies). Called on the journal thread only, never on the engine thread, so it may block.
 */
public interface JournalSink {

    /**
     * Takes a batch in the order the engine produced it; a later entry may refer to an earlier one of the
     * same batch (an offer and its answer). Must be idempotent: the journal writes a batch again after a
     * failure, and a restarted instance replays what it had already journalled.
     *
     * @throws RuntimeException when the batch could not be taken; none of it should then count as taken
     */
    void write(List<JournalEntry> batch);

    /**
     * Whether this process wrote the entry of this {@link JournalEntry#key()} lately, and it is durable: the journal
     * feed need not write it again. False when unsure (never written here, written too long ago, or not durable);
     * never waits.
     */
    default boolean wroteRecently(String key) {
        return false;
    }
}
