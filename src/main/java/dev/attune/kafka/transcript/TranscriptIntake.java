package dev.attune.kafka.transcript;

import dev.attune.kafka.DeadLetters;
import dev.attune.kafka.InboundRecord;
import dev.attune.kafka.KafkaSettings;
import dev.attune.text.TextRead;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Consumes the transcript topic, and acd.calls to know each live call's routing attributes, in its own
 * consumer group (range assignment, so one member owns a pool on both). Each poll is acknowledged once
 * its estimates and dead letters are on the broker. A transcript that cannot be used is dead-lettered
 * without its value: the reason and its position name it, and the text is never copied.
 */
@ApplicationScoped
public class TranscriptIntake {
    /** Header on a transcript dead letter: the value was left out because it holds what a caller said. */
    public static final String REDACTED = "attune-text-redacted";

    private final TranscriptReader reader;
    private final TextPublisher publisher;
    private final DeadLetters deadLetters;
    private final TranscriptDecoder decoder = new TranscriptDecoder();
    private final CallWatcher watcher;
    private final String callsTopic;

    @Inject
    public TranscriptIntake(TranscriptReader reader, TextPublisher publisher, DeadLetters deadLetters,
            KafkaSettings kafka) {
        this.reader = reader;
        this.publisher = publisher;
        this.deadLetters = deadLetters;
        this.watcher = new CallWatcher(kafka.names(), reader.calls());
        this.callsTopic = kafka.topics().calls();
    }

    @Incoming("transcripts")
    public CompletionStage<Void> onBatch(Message<List<byte[]>> batch) {
        List<CompletionStage<Void>> outputs = new ArrayList<>();
        List<TextRead.Outgoing> events = new ArrayList<>();
        List<InboundRecord> records = records(batch);
        // Calls first: a poll groups records by partition, and a call's arrival may sit after its first words.
        records.stream().filter(r -> r.topic().equals(callsTopic)).forEach(watcher::watch);
        for (InboundRecord record : records) {
            if (record.topic().equals(callsTopic)) {
                continue;
            }
            TranscriptDecoder.Result result = decoder.decode(record);
            if (result.rejection() != null) {
                outputs.add(deadLetters.send(redacted(record), result.rejection(), result.eventId(), TranscriptDecoder.TYPE));
            } else {
                events.addAll(reader.read(result.utterance()).events());
            }
        }
        if (!events.isEmpty()) {
            outputs.add(publisher.publish(events));
        }
        CompletableFuture.allOf(outputs.stream().map(CompletionStage::toCompletableFuture)
                .toArray(CompletableFuture[]::new)).whenComplete((ok, failure) -> {
            if (failure == null) {
                batch.ack();
            } else {
                batch.nack(failure);
            }
        });
        return CompletableFuture.completedFuture(null);
    }

    private static InboundRecord redacted(InboundRecord record) {
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.add(REDACTED, "true".getBytes(StandardCharsets.UTF_8));
        return new InboundRecord(record.topic(), record.partition(), record.offset(), record.timestamp(), record.key(),
                null, headers);
    }

    @SuppressWarnings("unchecked")
    private static List<InboundRecord> records(Message<List<byte[]>> batch) {
        IncomingKafkaRecordBatchMetadata<String, byte[]> metadata = batch
                .getMetadata(IncomingKafkaRecordBatchMetadata.class)
                .orElseThrow(() -> new IllegalStateException("transcripts must be a batched Kafka channel"));
        List<InboundRecord> records = new ArrayList<>(metadata.count());
        for (ConsumerRecord<String, byte[]> r : metadata.getRecords()) {
            records.add(new InboundRecord(r.topic(), r.partition(), r.offset(), Instant.ofEpochMilli(r.timestamp()),
                    r.key(), r.value(), r.headers()));
        }
        return records;
    }
}
