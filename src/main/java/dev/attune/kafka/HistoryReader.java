package dev.attune.kafka;

import dev.attune.service.Replayed;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * Reads back what a restarted instance needs for the partitions it now owns: the input records of the
 * recovery window up to each partition's frontier, and the decisions published on the same partitions of
 * routing.decisions. Uses its own short-lived consumer (no group), so the live consumer's position and
 * commits are untouched until the replay is done.
 */
public final class HistoryReader {
    private static final Logger LOG = Logger.getLogger(HistoryReader.class);
    private static final Duration POLL = Duration.ofMillis(200);

    /** What to replay and where each input partition resumes live. */
    public record Recovery(List<Replayed> history, Map<TopicPartition, Long> resumeAt) {
    }

    private final Map<String, Object> kafka;
    private final TopicNames topics;
    private final InboundDecoder decoder;
    private final DecisionEvents decisions;
    private final Duration window;

    public HistoryReader(Map<String, Object> kafka, TopicNames topics, InboundDecoder decoder,
            DecisionEvents decisions, Duration window) {
        this.kafka = kafka;
        this.topics = topics;
        this.decoder = decoder;
        this.decisions = decisions;
        this.window = window;
    }

    public Recovery read(Collection<TopicPartition> assigned, Map<TopicPartition, OffsetAndMetadata> committed) {
        Set<TopicPartition> inputs = assigned.stream()
                .filter(tp -> topics.inputs().contains(tp.topic()))
                .collect(Collectors.toSet());
        if (inputs.isEmpty()) {
            return new Recovery(List.of(), Map.of());
        }
        long readStarted = System.nanoTime();
        long since = Instant.now().minus(window).toEpochMilli();
        try (KafkaConsumer<String, byte[]> reader = new KafkaConsumer<>(readerConfig())) {
            Set<Integer> partitionNumbers = inputs.stream().map(TopicPartition::partition)
                    .collect(Collectors.toCollection(TreeSet::new));
            samePartitionCounts(reader);
            List<TopicPartition> decisionPartitions = reader.partitionsFor(topics.decisions(), Duration.ofSeconds(10))
                    .stream().map(info -> new TopicPartition(info.topic(), info.partition()))
                    .filter(tp -> partitionNumbers.contains(tp.partition()))
                    .toList();

            List<History.Decision> published = readDecisions(reader, decisionPartitions, since);
            Map<TopicPartition, Long> lastFollowed = History.lastFollowed(published);

            Map<TopicPartition, Long> starts = starts(reader, inputs, since);
            Map<TopicPartition, Long> resumeAt = new HashMap<>();
            for (TopicPartition tp : inputs) {
                OffsetAndMetadata commit = committed == null ? null : committed.get(tp);
                Long followed = lastFollowed.get(tp);
                resumeAt.put(tp, History.frontier(
                        commit == null ? OptionalLong.empty() : OptionalLong.of(commit.offset()),
                        followed == null ? OptionalLong.empty() : OptionalLong.of(followed), starts.get(tp)));
            }
            Map<TopicPartition, List<History.Input>> replay = readInputs(reader, starts, resumeAt);
            List<Replayed> history = History.merge(replay, published);
            // The read time is what a restart spends on history before the replay (the fault suite prints it).
            LOG.infof("recovery of %s: %d input records and %d decisions to replay, read in %d ms, resuming at %s",
                    new TreeSet<>(inputs.stream().map(TopicPartition::toString).toList()),
                    replay.values().stream().mapToInt(List::size).sum(), published.size(),
                    (System.nanoTime() - readStarted) / 1_000_000, resumeAt);
            return new Recovery(history, resumeAt);
        }
    }

