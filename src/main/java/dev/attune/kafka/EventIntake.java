package dev.attune.kafka;

import dev.attune.core.domain.UnknownProductException;
import dev.attune.service.EngineHost;
import dev.attune.service.EventOrigin;
import dev.attune.service.Outcome;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * The one consumer of acd.calls, acd.agents and analytics.emotions (one channel, so one consumer group
 * member owns a pool's partition on all three topics). Records arrive as raw bytes and are checked here,
 * so a bad record becomes a dead letter instead of a deserialisation failure that stops the channel.
 * Records are handed to the engine in order; each is acknowledged (and its offset becomes committable)
 * only once its decisions or its dead letter are on the broker.
 */
@ApplicationScoped
public class EventIntake {
    private static final Logger LOG = Logger.getLogger(EventIntake.class);
    private final InboundDecoder decoder;
    private final EngineHost host;
    private final DeadLetters deadLetters;

    @Inject
    public EventIntake(KafkaSettings settings, EngineHost host, DeadLetters deadLetters) {
        this.decoder = new InboundDecoder(new EventSchemas(), settings.names());
        this.host = host;
        this.deadLetters = deadLetters;
    }

    @Incoming("routing-events")
    public CompletionStage<Void> onRecord(Message<byte[]> message) {
        long received = System.nanoTime();
        InboundRecord record = record(message);
        Decoded decoded = decoder.decode(record);
        if (decoded instanceof Decoded.Unusable unusable) {
            settle(message, deadLetters.send(record, unusable.rejection(), unusable.eventId(), unusable.eventType()));
            return CompletableFuture.completedFuture(null);
        }
        InboundEvent event = ((Decoded.Usable) decoded).event();
        EventOrigin origin = new EventOrigin(event.identity(), event.id(), record.position(), received);
        return host.apply(event.event(), origin).handle((outcome, failure) -> {
            if (failure != null) {
                // The host is stopping: the record is not the problem. Left unacknowledged, its offset is not
                // committed and the next owner of the partition consumes it.
                LOG.debugf("record %s left for the next owner: %s", record.position(), failure.getMessage());
            } else if (outcome.status() == Outcome.Status.APPLIED) {
                settle(message, outcome.published());
            } else if (outcome.status() == Outcome.Status.DUPLICATE) {
                message.ack();
            } else {
                settle(message, deadLetters.send(record, rejection(outcome), event.id(), event.type().type()));
            }
            return null;
        });
    }

    /** Which dead-letter reason an engine refusal is. */
    static Rejection rejection(Outcome outcome) {
        RuntimeException failure = outcome.failure();
        if (outcome.status() == Outcome.Status.FAILED) {
            return new Rejection(DeadLetterReason.PROCESSING_ERROR, failure.getClass().getSimpleName() + ": "
                    + failure.getMessage());
        }
        String detail = String.valueOf(failure.getMessage());
        String lower = detail.toLowerCase(Locale.ROOT);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnknownProductException) {
                return new Rejection(DeadLetterReason.UNKNOWN_PRODUCT, detail);
            }
        }
        if (lower.contains("unknown product") || lower.contains("catalogue does not have")) {
            return new Rejection(DeadLetterReason.UNKNOWN_PRODUCT, detail);
        }
        if (lower.contains("unknown agent") || lower.contains("no profile") || lower.contains("has no agents")) {
            return new Rejection(DeadLetterReason.UNKNOWN_AGENT, detail);
        }
        return new Rejection(DeadLetterReason.INCONSISTENT, detail);
    }

    private static void settle(Message<byte[]> message, CompletionStage<Void> done) {
        done.whenComplete((ok, failure) -> {
            if (failure == null) {
                message.ack();
            } else {
                message.nack(failure);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static InboundRecord record(Message<byte[]> message) {
        IncomingKafkaRecordMetadata<String, byte[]> metadata = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new IllegalStateException("routing-events must be a Kafka channel"));
        return new InboundRecord(metadata.getTopic(), metadata.getPartition(), metadata.getOffset(),
                metadata.getTimestamp(), metadata.getKey(), message.getPayload(), metadata.getHeaders());
    }
}
