package dev.attune.kafka;

import dev.attune.core.domain.Offer;
import dev.attune.core.engine.RoutingDirective;
import dev.attune.service.DirectiveSink;
import dev.attune.service.EventOrigin;
import dev.attune.kafka.tracing.CallTraces;
import dev.attune.kafka.tracing.Publication;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Publishes the engine's directives on routing.decisions as CloudEvents in the configured mode
 * (attune.kafka.publish-mode), keyed by pool. The
 * {@value #AFTER} header records which input record the decision followed, so a restarted service can
 * replay the decision at the same point of its pool's history. Each decision's CloudEvent carries the W3C trace
 * context of its publication in the traceparent extension ({@link CallTraces}).
 */
@ApplicationScoped
public class DecisionPublisher implements DirectiveSink {
    /**
     * Header: for each input topic/partition of the pool, the record the engine had applied last when it
     * decided, comma-separated topic/partition@offset.
     */
    public static final String AFTER = "attune-after";
    public static final String CONTENT_TYPE = "content-type";

    private final MutinyEmitter<byte[]> emitter;
    private final DirectiveEncoding encoding;
    private final CallTraces traces;
    /**
     * One thread encodes and hands decisions to the emitter, in the order the engine decided them: publishing
     * was 15% of the routing thread's samples at 1,000 calls/s, and now runs beside it on the other core.
     */
    private final ExecutorService sender = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "attune-publisher");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    public DecisionPublisher(@Channel("decisions") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 16384)
            MutinyEmitter<byte[]> emitter, KafkaSettings settings, CallTraces traces) {
        this.emitter = emitter;
        this.traces = traces;
        this.encoding = new DirectiveEncoding(settings);
    }

    @Override
    public CompletionStage<Void> publish(RoutingDirective directive, Instant at, EventOrigin cause, List<String> after) {
        Offer offer = directive.offer();
        String decisionId = offer == null ? directive.callId() + "/unroutable" : offer.decisionId();
        Publication publication = traces.publication(decisionId, directive.poolId(), directive.callId(),
                cause == null ? null : cause.traceparent(), cause == null ? 0 : cause.receivedNanos());
        String causationId = cause == null ? null : cause.eventId();
        CompletableFuture<Void> sent = new CompletableFuture<>();
        try {
            sender.execute(() -> send(directive, at, causationId, publication.traceparent(), after, sent));
        } catch (RejectedExecutionException stopping) {
            sent.completeExceptionally(stopping);
        }
        return sent.whenComplete((ok, failure) -> publication.sent(failure));
    }

    /** On the sending thread: encoding and handing to the emitter, in the order the engine decided. */
    private void send(RoutingDirective directive, Instant at, String causationId, String traceparent, List<String> after,
            CompletableFuture<Void> sent) {
        try {
            RecordHeaders headers = new RecordHeaders();
            byte[] value = encoding.encode(directive, at, causationId, traceparent, headers);
            if (!after.isEmpty()) {
                headers.add(AFTER, String.join(",", after).getBytes(StandardCharsets.UTF_8));
            }
            OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                    .withKey(directive.poolId())
                    .withHeaders(headers)
                    .build();
            emitter.sendMessage(Message.of(value).addMetadata(metadata)).subscribe()
                    .with(ok -> sent.complete(null), sent::completeExceptionally);
        } catch (RuntimeException e) {
            sent.completeExceptionally(e);
        }
    }

    /** Lets the directives already handed over be sent, then stops the sending thread. */
    @PreDestroy
    void stop() {
        sender.shutdown();
    }
}
