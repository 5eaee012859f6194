package dev.attune.kafka;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Whether the intake is consuming, for the dashboard, Prometheus and the alert rules: the input records not
 * yet consumed on the partitions this instance owns (attune_intake_lag_records, by topic) and whether the
 * intake has stopped (attune_intake_stopped: the channel failed, or records wait and none were consumed for
 * attune.intake.stall-after). The lag is read with an admin client, so it is right even when the consumer
 * itself is stuck: the case it exists to show.
 */
@ApplicationScoped
public class IntakeWatch {
    static final String CHANNEL = "routing-events";
    private static final Logger LOG = Logger.getLogger(IntakeWatch.class);

    private final TopicNames topics;
    private final Map<String, Object> kafka;
    private final String groupId;
    private final Duration stallAfter;
    /** Next offset to consume per owned input partition, as far as this instance has consumed. */
    private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> lagByTopic = new HashMap<>();
    private volatile Instant lastProgress = Instant.now();
    private volatile String failure;
    private volatile boolean stalled;
    private Admin admin;

    @Inject
    public IntakeWatch(KafkaSettings settings, MeterRegistry registry,
            @Identifier("default-kafka-broker") Map<String, Object> kafka,
            @ConfigProperty(name = "mp.messaging.incoming.routing-events.group.id") String groupId,
            @ConfigProperty(name = "attune.intake.stall-after", defaultValue = "PT30S") Duration stallAfter) {
        this.topics = settings.names();
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
        Gauge.builder("attune.intake.stopped", this, w -> w.stopped() ? 1 : 0)
                .description("1 when the intake has stopped: the channel failed, or records wait and none is consumed")
                .tag("channel", CHANNEL)
                .register(registry);
    }

    /** A batch was consumed: these partitions have progressed. */
    public void consumed(List<InboundRecord> records) {
        for (InboundRecord record : records) {
            positions.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
        }
        lastProgress = Instant.now();
    }

    /** Next offset to consume per owned input partition, -1 where nothing was consumed since the last rebuild. */
    public Map<TopicPartition, Long> positions() {
        return Map.copyOf(positions);
    }

    /** The partitions this instance owns now (after a rebalance and its rebuild). */
    public void assigned(Collection<TopicPartition> owned) {
        positions.keySet().retainAll(Set.copyOf(owned));
        owned.forEach(tp -> positions.putIfAbsent(tp, -1L));
        lastProgress = Instant.now();
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

    @Scheduled(every = "${attune.intake.lag-interval:5s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        Set<TopicPartition> owned = Set.copyOf(positions.keySet());
        try {
            Map<String, Long> lag = owned.isEmpty() ? Map.of() : lag(owned);
            lagByTopic.forEach((topic, gauge) -> gauge.set(lag.getOrDefault(topic, 0L)));
            long waiting = lag.values().stream().mapToLong(Long::longValue).sum();
            stalled = waiting > 0 && Duration.between(lastProgress, Instant.now()).compareTo(stallAfter) > 0;
        } catch (Exception e) {
            // The broker may be down: the lag is unknown, not zero, so keep the last reading.
            LOG.debugf("intake lag could not be read: %s", e.toString());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
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
            long position = positions.getOrDefault(tp, -1L);
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
            config.put(AdminClientConfig.CLIENT_ID_CONFIG, "attune-intake-watch");
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
