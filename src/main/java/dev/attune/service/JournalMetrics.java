package dev.attune.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** How far the journal is behind routing, what it wrote and what it had to give up (/q/metrics). */
final class JournalMetrics {

    /** Why entries were not journalled. */
    enum Loss {
        /** The backlog was at attune.journal.max-backlog: the entry was never queued. */
        BACKLOG_FULL,
        /** A sink refused the batch twice (the database was down). */
        WRITE_FAILED
    }

    /**
     * Entries handed in, and entries done with (written, or counted lost). Their difference is the backlog,
     * queued or being written: what a crash now would lose from the journal.
     */
    private final AtomicLong added = new AtomicLong();
    private final AtomicLong settled = new AtomicLong();
    private final Counter written;
    private final Map<Loss, Counter> lost = new EnumMap<>(Loss.class);

    JournalMetrics(MeterRegistry registry) {
        Gauge.builder("attune.journal.backlog", this, JournalMetrics::backlog)
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
        added.incrementAndGet();
        return backlog();
    }

    /** Counts entries out, whatever became of them. */
    void done(int entries) {
        settled.addAndGet(entries);
    }

    int backlog() {
        return (int) (added.get() - settled.get());
    }

    /** Entries counted in so far. */
    long added() {
        return added.get();
    }

    /** Entries counted out so far. */
    long settled() {
        return settled.get();
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
