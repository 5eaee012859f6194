package dev.attune.kafka;

import dev.attune.service.JournalEntry;
import dev.attune.service.JournalSink;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * The decision journal as a projection of the topics, so a database outage of any length delays the journal
 * and never drops from it. Its own consumer group reads routing.decisions (offers, rescinds) and the ACD's
 * topics (answers to offers, call endings), writes each poll as one transaction through the journal's sink
 * (idempotent by decision id and call), and commits the offsets only after that transaction committed. A
 * failed write reads the same records again after a pause; a killed instance leaves them to the group's next
 * owner. The engine host still hands the journal what it did at once (read-your-writes within the linger):
 * this feed is what makes the journal complete whatever happened to that hand-off. It reads a record once it is
 * attune.journal.feed.delay old and passes over one the hand-off has committed by then (JournalSink#wroteRecently),
 * so in steady state the journal is written once, not twice.
 */
@ApplicationScoped
public class JournalFeed {
    private static final Logger LOG = Logger.getLogger(JournalFeed.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration QUIET_LOG = Duration.ofSeconds(30);

    private final JournalFeedSettings settings;
    private final JournalSink journal;
    private final JournalRecords records;
    private final Map<String, Object> kafka;
    private final List<String> topics;
    private final int fetchMaxBytes;
    private final JournalFeedHealth health = new JournalFeedHealth();
    private final HeldRecords held = new HeldRecords();
    private final Counter written;
    private final Counter failures;
    private final Counter refused;
    private final Counter skipped;
    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    @Inject
    public JournalFeed(JournalFeedSettings settings, JournalSink journal, KafkaSettings kafkaSettings,
            @Identifier("default-kafka-broker") Map<String, Object> kafka, MeterRegistry registry) {
        this.settings = settings;
        this.journal = journal;
        TopicNames names = kafkaSettings.names();
        this.records = new JournalRecords(names, new DecisionEvents(kafkaSettings.source()),
                new InboundDecoder(new EventSchemas(), names), journal::wroteRecently);
        this.kafka = kafka;
        this.topics = List.of(names.decisions(), names.agents(), names.calls());
        this.fetchMaxBytes = kafkaSettings.fetchMaxBytes();
        this.written = Counter.builder("attune.journal.feed.written")
                .description("Decisions and events the journal feed wrote (again, if the engine host had)")
                .register(registry);
        this.failures = Counter.builder("attune.journal.feed.failures")
                .description("Journal feed writes the database refused; the same records are read again")
                .register(registry);
        this.skipped = Counter.builder("attune.journal.feed.skipped")
                .description("Records the journal feed passed over because this instance had journalled them already")
                .register(registry);
        this.refused = Counter.builder("attune.journal.feed.refused")
                .description("Entries the database refused on their own (not an outage): logged and skipped")
                .register(registry);
        Gauge.builder("attune.journal.feed.lag", health, JournalFeedHealth::lag)
                .description("Records on the journal feed's partitions not yet in the journal")
                .register(registry);
    }

    void onStart(@Observes StartupEvent startup) {
        if (settings.enabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent shutdown) {
        stop();
    }

    public synchronized void start() {
        if (thread != null) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "attune-journal-feed");
        thread.setDaemon(true);
        thread.start();
    }

    public synchronized void stop() {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    /** How far the journal is, for readiness and the dashboard; never waits for the database or the broker. */
    public JournalFeedHealth health() {
        return health;
    }

    /** Until stopped: a consumer that fails for a reason other than the database is replaced after a pause. */
    private void run() {
        while (running) {
            try (KafkaConsumer<String, byte[]> reader = new KafkaConsumer<>(config())) {
                consumer = reader;
                held.clear();
                reader.subscribe(topics, new ConsumerRebalanceListener() {
                    @Override
                    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                        held.forget(partitions); // their next owner reads them from the committed offsets
                    }

                    @Override
                    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    }
                });
                Duration pause = settings.retryAfter();
                while (running) {
                    pause = pollOnce(reader, pause);
                }
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("the journal feed's consumer failed; the journal is complete up to its committed offsets "
                        + "and a new consumer goes on from there", e);
                health.failed(e, Instant.now(), QUIET_LOG);
                sleep(settings.maxRetryAfter());
            } finally {
                consumer = null;
            }
        }
    }

    /**
     * One poll: its records join those held until they are {@link JournalFeedSettings#delay} old (by then the engine
     * host has usually journalled them, and they are passed over instead of written again); what is due is written
     * and committed, or read again after a pause. Returns the pause for the next failure.
     */
    private Duration pollOnce(KafkaConsumer<String, byte[]> reader, Duration pause) {
        held.add(reader.poll(POLL));
        health.lag(lag(reader) + held.size());
        // A partition is paused while it has held records, so a record is fetched once, however long it waits.
        Set<TopicPartition> holding = held.partitions();
        reader.pause(holding);
        reader.resume(reader.paused().stream().filter(partition -> !holding.contains(partition)).toList());
        ConsumerRecords<String, byte[]> due = held.takeDue(System.currentTimeMillis() - settings.delay().toMillis());
        if (due.isEmpty()) {
            return pause;
        }
        long skippedBefore = records.skipped();
        List<JournalEntry> entries = records.entries(due);
        skipped.increment(records.skipped() - skippedBefore);
        try {
            write(entries);
        } catch (RuntimeException e) {
            failures.increment();
            if (health.failed(e, Instant.now(), QUIET_LOG)) {
                LOG.warnf("the journal cannot be written (%s): %d records are read again in %s, and every %s at "
                        + "most until it can; routing goes on", e, due.count() + held.size(), pause,
                        settings.maxRetryAfter());
            }
            rewind(reader, due);
            sleep(pause);
            Duration doubled = pause.multipliedBy(2);
            return doubled.compareTo(settings.maxRetryAfter()) > 0 ? settings.maxRetryAfter() : doubled;
        }
        written.increment(entries.size());
        commit(reader, due);
        if (health.recovered()) {
            LOG.infof("the journal can be written again; catching up (%d records behind)", health.lag());
        }
        return settings.retryAfter();
    }

    /**
     * Writes the poll in one transaction. If the database refuses it while reachable (a value it will never
     * take), the entries are written one by one and the one it refuses is logged and skipped: one bad record
     * must not hold the journal back for ever. A connection problem, in the batch or in one entry, is thrown:
     * the poll is read again when the database is back.
     */
    private void write(List<JournalEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        try {
            journal.write(entries);
        } catch (RuntimeException e) {
            if (unreachable(e) || entries.size() == 1) {
                throw e;
            }
            for (JournalEntry entry : entries) {
                try {
                    journal.write(List.of(entry));
                } catch (RuntimeException one) {
                    if (unreachable(one)) {
                        throw one;
                    }
                    refused.increment();
                    LOG.errorf(one, "the journal refuses %s; it is skipped (the record stays on its topic)",
                            entry.describe());
                }
            }
        }
    }

    /** Whether a failure is the database out of reach (connection refused, reset, timed out), not the data. */
    static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08")
                    || t.getClass().getSimpleName().equals("JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A commit refused because the group rebalanced leaves the records to their next owner, which writes
     * them again: the journal is idempotent, so that costs a transaction, not a record.
     */
    private static void commit(KafkaConsumer<String, byte[]> reader, ConsumerRecords<String, byte[]> polled) {
        try {
            reader.commitSync(offsets(polled));
        } catch (CommitFailedException | RebalanceInProgressException e) {
            LOG.debugf("journal feed commit refused (%s): the partitions' next owner writes them again", e);
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> offsets(ConsumerRecords<String, byte[]> polled) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : polled.partitions()) {
            var list = polled.records(partition);
            offsets.put(partition, new OffsetAndMetadata(list.get(list.size() - 1).offset() + 1));
        }
        return offsets;
    }

    /** Reads the failed records and everything held after them again: each partition from its first of either. */
    private void rewind(KafkaConsumer<String, byte[]> reader, ConsumerRecords<String, byte[]> failed) {
        Map<TopicPartition, Long> from = held.firstOffsets();
        for (TopicPartition partition : failed.partitions()) {
            from.put(partition, failed.records(partition).get(0).offset());
        }
        held.clear();
        from.forEach(reader::seek);
        reader.resume(reader.paused());
    }

    private static long lag(KafkaConsumer<String, byte[]> reader) {
        long total = 0;
        for (TopicPartition partition : reader.assignment()) {
            total += reader.currentLag(partition).orElse(0);
        }
        return total;
    }

    private void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private Map<String, Object> config() {
        Map<String, Object> config = KafkaClients.connection(kafka);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, settings.group());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
        config.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, fetchMaxBytes);
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, fetchMaxBytes);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "attune-journal-feed-" + Long.toHexString(System.nanoTime()));
        return config;
    }
}
