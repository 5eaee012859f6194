package dev.attune.kafka;

import dev.attune.service.EngineHost;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * How far this instance's intake has got on each input partition it owns: the next offset it <em>consumed</em>
 * (handed to the intake by a poll) and the next offset the engine <em>applied</em> (or dead-lettered). The one
 * tracker of consumed positions; three things follow from it:
 * <ul>
 * <li>the proof that the input is consumed up to a time, by which reservation deadlines are judged rather than
 * by the wall clock (docs/events.md, "Offers settle by what the ACD said"): regularly the end offsets of the
 * owned partitions are read on the consumer's polling thread; once the engine has applied every record below
 * them, everything on the broker when they were read is applied. While the broker is unreachable, or the engine
 * or the intake is behind, no proof comes and no offer is judged unanswered; once proofs come again after a gap,
 * none counts for attune.intake.reconnect-grace either, while the ACD's producer delivers what it buffered
 * ({@link ReconnectHold});</li>
 * <li>the intake lag (attune_intake_lag_records, by topic) and whether the intake has stopped
 * (attune_intake_stopped: the channel failed, or records wait and none was consumed for attune.intake.stall-after),
 * read with an admin client so they are right even when the consumer itself is stuck;</li>
 * <li>where a rebalance that kept this instance's partitions resumes (after the last record consumed).</li>
 * </ul>
 */
