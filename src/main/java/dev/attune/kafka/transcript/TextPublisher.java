package dev.attune.kafka.transcript;

import dev.attune.text.TextRead;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/** Sends the estimator's events to their topics, keyed by pool, as structured CloudEvents. */
@ApplicationScoped
public class TextPublisher {
    private final MutinyEmitter<byte[]> emitter;

    @Inject
    public TextPublisher(@Channel("text-events") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 16384)
            MutinyEmitter<byte[]> emitter) {
        this.emitter = emitter;
    }

    /** Completes when every event is on the broker. */
    public CompletionStage<Void> publish(List<TextRead.Outgoing> events) {
        CompletableFuture<?>[] sent = events.stream().map(this::send).toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(sent);
    }

    private CompletableFuture<Void> send(TextRead.Outgoing event) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic())
                .withKey(event.key())
                .withHeaders(headers)
                .build();
        return emitter.sendMessage(Message.of(event.value()).addMetadata(metadata))
                .subscribeAsCompletionStage();
    }
}
