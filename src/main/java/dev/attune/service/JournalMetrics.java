package dev.attune.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far the engine host's hand-off to the journal is behind routing, what it wrote and what it left to the
 * journal feed, which writes everything from Kafka whatever happened here (/q/metrics).
 */
final class JournalMetrics {

    /** Why entries were not written at once but left to the journal feed. */
    enum Deferral {
        /** The backlog was at attune.journal.max-backlog: the entry was never queued. */
        BACKLOG_FULL,
        /** A sink refused the batch twice (the database was away). */
        WRITE_FAILED
    }

    /**
     * Entries handed in, and entries done with (written, or left to the journal feed). Their difference is the
     * backlog, queued or being written, which the journal feed brings from Kafka if this instance dies now.
     */
    private final AtomicLong added = new AtomicLong();
    private final AtomicLong settled = new AtomicLong();
    private final Counter written;
    private final Map<Deferral, Counter> deferred = new EnumMap<>(Deferral.class);

    JournalMetrics(MeterRegistry registry) {
        Gauge.builder("attune.journal.backlog", this, JournalMetrics::backlog)
                .description("Decisions and events waiting to be journalled, the batch being written included")
                .register(registry);
        written = Counter.builder("attune.journal.written")
                .description("Decisions and events journalled")
                .register(registry);
        for (Deferral reason : Deferral.values()) {
            deferred.put(reason, Counter.builder("attune.journal.deferred")
                    .description("Decisions and events not written at once, left to the journal feed, by reason")
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

    void deferred(Deferral reason, int entries) {
        deferred.get(reason).increment(entries);
    }

    long deferred() {
        return (long) deferred.values().stream().mapToDouble(Counter::count).sum();
    }
}
