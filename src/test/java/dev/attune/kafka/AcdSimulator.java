package dev.attune.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attune.testing.LocalInfrastructureResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

/**
 * Plays the ACD and the analytics feed over the real broker: produces CloudEvents on the input topics
 * and reads what Attune publishes on routing.decisions and routing.dead-letter. Each test uses its own
 * pool, so tests sharing the broker never see each other's records.
 */
public final class AcdSimulator implements AutoCloseable {
    public static final TopicNames TOPICS = TopicNames.defaults();

    /** The header docs/events.md recommends, which a Kafka client's own CloudEvents support reacts to. */
    private static final Header STRUCTURED = new org.apache.kafka.common.header.internals.RecordHeader(
            "content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));

    private final String pool;
    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> decisions = new ArrayList<>();
    private final List<ConsumerRecord<String, byte[]>> deadLetters = new ArrayList<>();
    private final Map<String, ProducerRecord<String, byte[]>> sent = new java.util.concurrent.ConcurrentHashMap<>();

    public AcdSimulator(String poolPrefix) {
        this.pool = poolPrefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        // The broker the running service uses, with the credentials it needs (plain, or SCRAM over TLS).
        Map<String, Object> producerSettings = new HashMap<>(LocalInfrastructureResource.clientSettings());
        producerSettings.put(ProducerConfig.ACKS_CONFIG, "all");
        producerSettings.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        producer = new KafkaProducer<>(producerSettings, new StringSerializer(), new ByteArraySerializer());
        Map<String, Object> consumerSettings = new HashMap<>(LocalInfrastructureResource.clientSettings());
        consumerSettings.put(ConsumerConfig.GROUP_ID_CONFIG, "acd-simulator-" + pool);
        consumerSettings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerSettings.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 500);
        consumer = new KafkaConsumer<>(consumerSettings, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(TOPICS.decisions(), TOPICS.deadLetter()));
    }

    public String pool() {
        return pool;
    }

    /** An agent id of this pool: ACD agent ids are unique across pools, and the engine relies on that. */
    public String agent(String name) {
        return pool + "-" + name;
    }

    /** Sends an event about this pool on its topic; returns the CloudEvents id. */
    public String send(EventType type, ObjectNode data) {
        ObjectNode envelope = SampleEvents.envelope(type, data.put("poolId", pool));
        envelope.put("time", java.time.Instant.now().toString());
        String id = envelope.get("id").asText();
        sent.put(id, new ProducerRecord<>(TOPICS.name(type.topic()), pool, SampleEvents.bytes(envelope)));
        send(TOPICS.name(type.topic()), pool, SampleEvents.bytes(envelope), List.of(STRUCTURED));
        return id;
    }

    /** Makes an agent of this pool known (GENERAL at proficiency 3) and available; returns its id. */
    public String availableAgent(String name) {
        ObjectNode profile = SampleEvents.data(EventType.AGENT_PROFILE_CHANGED).put("agentId", agent(name));
        profile.putObject("skills").put("GENERAL", 3);
        send(EventType.AGENT_PROFILE_CHANGED, profile);
        send(EventType.AGENT_STATE_CHANGED, SampleEvents.data(EventType.AGENT_STATE_CHANGED)
                .put("agentId", agent(name)).put("state", "AVAILABLE"));
        return agent(name);
    }

    /**
     * Sends an event about this pool in CloudEvents binary mode: attributes in ce_* headers, the data alone as
     * the value; returns the CloudEvents id.
     */
    public String sendBinary(EventType type, ObjectNode data) {
        ObjectNode envelope = SampleEvents.envelope(type, data.put("poolId", pool));
        envelope.put("time", java.time.Instant.now().toString());
        send(TOPICS.name(type.topic()), pool, SampleEvents.bytes(data), SampleEvents.binaryHeaders(envelope));
        return envelope.get("id").asText();
    }

