package dev.attune.kafka;

import static dev.attune.kafka.AcdSimulator.header;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attune.testing.LocalInfrastructureResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Records no dead-letter topic can take whole, through the real broker: one near the broker's 1 MiB limit
 * is dead-lettered cut down (with its size, hash and position), one the dead-letter topic refuses is
 * counted and skipped, and after each an ordinary call is still offered and liveness stays UP.
 */
@QuarkusTest
class OversizedRecordTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TRACE = "x-acd-trace";
    private final AcdSimulator acd = new AcdSimulator("oversized");

    @AfterEach
    void close() {
        acd.close();
    }

    @Test
    void aRecordAtTheBrokersLimitIsDeadLetteredCutDownAndRoutingGoesOn() {
        staff();
        String trace = UUID.randomUUID().toString();
        byte[] value = padded(1_040_000);
        RecordMetadata sent = acd.send("acd.calls", acd.pool(), value, headers(trace));

        ConsumerRecord<String, byte[]> letter = acd.awaitDeadLetter(TRACE, trace, WAIT);
        assertEquals(DeadLetterReason.TOO_LARGE.name(), header(letter, DeadLetter.REASON));
        assertEquals(Integer.toString(value.length), header(letter, DeadLetter.ORIGINAL_SIZE));
        assertEquals(FittedLetter.sha256(value), header(letter, DeadLetter.SHA256));
        assertEquals("value", header(letter, DeadLetter.TRUNCATED));
        assertEquals("acd.calls", header(letter, DeadLetter.TOPIC));
        assertEquals(Integer.toString(sent.partition()), header(letter, DeadLetter.PARTITION));
        assertEquals(Long.toString(sent.offset()), header(letter, DeadLetter.OFFSET));
        assertTrue(letter.value().length < value.length, "cut down: " + letter.value().length);
        assertTrue(Arrays.equals(Arrays.copyOf(value, letter.value().length), letter.value()), "the value's first bytes");

        assertStillRouting("after-the-big-one");
        given().when().get("/q/metrics").then().statusCode(200)
                .body(matchesPattern("(?s).*attune_dead_letters_truncated_total [1-9].*"))
                .body(matchesPattern("(?s).*attune_intake_stopped\\{channel=\"routing-events\"\\} 0\\.0.*"));
    }

    @Test
    void aDeadLetterTheBrokerRefusesIsCountedAndSkipped() throws Exception {
        staff();
        // A first, ordinary dead letter: the topic exists before its limit is lowered.
        String first = UUID.randomUUID().toString();
        acd.send("acd.calls", acd.pool(), "not json".getBytes(StandardCharsets.UTF_8), headers(first));
        acd.awaitDeadLetter(TRACE, first, WAIT);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                LocalInfrastructureResource.bootstrapServers()))) {
            topicLimit(admin, "200000");
            try {
                acd.send("acd.calls", acd.pool(), padded(300_000), headers(UUID.randomUUID().toString()));
                Awaitility.await().atMost(WAIT).untilAsserted(() -> given().when().get("/q/metrics").then()
                        .body(matchesPattern("(?s).*attune_dead_letters_unwritten_total [1-9].*")));
                assertStillRouting("after-the-refused-one");
            } finally {
                topicLimit(admin, null);
            }
        }
    }

    private void staff() {
        ObjectNode profile = SampleEvents.data(EventType.AGENT_PROFILE_CHANGED).put("agentId", acd.agent("a1"));
        profile.putObject("skills").put("GENERAL", 3);
        acd.send(EventType.AGENT_PROFILE_CHANGED, profile);
    }

    private void assertStillRouting(String callId) {
        acd.send(EventType.AGENT_STATE_CHANGED, SampleEvents.data(EventType.AGENT_STATE_CHANGED)
                .put("agentId", acd.agent("a1")).put("state", "AVAILABLE"));
        acd.send(EventType.CALL_ARRIVED, SampleEvents.data(EventType.CALL_ARRIVED).put("callId", callId)
                .put("productCode", "GENERAL"));
        JsonNode offer = acd.awaitDecision(e -> e.path("data").path("callId").asText().equals(callId), WAIT);
        assertEquals(acd.agent("a1"), offer.path("data").path("agentId").asText());
        given().when().get("/q/health/live").then().statusCode(200);
    }

    /** A call.arrived envelope that is well-formed JSON, padded to the given size. */
    private byte[] padded(int size) {
        ObjectNode envelope = SampleEvents.envelope(EventType.CALL_ARRIVED,
                SampleEvents.data(EventType.CALL_ARRIVED).put("poolId", acd.pool()));
        int base = SampleEvents.bytes(envelope).length;
        envelope.put("padding", "x".repeat(size - base - ",\"padding\":\"\"".length()));
        byte[] bytes = SampleEvents.bytes(envelope);
        assertEquals(size, bytes.length);
        return bytes;
    }

    private static List<Header> headers(String trace) {
        return List.of(new RecordHeader(TRACE, trace.getBytes(StandardCharsets.UTF_8)),
                new RecordHeader("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8)));
    }

    /** Sets (or with null restores) the dead-letter topic's own record size limit. */
    private static void topicLimit(Admin admin, String bytes) throws Exception {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, AcdSimulator.TOPICS.deadLetter());
        ConfigEntry entry = new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, bytes);
        AlterConfigOp op = new AlterConfigOp(entry, bytes == null ? AlterConfigOp.OpType.DELETE : AlterConfigOp.OpType.SET);
        admin.incrementalAlterConfigs(Map.of(topic, List.of(op))).all().get(10, TimeUnit.SECONDS);
    }
}
