package dev.attune.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.attune.core.engine.event.OfferAccepted;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The journal thread: batches in engine order, the backlog gauge, one retry, and what it could not write left to the journal feed, counted. */
class JournalQueueTest {
    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final List<List<JournalEntry>> written = new CopyOnWriteArrayList<>();
    /** Holds the journal thread inside its first write until released, so entries pile up behind it. */
    private final CountDownLatch writing = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private JournalQueue queue;

    record Settings(int maxBatch, Duration linger, int backlogWarning, int maxBacklog, Duration retryAfter)
            implements JournalSettings {
        @Override
        public int recentlyWritten() {
            return 0;
        }
    }

    static JournalSettings settings(int maxBatch) {
        return new Settings(maxBatch, Duration.ofMillis(20), 10_000, 250_000, Duration.ofMillis(20));
    }

    @AfterEach
    void stop() {
        release.countDown();
        if (queue != null) {
            queue.stop(Duration.ofSeconds(5));
        }
    }

    private JournalQueue start(JournalSettings settings, JournalSink sink) {
        queue = new JournalQueue(List.of(sink), settings, new JournalMetrics(registry));
        queue.start();
        return queue;
    }

    /** Records each batch; the first one waits for {@link #release}. */
    private void slowSink(List<JournalEntry> batch) {
        written.add(List.copyOf(batch));
        writing.countDown();
        try {
            release.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static JournalEntry entry(int n) {
        return new JournalEntry.Applied(new OfferAccepted("pool-a", "d-" + n, "c-" + n, "a1", Instant.EPOCH));
    }

    private double backlog() {
        return registry.get("attune.journal.backlog").gauge().value();
    }

    private double writtenCount() {
        return registry.get("attune.journal.written").counter().count();
    }

    private double deferred(JournalMetrics.Deferral reason) {
        return registry.get("attune.journal.deferred").tag("reason", reason.name()).counter().count();
    }

    @Test
    void whatPilesUpGoesOutInBatchesInEngineOrderAndTheBacklogReturnsToZero() throws Exception {
        JournalQueue queue = start(settings(4), this::slowSink);
        queue.add(entry(0));
        writing.await(5, TimeUnit.SECONDS);
        IntStream.rangeClosed(1, 10).forEach(n -> queue.add(entry(n)));
        assertEquals(11, backlog(), "the batch being written counts until it is written");
        release.countDown();
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> backlog() == 0);
        assertEquals(List.of(1, 4, 4, 2), written.stream().map(List::size).toList());
        List<JournalEntry> all = written.stream().flatMap(List::stream).toList();
        assertEquals(IntStream.rangeClosed(0, 10).mapToObj(JournalQueueTest::entry).toList(), all);
        assertEquals(11, writtenCount());
    }

    @Test
    void entriesArrivingWithinTheLingerAreWrittenInOneTransaction() throws Exception {
        JournalQueue queue = start(new Settings(500, Duration.ofSeconds(2), 10_000, 250_000, Duration.ofMillis(20)),
                batch -> written.add(List.copyOf(batch)));
        queue.add(entry(1));
        Thread.sleep(50);
        queue.add(entry(2));
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> writtenCount() == 2);
        assertEquals(List.of(List.of(entry(1), entry(2))), written);
    }

    @Test
    void aReaderWaitingForTheJournalCutsTheLingerShort() throws Exception {
        JournalQueue queue = start(new Settings(500, Duration.ofSeconds(30), 10_000, 250_000, Duration.ofMillis(20)),
                batch -> written.add(List.copyOf(batch)));
        queue.add(entry(1));
        long started = System.nanoTime();
        assertTrue(queue.awaitQueued(Duration.ofSeconds(5)), "the entry was written while the reader waited");
        assertTrue(System.nanoTime() - started < Duration.ofSeconds(5).toNanos());
        assertEquals(List.of(List.of(entry(1))), written);
    }

    @Test
    void aBatchTheDatabaseRefusedOnceIsWrittenAgain() {
        AtomicInteger attempts = new AtomicInteger();
        JournalQueue queue = start(settings(500), batch -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("connection refused");
            }
            written.add(List.copyOf(batch));
        });
        queue.add(entry(1));
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> writtenCount() == 1);
        assertEquals(List.of(List.of(entry(1))), written);
        assertEquals(0, deferred(JournalMetrics.Deferral.WRITE_FAILED));
        assertEquals(0, backlog());
    }

    @Test
    void aBatchRefusedTwiceIsLeftToTheFeedAndTheNextOneStillGoes() {
        AtomicInteger attempts = new AtomicInteger();
        JournalQueue queue = start(settings(500), batch -> {
            if (attempts.incrementAndGet() <= 2) {
                throw new IllegalStateException("database down");
            }
            written.add(List.copyOf(batch));
        });
        queue.add(entry(1));
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> deferred(JournalMetrics.Deferral.WRITE_FAILED) == 1);
        queue.add(entry(2));
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> writtenCount() == 1);
        assertEquals(List.of(List.of(entry(2))), written);
        assertEquals(0, backlog());
    }

    @Test
    void beyondTheHardCapEntriesAreLeftToTheFeedAndTheEngineNeverWaits() throws Exception {
        JournalQueue queue = start(new Settings(500, Duration.ofMillis(20), 2, 3, Duration.ofMillis(20)), this::slowSink);
        queue.add(entry(0));
        writing.await(5, TimeUnit.SECONDS);
        List<JournalEntry> more = new ArrayList<>();
        IntStream.rangeClosed(1, 5).forEach(n -> more.add(entry(n)));
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> more.forEach(queue::add));
        assertEquals(2, deferred(JournalMetrics.Deferral.BACKLOG_FULL));
        release.countDown();
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> backlog() == 0);
        assertEquals(4, writtenCount());
        assertEquals(List.of(entry(0), entry(1), entry(2), entry(3)),
                written.stream().flatMap(List::stream).toList());
    }
}
