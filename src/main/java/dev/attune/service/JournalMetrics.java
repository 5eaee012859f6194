package dev.attune.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** How far the journal is behind routing, what it wrote and what it had to give up (/q/metrics). */
final class JournalMetrics {

    /** Why entries were not journalled. */
    enum Loss {
        /** The backlog was at attune.journal.max-backlog: the entry was never queued. */
        BACKLOG_FULL,
        /** A sink refused the batch twice (the database was down). */
        WRITE_FAILED
    }

    /** Queued or being written: what a crash now would lose from the journal. */
    private final AtomicInteger backlog = new AtomicInteger();
    private final Counter written;
    private final Map<Loss, Counter> lost = new EnumMap<>(Loss.class);

    JournalMetrics(MeterRegistry registry) {
        Gauge.builder("attune.journal.backlog", backlog, AtomicInteger::get)
                .description("Decisions and events waiting to be journalled, the batch being written included")
                .register(registry);
        written = Counter.builder("attune.journal.written")
                .description("Decisions and events journalled")
                .register(registry);
        for (Loss reason : Loss.values()) {
            lost.put(reason, Counter.builder("attune.journal.lost")
                    .description("Decisions and events that were not journalled, by reason")
                    .tag("reason", reason.name())
                    .register(registry));
        }
    }

    /** Counts an entry in; returns the backlog with it. */
    int queued() {
        return backlog.incrementAndGet();
    }

    /** Counts a batch out, whatever became of it. */
    void done(int entries) {
        backlog.addAndGet(-entries);
    }

    int backlog() {
        return backlog.get();
    }

    void written(int entries) {
        written.increment(entries);
    }

    void lost(Loss reason, int entries) {
        lost.get(reason).increment(entries);
    }

    long lost() {
        return (long) lost.values().stream().mapToDouble(Counter::count).sum();
    }
}