@ApplicationScoped
public class IntakeProgress {
    static final String CHANNEL = "routing-events";
    private static final Logger LOG = Logger.getLogger(IntakeProgress.class);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);

    private final TopicNames topics;
    private final KafkaClientService clients;
    private final EngineHost host;
    private final Map<String, Object> kafka;
    private final String groupId;
    private final Duration stallAfter;
    /** Next offset to consume per owned input partition. */
    private final Map<TopicPartition, Long> consumed = new ConcurrentHashMap<>();
    /** Next offset the engine applied (or replayed, or dead-lettered) per input partition. */
    private final Map<TopicPartition, Long> applied = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> lagByTopic = new HashMap<>();
    /** One end-offset read at a time: while the broker is unreachable it blocks the polling thread up to its timeout. */
    private final AtomicBoolean reading = new AtomicBoolean();
    private final ReconnectHold reconnectHold;
    /** The one catch-up awaited (the last rebalance's rebuilt partitions), null when none is. */
    private final AtomicReference<CatchUp> catchUp = new AtomicReference<>();
    private volatile Instant lastConsumed = Instant.now();
    private volatile String failure;
    private volatile boolean stalled;
    private Admin admin;

    @Inject
    public IntakeProgress(KafkaSettings settings, KafkaClientService clients, EngineHost host, MeterRegistry registry,
            @Identifier("default-kafka-broker") Map<String, Object> kafka,
            @ConfigProperty(name = "mp.messaging.incoming.routing-events.group.id") String groupId,
            @ConfigProperty(name = "attune.intake.stall-after", defaultValue = "PT30S") Duration stallAfter,
            @ConfigProperty(name = "attune.intake.reconnect-grace", defaultValue = "PT5S") Duration reconnectGrace,
            @ConfigProperty(name = "attune.intake.progress-interval", defaultValue = "1s") Duration progressInterval) {
        // A proof is due every progress-interval (1 s); on a busy host one in two is skipped while the last read is
        // still out, so only five intervals without one count as a gap the ACD may have buffered through.
        this.reconnectHold = new ReconnectHold(reconnectGrace, progressInterval.multipliedBy(5));
        this.topics = settings.names();
        this.clients = clients;
        this.host = host;
        this.kafka = kafka;
        this.groupId = groupId;
        this.stallAfter = stallAfter;
        for (String topic : topics.inputs()) {
            AtomicLong lag = new AtomicLong();
            lagByTopic.put(topic, lag);
            Gauge.builder("attune.intake.lag.records", lag, AtomicLong::get)
                    .description("Input records on this instance's partitions not consumed yet")
                    .tags("channel", CHANNEL, "topic", topic)
                    .register(registry);
        }
        Gauge.builder("attune.intake.stopped", this, p -> p.stopped() ? 1 : 0)
                .description("1 when the intake has stopped: the channel failed, or records wait and none is consumed")
                .tag("channel", CHANNEL)
                .register(registry);
    }

    /** A poll handed these records to the intake. */
    public void consumed(List<InboundRecord> records) {
        advance(consumed, records);
        lastConsumed = Instant.now();
    }

    /** The engine has applied these records (or they were dead-lettered: consumed either way). */
    public void applied(List<InboundRecord> records) {
        advance(applied, records);
        releaseCatchUp();
    }

    private record CatchUp(Map<TopicPartition, Long> through, CompletableFuture<Void> done) {
    }

    /**
     * Completes once the engine has applied every record below these positions (at once if it has): after a
     * rebuild, the records between the replay's end and the partitions' end are applied again live. A later
     * call supersedes this one (completed then: the later rebalance is what counts).
     */
    public CompletionStage<Void> appliedThrough(Map<TopicPartition, Long> positions) {
        CatchUp next = new CatchUp(Map.copyOf(positions), new CompletableFuture<>());
        CatchUp previous = catchUp.getAndSet(next);
        if (previous != null) {
            previous.done().complete(null);
        }
        releaseCatchUp();
        return next.done();
    }

    private void releaseCatchUp() {
        CatchUp awaited = catchUp.get();
        if (awaited != null && appliedUpTo(awaited.through()) && catchUp.compareAndSet(awaited, null)) {
            awaited.done().complete(null);
        }
    }

    /**
     * After a rebuild of these partitions, now the ones this instance owns: the new engine holds exactly the records
     * before these positions (it replayed them), whatever the engine it replaced had applied beyond them; the
     * intake consumes again from there.
     */
    public void rebuiltAt(Map<TopicPartition, Long> positions) {
        rebuiltAt(positions, positions.keySet());
    }

    /**
     * After a rebuild of the partitions that came (positions) while the rest of those owned now were kept: the
     * kept ones go on from where they were consumed, the rebuilt ones from their replay's end.
     */
    public void rebuiltAt(Map<TopicPartition, Long> positions, Set<TopicPartition> owned) {
        applied.putAll(positions);
        consumed.keySet().retainAll(owned);
        consumed.putAll(positions);
        lastConsumed = Instant.now();
        releaseCatchUp();
    }

    /** Next offset to consume per owned input partition. */
    public Map<TopicPartition, Long> consumedPositions() {
        return Map.copyOf(consumed);
    }

    /** The channel has failed: it consumes nothing more until the instance restarts. */
    public void failed(Throwable cause) {
        failure = cause.toString();
    }

    public boolean stopped() {
        return failure != null || stalled;
    }

    /** Why the intake is stopped, null when it is not. */
    public String problem() {
        return failure != null ? "the input channel failed: " + failure
                : stalled ? "records are waiting but none was consumed for " + stallAfter : null;
    }

    /** Proves, when it can, that the engine has applied all input on the broker up to now. */
    @Scheduled(every = "${attune.intake.progress-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void proveApplied() {
        KafkaConsumer<Object, Object> consumer = clients.getConsumer(CHANNEL);
        if (consumer == null || !reading.compareAndSet(false, true)) {
            return;
        }
        Instant readAt = Instant.now(); // before the end offsets are read: all appended by then lies below them
        Function<Consumer<Object, Object>, Map<TopicPartition, Long>> endOffsets = c -> {
            Set<TopicPartition> assigned = c.assignment();
            return assigned.isEmpty() ? Map.of() : c.endOffsets(assigned, READ_TIMEOUT);
        };
        try {
            consumer.runOnPollingThread(endOffsets).subscribe().with(end -> {
                reading.set(false);
                if (!end.isEmpty() && reconnectHold.mayProve(readAt) && appliedUpTo(end)) {
                    host.inputConsumed(readAt);
                }
            }, failed -> {
                reading.set(false);
                reconnectHold.readFailed();
                LOG.debugf("input progress unknown (broker unreachable?): %s", failed.getMessage());
            });
        } catch (RuntimeException e) {
            reading.set(false);
            throw e;
        }
    }

    @Scheduled(every = "${attune.intake.lag-interval:5s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshLag() {
        Set<TopicPartition> owned = Set.copyOf(consumed.keySet());
        try {
            Map<String, Long> lag = owned.isEmpty() ? Map.of() : lag(owned);
            lagByTopic.forEach((topic, gauge) -> gauge.set(lag.getOrDefault(topic, 0L)));
            long waiting = lag.values().stream().mapToLong(Long::longValue).sum();
            stalled = waiting > 0 && Duration.between(lastConsumed, Instant.now()).compareTo(stallAfter) > 0;
        } catch (Exception e) {
            // The broker may be down: the lag is unknown, not zero, so keep the last reading.
            LOG.debugf("intake lag could not be read: %s", e.toString());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void advance(Map<TopicPartition, Long> positions, List<InboundRecord> records) {
        for (InboundRecord record : records) {
            positions.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
        }
    }

    private boolean appliedUpTo(Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            if (partition.getValue() != null && partition.getValue() > applied.getOrDefault(partition.getKey(), 0L)) {
                return false;
            }
        }
        return true;
    }

    private Map<String, Long> lag(Set<TopicPartition> owned) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = owned.stream()
                .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin().listOffsets(latest).all()
                .get(3, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetAndMetadata> committed = admin().listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata().get(3, TimeUnit.SECONDS);
        Map<String, Long> lag = new HashMap<>();
        for (TopicPartition tp : owned) {
            long position = consumed.getOrDefault(tp, -1L);
            OffsetAndMetadata commit = committed.get(tp);
            if (position < 0 && commit != null) {
                position = commit.offset();
            }
            long end = ends.get(tp).offset();
            lag.merge(tp.topic(), Math.max(0, end - Math.max(0, position)), Long::sum);
        }
        return lag;
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Map<String, Object> config = KafkaClients.connection(kafka);
            config.put(AdminClientConfig.CLIENT_ID_CONFIG, "attune-intake-progress");
            admin = Admin.create(config);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
