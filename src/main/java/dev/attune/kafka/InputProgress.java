package dev.attune.kafka;

import dev.attune.service.EngineHost;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Proves how far the engine has applied its input, so that reservation deadlines are judged by the input's
 * progress rather than the wall clock (docs/events.md, "Offers settle by what the ACD said"). Regularly it
 * reads, on the consumer's polling thread, the end offsets of the input partitions assigned to this instance;
 * when the engine has applied every record below them, all that was on the broker when they were read is
 * applied, and the engine learns that its input is consumed up to that time. While the broker is unreachable,
 * or the engine or the intake is behind, no proof comes and no offer is judged unanswered.
 */
@ApplicationScoped
public class InputProgress {
    private static final Logger LOG = Logger.getLogger(InputProgress.class);
    private static final String CHANNEL = "routing-events";
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);

    /** Per input partition: the offset after the last record the engine applied (or replayed). */
    private final Map<TopicPartition, Long> applied = new ConcurrentHashMap<>();
    /** One read at a time: while the broker is unreachable a read blocks the polling thread up to its timeout. */
    private final AtomicBoolean reading = new AtomicBoolean();
    private final KafkaClientService clients;
    private final EngineHost host;

    @Inject
    public InputProgress(KafkaClientService clients, EngineHost host) {
        this.clients = clients;
        this.host = host;
    }

    /** The engine has applied these records (or dead-lettered them: they are consumed either way). */
    void applied(List<InboundRecord> records) {
        for (InboundRecord record : records) {
            applied.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
        }
    }

    /**
     * After a rebuild: the new engine holds exactly the records before these positions (it replayed them),
     * whatever the engine it replaced had applied beyond them; those are consumed again.
     */
    void resumedAt(Map<TopicPartition, Long> positions) {
        applied.putAll(positions);
    }

    @Scheduled(every = "${attune.input-progress.interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void probe() {
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
                if (!end.isEmpty() && caughtUp(end)) {
                    host.inputConsumed(readAt);
                }
            }, failure -> {
                reading.set(false);
                LOG.debugf("input progress unknown (broker unreachable?): %s", failure.getMessage());
            });
        } catch (RuntimeException e) {
            reading.set(false);
            throw e;
        }
    }

    private boolean caughtUp(Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            if (partition.getValue() != null && partition.getValue() > applied.getOrDefault(partition.getKey(), 0L)) {
                return false;
            }
        }
        return true;
    }
}
