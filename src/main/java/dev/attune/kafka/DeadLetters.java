package dev.attune.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Sends unusable records to routing.dead-letter and counts them by reason. The input record is
 * acknowledged only once the dead letter is on the broker, so nothing is lost between the two, except when
 * the dead-letter topic cannot be written at all (the broker refuses it or does not answer in time): then
 * the letter is counted in attune_dead_letters_unwritten_total and logged with the record's position, and
 * the intake goes on. One unusable record must never stop routing for every pool.
 */
@ApplicationScoped
public class DeadLetters {
    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final MutinyEmitter<byte[]> emitter;
    private final Map<DeadLetterReason, Counter> counters = new EnumMap<>(DeadLetterReason.class);
    private final Counter unwritten;
    private final Counter truncated;
    private final int maxBytes;
    private final Duration timeout;

    @Inject
    public DeadLetters(@Channel("dead-letters") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 16384)
            MutinyEmitter<byte[]> emitter, MeterRegistry registry, KafkaSettings settings) {
        this.emitter = emitter;
        this.maxBytes = settings.deadLetter().maxBytes();
        this.timeout = settings.deadLetter().timeout();
        for (DeadLetterReason reason : DeadLetterReason.values()) {
            counters.put(reason, Counter.builder("attune.dead.letters")
                    .description("Input records sent to the dead-letter topic, by reason")
                    .tag("reason", reason.name())
                    .register(registry));
        }
        unwritten = Counter.builder("attune.dead.letters.unwritten")
                .description("Dead letters the broker did not take (refused, too large or timed out): skipped, logged")
                .register(registry);
        truncated = Counter.builder("attune.dead.letters.truncated")
                .description("Dead letters cut down to fit the broker's record size limit")
                .register(registry);
    }

    /** Completes once the letter is on the broker or given up on; never completes exceptionally. */
    public CompletionStage<Void> send(InboundRecord record, Rejection rejection, String eventId, String eventType) {
        DeadLetter letter = new DeadLetter(record, rejection, eventId, eventType, Instant.now());
        counters.get(rejection.reason()).increment();
        FittedLetter fitted = FittedLetter.of(letter, maxBytes);
        // Ids and positions only: payloads may carry customer data and stay out of logs.
        LOG.warnf("dead letter %s from %s (event %s, %s, %d bytes%s): %s", rejection.reason(), record.position(),
                clip(eventId), clip(eventType), record.value() == null ? 0 : record.value().length,
                fitted.cut().isEmpty() ? "" : ", cut: " + fitted.cut(), clip(rejection.detail()));
        if (!fitted.cut().isEmpty()) {
            truncated.increment();
        }
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(fitted.key())
                .withHeaders(fitted.headers())
                .build();
        Uni<Void> sent;
        try {
            sent = emitter.sendMessage(Message.of(fitted.value()).addMetadata(metadata));
        } catch (RuntimeException e) {
            // The emitter refuses at once when its buffer is full or the channel is down.
            return CompletableFuture.completedFuture(unwritten(record, rejection, e));
        }
        return sent.ifNoItem().after(timeout).fail()
                .onFailure().recoverWithItem(failure -> unwritten(record, rejection, failure))
                .subscribeAsCompletionStage();
    }

    private Void unwritten(InboundRecord record, Rejection rejection, Throwable failure) {
        unwritten.increment();
        LOG.errorf("dead letter %s from %s could not be written to the dead-letter topic (%s): skipped, the "
                + "intake goes on", rejection.reason(), record.position(), failure.toString());
        return null;
    }

    private static String clip(String text) {
        return text == null || text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
