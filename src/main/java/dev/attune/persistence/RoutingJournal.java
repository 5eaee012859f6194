package dev.attune.persistence;

import dev.attune.service.JournalEntry;
import dev.attune.service.JournalSettings;
import dev.attune.service.JournalSink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the decision journal in step with routing: every directive the engine issues (offers, rescinds)
 * and every answer to an offer or end of a call. The engine host's journal thread hands them over in
 * batches, in decision order; the journal feed hands the same facts read back from Kafka. Each batch is one
 * transaction. Idempotent throughout, so a batch written again (after a failure, by the feed after the engine
 * host, by a restarted instance) changes nothing. The two writers of one instance take turns, so they never
 * insert the same decision at once (which one of them would see fail on the primary key); across instances
 * that can still happen, and the failed writer's retry then finds the row. It remembers the keys of what it
 * committed lately, so neither writer writes again what the other already made durable.
 */
@ApplicationScoped
public class RoutingJournal implements JournalSink {
    @Inject
    JsonColumns json;
    @Inject
    CallSegments segments;
    @Inject
    JournalSettings settings;
    private RecentKeys written;

    @PostConstruct
    void remember() {
        written = new RecentKeys(settings.recentlyWritten());
    }

    @Override
    public synchronized void write(List<JournalEntry> batch) {
        List<JournalChange> changes = new ArrayList<>(batch.size());
        for (JournalEntry entry : batch) {
            if (written.contains(entry.key())) {
                continue; // committed lately by the other writer (the feed ahead of a hand-off that fell behind)
            }
            if (entry instanceof JournalEntry.Decided decided) {
                changes.addAll(JournalChange.of(decided.directive()));
            } else if (entry instanceof JournalEntry.Applied applied) {
                changes.addAll(JournalChange.of(applied.event()));
            }
        }
        if (!changes.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> {
                new JournalBatch(json).apply(changes);
                segments.apply(changes);
            });
        }
        List<String> keys = new ArrayList<>(batch.size());
        for (JournalEntry entry : batch) {
            keys.add(entry.key());
        }
        written.addAll(keys);
    }

    @Override
    public boolean wroteRecently(String key) {
        return written.contains(key);
    }
}