    /** Sends an event again, byte for byte, as an ACD retrying after a timeout would. */
    public void resend(String eventId) {
        ProducerRecord<String, byte[]> record = sent.get(eventId);
        send(record.topic(), record.key(), record.value(), List.of(STRUCTURED));
    }

    public RecordMetadata send(String topic, String key, byte[] value, List<Header> headers) {
        try {
            return producer.send(new ProducerRecord<>(topic, null, key, value, headers)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("could not produce to " + topic, e);
        }
    }

    /**
     * Makes the agent known (English, the sample skills) and available, places a GENERAL call and waits for its
     * offer; returns the offer's decision id.
     */
    public String offerACall(String name, String callId, Duration timeout) {
        String agent = agent(name);
        ObjectNode profile = SampleEvents.data(EventType.AGENT_PROFILE_CHANGED).put("agentId", agent);
        profile.putArray("languages").add("en");
        send(EventType.AGENT_PROFILE_CHANGED, profile);
        ObjectNode state = SampleEvents.data(EventType.AGENT_STATE_CHANGED).put("agentId", agent)
                .put("state", "AVAILABLE");
        state.putNull("expectedFreeAt");
        send(EventType.AGENT_STATE_CHANGED, state);
        send(EventType.CALL_ARRIVED, SampleEvents.data(EventType.CALL_ARRIVED).put("callId", callId)
                .put("productCode", "GENERAL").put("lastAgentId", "nobody"));
        JsonNode offer = awaitDecision(e -> e.path("type").asText().equals("dev.attune.offer.created")
                && e.path("data").path("callId").asText().equals(callId), timeout);
        return offer.path("data").path("decisionId").asText();
    }

    /**
     * A second member of the routing group (range assignment, as the service's): it takes part of the partitions
     * while it polls, and commits nothing, so the service reads what it saw again once it leaves.
     */
    public static KafkaConsumer<String, byte[]> otherRouter() {
        KafkaConsumer<String, byte[]> other = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalInfrastructureResource.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "attune-router",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG,
                org.apache.kafka.clients.consumer.RangeAssignor.class.getName()),
                new StringDeserializer(), new ByteArrayDeserializer());
        other.subscribe(TOPICS.inputs());
        return other;
    }

    /** Waits for a decision of this pool matching the condition and returns its CloudEvent. */
    public JsonNode awaitDecision(Predicate<JsonNode> condition, Duration timeout) {
        List<JsonNode> found = new ArrayList<>();
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(() -> {
            poll();
            decisions().stream().filter(condition).findFirst().ifPresent(found::add);
            return !found.isEmpty();
        });
        return found.get(0);
    }

    /** Every decision of this pool read so far, as CloudEvents, in the order published. */
    public List<JsonNode> decisions() {
        poll();
        return decisions.stream().filter(r -> pool.equals(r.key())).map(AcdSimulator::event).toList();
    }

    public List<ConsumerRecord<String, byte[]>> decisionRecords() {
        poll();
        return decisions.stream().filter(r -> pool.equals(r.key())).toList();
    }

    /** Waits for the dead letter carrying the given header value. */
    public ConsumerRecord<String, byte[]> awaitDeadLetter(String header, String value, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(() -> {
            poll();
            deadLetters.stream().filter(r -> value.equals(header(r, header))).findFirst().ifPresent(found::add);
            return !found.isEmpty();
        });
        return found.get(0);
    }

    public synchronized void poll() {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(20))) {
            (record.topic().equals(TOPICS.decisions()) ? decisions : deadLetters).add(record);
        }
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        return header(record.headers(), name);
    }

    public static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A record in either CloudEvents mode as the structured event. */
    public static JsonNode event(ConsumerRecord<?, byte[]> record) {
        try {
            return CloudEventRecords.tree(record.headers(), record.value(), SampleEvents.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(byte[] value) {
        try {
            return SampleEvents.JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(2));
        consumer.close(Duration.ofSeconds(2));
    }
}