    /**
     * A pool lives on the same partition number of every pool-keyed topic only if they all have the same
     * partition count; otherwise a restart would read another pool's decisions. Refuse to route on that.
     */
    private void samePartitionCounts(KafkaConsumer<String, byte[]> reader) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (String topic : List.of(topics.calls(), topics.agents(), topics.emotions(), topics.decisions())) {
            int count = reader.partitionsFor(topic, Duration.ofSeconds(10)).size();
            if (count > 0) {
                counts.put(topic, count);
            }
        }
        if (new java.util.HashSet<>(counts.values()).size() > 1) {
            throw new IllegalStateException("the pool-keyed topics must have the same partition count, but have "
                    + counts + " (see deploy/kubernetes/kafka-topics.yaml)");
        }
    }

    private Map<TopicPartition, Long> starts(KafkaConsumer<String, byte[]> reader, Collection<TopicPartition> partitions,
            long since) {
        Map<TopicPartition, Long> query = new HashMap<>();
        partitions.forEach(tp -> query.put(tp, since));
        // Ends first: a record appended between the two calls is newer than the window start, so it must
        // fall inside the window (asking in the other order skipped it).
        Map<TopicPartition, Long> ends = reader.endOffsets(partitions);
        Map<TopicPartition, OffsetAndTimestamp> found = reader.offsetsForTimes(query);
        Map<TopicPartition, Long> starts = new HashMap<>();
        for (TopicPartition tp : partitions) {
            OffsetAndTimestamp offset = found.get(tp);
            starts.put(tp, offset == null ? ends.get(tp) : offset.offset());
        }
        return starts;
    }

    private List<History.Decision> readDecisions(KafkaConsumer<String, byte[]> reader, List<TopicPartition> partitions,
            long since) {
        List<History.Decision> read = new ArrayList<>();
        if (partitions.isEmpty()) {
            return read;
        }
        Map<TopicPartition, Long> starts = starts(reader, partitions, since);
        Map<TopicPartition, Long> ends = reader.endOffsets(partitions);
        consume(reader, starts, ends, batch -> batch.forEach(record -> decisions.read(record.headers(), record.value(),
                        Instant.ofEpochMilli(record.timestamp()))
                .ifPresent(item -> read.add(History.Decision.of(item, header(record, DecisionPublisher.AFTER))))));
        return read;
    }

    /**
     * The usable input records of each partition in its order; a record the decoder refuses is skipped, as the
     * live intake dead-lettered it. Each poll's records are decoded together on every core.
     */
    private Map<TopicPartition, List<History.Input>> readInputs(KafkaConsumer<String, byte[]> reader,
            Map<TopicPartition, Long> starts, Map<TopicPartition, Long> until) {
        Map<TopicPartition, List<History.Input>> read = new HashMap<>();
        try (OrderedDecoding decoding = new OrderedDecoding(decoder, Runtime.getRuntime().availableProcessors())) {
            consume(reader, starts, until, batch -> {
                List<InboundRecord> inbound = batch.stream().map(record -> new InboundRecord(record.topic(),
                        record.partition(), record.offset(), Instant.ofEpochMilli(record.timestamp()), record.key(),
                        record.value(), record.headers())).toList();
                Decoded[] decoded = decode(decoding, inbound);
                for (int i = 0; i < decoded.length; i++) {
                    if (decoded[i] instanceof Decoded.Usable usable) {
                        InboundRecord record = inbound.get(i);
                        TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                        InboundEvent event = usable.event();
                        read.computeIfAbsent(tp, k -> new ArrayList<>()).add(new History.Input(tp, record.offset(),
                                new Replayed.Input(event.event(), event.identity(), record.position(),
                                        record.timestamp())));
                    }
                }
            });
        }
        return read;
    }

    private static Decoded[] decode(OrderedDecoding decoding, List<InboundRecord> records) {
        try {
            return decoding.decode(records);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading history", e);
        }
    }

    /** Reads each partition from its start (inclusive) to its end (exclusive), a poll's records at a time. */
    private static void consume(KafkaConsumer<String, byte[]> reader, Map<TopicPartition, Long> starts,
            Map<TopicPartition, Long> ends, java.util.function.Consumer<List<ConsumerRecord<String, byte[]>>> each) {
        List<TopicPartition> pending = new ArrayList<>();
        for (TopicPartition tp : starts.keySet()) {
            if (starts.get(tp) < ends.get(tp)) {
                pending.add(tp);
            }
        }
        if (pending.isEmpty()) {
            return;
        }
        reader.assign(pending);
        pending.forEach(tp -> reader.seek(tp, starts.get(tp)));
        Set<TopicPartition> open = new TreeSet<>(java.util.Comparator.comparing(TopicPartition::toString));
        open.addAll(pending);
        while (!open.isEmpty()) {
            List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> record : reader.poll(POLL)) {
                if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                    batch.add(record);
                }
            }
            if (!batch.isEmpty()) {
                each.accept(batch);
            }
            open.removeIf(tp -> reader.position(tp) >= ends.get(tp));
            reader.pause(pending.stream().filter(tp -> !open.contains(tp)).toList());
        }
        reader.unsubscribe();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private Map<String, Object> readerConfig() {
        Map<String, Object> config = KafkaClients.connection(kafka);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "attune-recovery-" + Long.toHexString(System.nanoTime()));
        // Large polls: a history read wants throughput, and each poll's records are decoded together.
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "10000");
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(4 * 1024 * 1024));
        return config;
    }
}
