package dev.attune.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Carries what the engine did to the journal sinks on a thread of its own ("attune-journal"), so routing
 * never waits for the database. A batch is what piled up while the last one was written and what arrives
 * within attune.journal.linger of its first entry (up to attune.journal.max-batch, in the order the engine
 * produced it): one transaction per batch, where one per item could not keep up. A reader that must see
 * what routing just did waits with {@link #awaitQueued}, which cuts the linger short.
 */
final class JournalQueue {
    private static final Logger LOG = Logger.getLogger(JournalQueue.class);
    private static final int NAMED_IN_A_LOG_LINE = 5;
    /** How often a lingering journal looks whether a reader is waiting for it. */
    private static final long LINGER_SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private final List<JournalSink> sinks;
    private final JournalSettings settings;
    private final JournalMetrics metrics;
    private final BacklogWarning warning;
    /** Bounded, so a database that is down for long leaves entries to the journal feed instead of filling the heap. */
    private final BlockingQueue<JournalEntry> waiting;
    private final Thread thread;
    private volatile boolean open = true;
    /** Someone waits to read what was queued: write now instead of lingering for more. */
    private volatile boolean awaited;

    JournalQueue(List<JournalSink> sinks, JournalSettings settings, JournalMetrics metrics) {
        this.sinks = List.copyOf(sinks);
        this.settings = settings;
        this.metrics = metrics;
        this.warning = new BacklogWarning(settings.backlogWarning(), settings.maxBacklog(), metrics::deferred);
        this.waiting = new LinkedBlockingQueue<>(settings.maxBacklog());
        this.thread = new Thread(this::run, "attune-journal");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /**
     * Queues an entry; engine thread only. Never blocks: above the hard cap the entry is left to the journal
     * feed (and the dashboard does not see it).
     */
    void add(JournalEntry entry) {
        int backlog = metrics.queued();
        if (waiting.offer(entry)) {
            warning.check(backlog);
        } else {
            metrics.done(1);
            metrics.deferred(JournalMetrics.Deferral.BACKLOG_FULL, 1);
            warning.check(metrics.backlog());
        }
    }

    /**
     * Waits until everything queued before this call is written (or left to the journal feed), at most {@code timeout}:
     * for a reader that must see what routing just did, such as an ACD repeating an answer to an offer.
     *
     * @return whether it got there in time
     */
    boolean awaitQueued(Duration timeout) throws InterruptedException {
        long target = metrics.added();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (metrics.settled() < target) {
            if (System.nanoTime() > deadline || !thread.isAlive()) {
                return false;
            }
            awaited = true;
            Thread.sleep(5);
        }
        return true;
    }

    /** Writes what is queued, for at most {@code grace}; what is left after that is not journalled. */
    void stop(Duration grace) {
        open = false;
        try {
            thread.join(Math.max(1, grace.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warnf("stopped with %d decisions and events not journalled", metrics.backlog());
        }
    }

    private void run() {
        List<JournalEntry> batch = new ArrayList<>(settings.maxBatch());
        try {
            while (open || !waiting.isEmpty()) {
                JournalEntry first = waiting.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                gather(batch);
                awaited = false;
                try {
                    write(batch);
                } finally {
                    metrics.done(batch.size());
                    batch.clear();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Fills the batch with what arrives within the linger after its first entry (or until it is full).
     * Without it a fast journal writes a transaction of two or three entries every few milliseconds, and the
     * per-transaction work costs the routing machine more CPU than the rows themselves.
     */
    private void gather(List<JournalEntry> batch) throws InterruptedException {
        long until = System.nanoTime() + settings.linger().toNanos();
        waiting.drainTo(batch, settings.maxBatch() - batch.size());
        while (open && batch.size() < settings.maxBatch() && !awaited) {
            long left = until - System.nanoTime();
            if (left <= 0) {
                break;
            }
            JournalEntry next = waiting.poll(Math.min(left, LINGER_SLICE_NANOS), TimeUnit.NANOSECONDS);
            if (next == null) {
                continue;
            }
            batch.add(next);
            waiting.drainTo(batch, settings.maxBatch() - batch.size());
        }
    }

    /**
     * Hands the batch to every sink; one that refuses it twice leaves it to the journal feed, which writes it
     * from Kafka when the database is back.
     */
    private void write(List<JournalEntry> batch) throws InterruptedException {
        boolean taken = true;
        for (JournalSink sink : sinks) {
            taken &= writeOrRetry(sink, batch);
        }
        if (taken) {
            metrics.written(batch.size());
        } else {
            metrics.deferred(JournalMetrics.Deferral.WRITE_FAILED, batch.size());
        }
    }

    private boolean writeOrRetry(JournalSink sink, List<JournalEntry> batch) throws InterruptedException {
        try {
            sink.write(batch);
            return true;
        } catch (RuntimeException first) {
            // Most failures are the database being away for a moment (a fail-over, a full pool): worth one more go.
            LOG.warnf("could not journal %s (%s); trying again in %s", describe(batch), first, settings.retryAfter());
        }
        Thread.sleep(settings.retryAfter().toMillis());
        try {
            sink.write(batch);
            return true;
        } catch (RuntimeException second) {
            LOG.errorf(second, "could not journal %s, even after a retry: the journal feed writes them when the database is back "
                    + "(routing goes on)", describe(batch));
            return false;
        }
    }

    private static String describe(List<JournalEntry> batch) {
        String named = batch.stream().limit(NAMED_IN_A_LOG_LINE).map(JournalEntry::describe)
                .collect(Collectors.joining(", "));
        int more = batch.size() - NAMED_IN_A_LOG_LINE;
        return (batch.size() == 1 ? "1 entry: " : batch.size() + " entries: ") + named + (more > 0 ? " and " + more + " more" : "");
    }
}
