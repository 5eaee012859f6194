package dev.attune.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Sends unusable records to routing.dead-letter and counts them by reason. The input record is
 * acknowledged only once the dead letter is on the broker, so nothing is lost between the two.
 */
@ApplicationScoped
public class DeadLetters {
    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final MutinyEmitter<byte[]> emitter;
    private final Map<DeadLetterReason, Counter> counters = new EnumMap<>(DeadLetterReason.class);

    @Inject
    public DeadLetters(@Channel("dead-letters") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 16384)
            MutinyEmitter<byte[]> emitter, MeterRegistry registry) {
        this.emitter = emitter;
        for (DeadLetterReason reason : DeadLetterReason.values()) {
            counters.put(reason, Counter.builder("attune.dead.letters")
                    .description("Input records sent to the dead-letter topic, by reason")
                    .tag("reason", reason.name())
                    .register(registry));
        }
    }

    public CompletionStage<Void> send(InboundRecord record, Rejection rejection, String eventId, String eventType) {
        DeadLetter letter = new DeadLetter(record, rejection, eventId, eventType, Instant.now());
        counters.get(rejection.reason()).increment();
        // Ids and positions only: payloads may carry customer data and stay out of logs.
        LOG.warnf("dead letter %s from %s (event %s, %s): %s", rejection.reason(), record.position(),
                eventId, eventType, rejection.detail());
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(record.key())
                .withHeaders(letter.headers())
                .build();
        byte[] value = record.value() == null ? new byte[0] : record.value();
        return emitter.sendMessage(Message.of(value).addMetadata(metadata)).subscribeAsCompletionStage();
    }
}
