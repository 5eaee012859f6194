package dev.attune.fault;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attune.load.AcdWire;
import dev.attune.load.Caller;
import dev.attune.load.KafkaClients;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The malformed corpus: one input record per way an integrator gets an event wrong, and one at the broker's
 * size limit, sent among live traffic. Each must end on routing.dead-letter with its reason (matched by the
 * dead letter's topic/partition/offset headers) while routing goes on.
 */
final class MalformedCorpus {
    /**
     * The broker's default message.max.bytes is 1,048,588 bytes for a whole batch (value, key, headers and about
     * 100 bytes of framing): a value of this size is as large as a single record on it can be.
     */
    static final int AT_SIZE_LIMIT = 1_048_000;

    /** One corpus record and the dead-letter reason it must get. */
    record Entry(String what, ProducerRecord<String, byte[]> record, String reason) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final AcdWire wire = new AcdWire();
    private final List<Entry> entries = new ArrayList<>();

    /** @param caller a well-formed call of a real pool, which each entry spoils in one way */
    MalformedCorpus(Caller caller) throws IOException {
        String pool = caller.poolId();
        ProducerRecord<String, byte[]> arrived = wire.callArrived(caller, Instant.now());
        add("not JSON", AcdWire.CALLS, pool, "{\"specversion\": \"1.0\", ".getBytes(StandardCharsets.UTF_8), "BAD_JSON");
        add("empty value", AcdWire.CALLS, pool, new byte[0], "BAD_JSON");
        add("JSON, not an envelope", AcdWire.CALLS, pool, "[1, 2, 3]".getBytes(StandardCharsets.UTF_8), "BAD_ENVELOPE");
        add("unknown type", arrived, e -> e.put("type", "dev.attune.call.teleported"), "UNKNOWN_TYPE");
        add("agent event on the calls topic", AcdWire.CALLS, pool,
                wire.agentStateChanged(pool, "no-such-agent", "AVAILABLE", null, Instant.now()).value(),
                "UNEXPECTED_TOPIC");
        add("string where a number belongs", arrived, e -> data(e).put("priority", "high"), "WRONG_TYPE");
        add("required field missing", arrived, e -> data(e).remove("callId"), "MISSING_FIELD");
        add("field the schema lacks", arrived, e -> data(e).put("colour", "blue"), "UNKNOWN_FIELD");
        add("key is not the pool", AcdWire.CALLS, pool + "-elsewhere", fresh(arrived).value(), "KEY_MISMATCH");
        add("unknown agent", AcdWire.AGENTS, pool,
                wire.agentStateChanged(pool, "no-such-agent", "AVAILABLE", null, Instant.now()).value(),
                "UNKNOWN_AGENT");
        byte[] huge = new byte[AT_SIZE_LIMIT];
        Arrays.fill(huge, (byte) 'x');
        add("a record at the broker's size limit (" + AT_SIZE_LIMIT + " bytes)", AcdWire.CALLS, pool, huge,
                "TOO_LARGE");
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    /**
     * Sends the corpus and waits (bounded) for a dead letter of each; returns, per entry, the reason it got
     * ("none" when no dead letter came).
     */
    Map<Entry, String> sendAndCollect(String bootstrap, Duration timeout) throws Exception {
        Map<String, Entry> byPosition = new LinkedHashMap<>();
        Map<Entry, String> reasons = new LinkedHashMap<>();
        try (KafkaConsumer<String, byte[]> letters = KafkaClients.assignedConsumer(bootstrap, "fault-corpus-letters",
                List.of(AcdWire.DEAD_LETTER));
                KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
            letters.poll(Duration.ZERO); // settle the assignment at the end before anything is sent
            for (Entry entry : entries) {
                RecordMetadata sent = producer.send(entry.record()).get(60, TimeUnit.SECONDS);
                byPosition.put(position(sent.topic(), sent.partition(), sent.offset()), entry);
                reasons.put(entry, "none");
            }
            Instant bound = Instant.now().plus(timeout);
            int found = 0;
            while (found < entries.size() && Instant.now().isBefore(bound)) {
                for (ConsumerRecord<String, byte[]> letter : letters.poll(Duration.ofMillis(500))) {
                    Entry entry = byPosition.get(position(header(letter, "dead-letter-topic"),
                            Integer.parseInt(header(letter, "dead-letter-partition", "-1")),
                            Long.parseLong(header(letter, "dead-letter-offset", "-1"))));
                    if (entry != null && "none".equals(reasons.put(entry, header(letter, "dead-letter-reason")))) {
                        found++;
                    }
                }
            }
        }
        return reasons;
    }

    private interface Spoil {
        void apply(ObjectNode envelope);
    }

    private void add(String what, ProducerRecord<String, byte[]> valid, Spoil spoil, String reason) throws IOException {
        ObjectNode envelope = (ObjectNode) json.readTree(valid.value());
        envelope.put("id", java.util.UUID.randomUUID().toString());
        spoil.apply(envelope);
        add(what, valid.topic(), valid.key(), json.writeValueAsBytes(envelope), reason);
    }

    private void add(String what, String topic, String key, byte[] value, String reason) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        entries.add(new Entry(what, record, reason));
    }

    /** The same event under a new id, so the router's duplicate check does not take it for the original. */
    private ProducerRecord<String, byte[]> fresh(ProducerRecord<String, byte[]> valid) throws IOException {
        ObjectNode envelope = (ObjectNode) json.readTree(valid.value());
        envelope.put("id", java.util.UUID.randomUUID().toString());
        return new ProducerRecord<>(valid.topic(), valid.key(), json.writeValueAsBytes(envelope));
    }

    private static ObjectNode data(ObjectNode envelope) {
        return (ObjectNode) envelope.get("data");
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "fault-corpus");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        // Room for the record at the broker's limit: the broker, not this client, must be what limits it.
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(2 * AT_SIZE_LIMIT));
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    private static String position(String topic, int partition, long offset) {
        return topic + "-" + partition + "@" + offset;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return header(record, name, "");
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name, String otherwise) {
        Header header = record.headers().lastHeader(name);
        return header == null ? otherwise : new String(header.value(), StandardCharsets.UTF_8);
    }
}
