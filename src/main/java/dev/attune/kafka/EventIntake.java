package dev.attune.kafka;

import dev.attune.core.domain.UnknownProductException;
import dev.attune.core.engine.Refusal;
import dev.attune.core.engine.RejectedEventException;
import dev.attune.core.engine.event.CallAbandoned;
import dev.attune.core.engine.event.CallEnded;
import dev.attune.service.EngineHost;
import dev.attune.service.EventOrigin;
import dev.attune.service.Outcome;
import dev.attune.kafka.tracing.CallTraces;
import dev.attune.kafka.tracing.Inbound;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * The one consumer of acd.calls, acd.agents and analytics.emotions (one channel, so one consumer group
 * member owns a pool's partition on all three topics). Records arrive as raw bytes and are checked here,
 * so a bad record becomes a dead letter instead of a deserialisation failure that stops the channel.
 * Each poll is handed to the engine as one batch, in order; it is acknowledged (its offsets become
 * committable) only once its decisions and dead letters are on the broker.
 */
@ApplicationScoped
public class EventIntake {
    private static final Logger LOG = Logger.getLogger(EventIntake.class);
    private final InboundDecoder decoder;
    private final EngineHost host;
    private final DeadLetters deadLetters;
    private final IntakeProgress progress;
    private final ProfileAudit profiles;
    private final CallTraces traces;

    @Inject
    public EventIntake(KafkaSettings settings, EngineHost host, DeadLetters deadLetters, IntakeProgress progress,
            ProfileAudit profiles, CallTraces traces) {
        this.profiles = profiles;
        this.traces = traces;
        this.decoder = settings.decoder();
        this.host = host;
        this.deadLetters = deadLetters;
        this.progress = progress;
    }

    /**
     * One Kafka poll at a time: every record is checked, the usable ones go to the engine together (so it
     * decides what they touched jointly) and the rest to the dead letters. The batch is acknowledged once
     * all its decisions and dead letters are on the broker.
     */
    @Incoming("routing-events")
    public CompletionStage<Void> onBatch(Message<List<byte[]>> batch) {
        long received = System.nanoTime();
        List<CompletionStage<Void>> outputs = new ArrayList<>();
        List<InboundRecord> records = new ArrayList<>();
        List<InboundEvent> events = new ArrayList<>();
        List<InboundRecord> consumed = records(batch);
        progress.consumed(consumed);
        for (InboundRecord record : consumed) {
            Decoded decoded = decoder.decode(record);
            if (decoded instanceof Decoded.Unusable unusable) {
                outputs.add(deadLetters.send(record, unusable.rejection(), unusable.eventId(), unusable.eventType()));
            } else {
                records.add(record);
                events.add(((Decoded.Usable) decoded).event());
            }
        }
        if (events.isEmpty()) {
            progress.applied(consumed);
            settle(batch, outputs);
            return CompletableFuture.completedFuture(null);
        }
        List<EventOrigin> origins = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            InboundEvent event = events.get(i);
            String position = records.get(i).position();
            boolean callOver = event.event() instanceof CallEnded || event.event() instanceof CallAbandoned;
            String traceparent = traces.intake(new Inbound(event.type().type(), event.id(), event.event().callId(),
                    event.traceparent(), position, callOver));
            origins.add(new EventOrigin(event.identity(), event.id(), position, received, traceparent));
        }
        return host.applyAll(events.stream().map(InboundEvent::event).toList(), origins).handle((outcomes, failure) -> {
            if (failure != null) {
                // The host is stopping: the records are not the problem. Left unacknowledged, their offsets are
                // not committed and the next owner of the partitions consumes them.
                LOG.debugf("batch of %d records left for the next owner: %s", events.size(), failure.getMessage());
                return null;
            }
            progress.applied(consumed);
            for (int i = 0; i < outcomes.size(); i++) {
                Outcome outcome = outcomes.get(i);
                if (outcome.status() == Outcome.Status.APPLIED) {
                    outputs.add(outcome.published());
                    profiles.applied(events.get(i), records.get(i));
                } else if (outcome.status() != Outcome.Status.DUPLICATE) {
                    InboundEvent event = events.get(i);
                    outputs.add(deadLetters.send(records.get(i), rejection(outcome), event.id(), event.type().type()));
                }
            }
            settle(batch, outputs);
            return null;
        });
    }

    /** Which dead-letter reason an engine refusal is: by the refusal's code, never by its message. */
    static Rejection rejection(Outcome outcome) {
        RuntimeException failure = outcome.failure();
        if (outcome.status() == Outcome.Status.FAILED) {
            return new Rejection(DeadLetterReason.PROCESSING_ERROR, failure.getClass().getSimpleName() + ": "
                    + failure.getMessage());
        }
        String detail = String.valueOf(failure.getMessage());
        if (failure instanceof RejectedEventException refused) {
            return new Rejection(reasonFor(refused.refusal()), detail);
        }
        return new Rejection(failure instanceof UnknownProductException ? DeadLetterReason.UNKNOWN_PRODUCT
                : DeadLetterReason.INCONSISTENT, detail);
    }

    static DeadLetterReason reasonFor(Refusal refusal) {
        return switch (refusal) {
            case UNKNOWN_AGENT -> DeadLetterReason.UNKNOWN_AGENT;
            case UNKNOWN_PRODUCT -> DeadLetterReason.UNKNOWN_PRODUCT;
            case INCONSISTENT -> DeadLetterReason.INCONSISTENT;
            case INVALID_VALUE -> DeadLetterReason.INVALID_VALUE;
        };
    }

    private void settle(Message<?> message, List<CompletionStage<Void>> outputs) {
        CompletableFuture.allOf(outputs.stream().map(CompletionStage::toCompletableFuture)
                .toArray(CompletableFuture[]::new)).whenComplete((ok, failure) -> {
            if (failure == null) {
                message.ack();
            } else {
                // Only decisions can fail here (dead letters give up instead): failure-strategy=fail stops the channel.
                progress.failed(failure);
                message.nack(failure);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static List<InboundRecord> records(Message<List<byte[]>> batch) {
        IncomingKafkaRecordBatchMetadata<String, byte[]> metadata = batch
                .getMetadata(IncomingKafkaRecordBatchMetadata.class)
                .orElseThrow(() -> new IllegalStateException("routing-events must be a batched Kafka channel"));
        List<InboundRecord> records = new ArrayList<>(metadata.count());
        for (ConsumerRecord<String, byte[]> r : metadata.getRecords()) {
            records.add(new InboundRecord(r.topic(), r.partition(), r.offset(), Instant.ofEpochMilli(r.timestamp()),
                    r.key(), r.value(), r.headers()));
        }
        return records;
    }
}
