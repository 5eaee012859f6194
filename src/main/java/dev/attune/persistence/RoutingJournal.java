package dev.attune.persistence;

import dev.attune.service.JournalEntry;
import dev.attune.service.JournalSink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the decision journal in step with routing: every directive the engine issues (offers, rescinds)
 * and every answer to an offer or end of a call. The engine host's journal thread hands them over in
 * batches, in decision order; each batch is one transaction. Idempotent throughout, so a batch written
 * again (after a failure, or by a restarted instance replaying history) changes nothing.
 */
@ApplicationScoped
public class RoutingJournal implements JournalSink {
    @Inject
    JsonColumns json;

    @Override
    @Transactional
    public void write(List<JournalEntry> batch) {
        List<JournalChange> changes = new ArrayList<>(batch.size());
        for (JournalEntry entry : batch) {
            if (entry instanceof JournalEntry.Decided decided) {
                changes.addAll(JournalChange.of(decided.directive()));
            } else if (entry instanceof JournalEntry.Applied applied) {
                changes.addAll(JournalChange.of(applied.event()));
            }
        }
        new JournalBatch(json).apply(changes);
    }
}
