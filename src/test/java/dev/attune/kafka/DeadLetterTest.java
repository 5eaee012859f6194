package dev.attune.kafka;

import static dev.attune.kafka.AcdSimulator.header;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bad records through the real broker: each lands on routing.dead-letter with its reason, its original key,
 * bytes and headers, and where it came from, is counted by reason, and routing carries on around it.
 */
@QuarkusTest
class DeadLetterTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String TRACE = "x-acd-trace";
    private final AcdSimulator acd = new AcdSimulator("dead-letters");

    @AfterEach
    void close() {
        acd.close();
    }

    private record Sent(String topic, byte[] value, String trace, RecordMetadata metadata, DeadLetterReason expected) {
    }

    private Sent send(EventType type, ObjectNode envelope, DeadLetterReason expected) {
        return send(AcdSimulator.TOPICS.name(type.topic()), acd.pool(), SampleEvents.bytes(envelope), expected);
    }

    private Sent send(String topic, String key, byte[] value, DeadLetterReason expected) {
        String trace = UUID.randomUUID().toString();
        List<Header> headers = List.of(new RecordHeader(TRACE, trace.getBytes(StandardCharsets.UTF_8)),
                new RecordHeader("x-acd-site", "boston".getBytes(StandardCharsets.UTF_8)),
                new RecordHeader("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8)));
        return new Sent(topic, value, trace, acd.send(topic, key, value, headers), expected);
    }

    private ObjectNode envelope(EventType type, ObjectNode data) {
        return SampleEvents.envelope(type, data.put("poolId", acd.pool()));
    }

    @Test
    void everyKindOfBadRecordIsDeadLetteredWithItsReasonAndRoutingGoesOn() {
        ObjectNode profile = SampleEvents.data(EventType.AGENT_PROFILE_CHANGED).put("agentId", acd.agent("a1"));
        profile.putObject("skills").put("GENERAL", 3);
        acd.send(EventType.AGENT_PROFILE_CHANGED, profile);

        List<Sent> sent = new ArrayList<>();
        sent.add(send("acd.calls", acd.pool(), "{\"specversion\":\"1.0\",".getBytes(StandardCharsets.UTF_8),
                DeadLetterReason.BAD_JSON));
        ObjectNode missing = SampleEvents.data(EventType.CALL_ARRIVED);
        missing.remove("productCode");
        sent.add(send(EventType.CALL_ARRIVED, envelope(EventType.CALL_ARRIVED, missing), DeadLetterReason.MISSING_FIELD));
        sent.add(send(EventType.CALL_ARRIVED, envelope(EventType.CALL_ARRIVED,
                SampleEvents.data(EventType.CALL_ARRIVED).put("priority", "urgent")), DeadLetterReason.WRONG_TYPE));
        ObjectNode v9 = envelope(EventType.EMOTION_ESTIMATED, SampleEvents.data(EventType.EMOTION_ESTIMATED));
        v9.put("dataschema", EventSchemas.dataSchema(EventType.EMOTION_ESTIMATED, 9).toString());
        sent.add(send(EventType.EMOTION_ESTIMATED, v9, DeadLetterReason.UNKNOWN_VERSION));
        ObjectNode unknownType = envelope(EventType.CALL_ARRIVED, SampleEvents.data(EventType.CALL_ARRIVED))
                .put("type", "dev.attune.call.parked");
        sent.add(send(EventType.CALL_ARRIVED, unknownType, DeadLetterReason.UNKNOWN_TYPE));
        sent.add(send(EventType.AGENT_STATE_CHANGED, envelope(EventType.AGENT_STATE_CHANGED,
                SampleEvents.data(EventType.AGENT_STATE_CHANGED).put("agentId", "nobody-knows")),
                DeadLetterReason.UNKNOWN_AGENT));
        sent.add(send(EventType.CALL_ARRIVED, envelope(EventType.CALL_ARRIVED,
                SampleEvents.data(EventType.CALL_ARRIVED).put("productCode", "SPACE_TOURISM")),
                DeadLetterReason.UNKNOWN_PRODUCT));
        sent.add(send("acd.calls", "some-other-pool", SampleEvents.bytes(envelope(EventType.CALL_ARRIVED,
                SampleEvents.data(EventType.CALL_ARRIVED))), DeadLetterReason.KEY_MISMATCH));

        for (Sent bad : sent) {
            ConsumerRecord<String, byte[]> letter = acd.awaitDeadLetter(TRACE, bad.trace(), WAIT);
            assertEquals(bad.expected().name(), header(letter, DeadLetter.REASON), bad.expected().name());
            assertNotNull(header(letter, DeadLetter.DETAIL));
            assertArrayEquals(bad.value(), letter.value(), "original bytes of " + bad.expected());
            assertEquals("boston", header(letter, "x-acd-site"), "original headers kept");
            assertEquals("application/cloudevents+json", header(letter, "content-type"));
            assertEquals(bad.topic(), header(letter, DeadLetter.TOPIC));
            assertEquals(Integer.toString(bad.metadata().partition()), header(letter, DeadLetter.PARTITION));
            assertEquals(Long.toString(bad.metadata().offset()), header(letter, DeadLetter.OFFSET));
        }
        ConsumerRecord<String, byte[]> product = acd.awaitDeadLetter(TRACE, sent.get(6).trace(), WAIT);
        assertTrue(header(product, DeadLetter.DETAIL).contains("SPACE_TOURISM"), header(product, DeadLetter.DETAIL));
        assertEquals("dev.attune.call.arrived", header(product, DeadLetter.EVENT_TYPE));

        // The router never stopped: a good call after all that is still offered.
        ObjectNode available = SampleEvents.data(EventType.AGENT_STATE_CHANGED).put("agentId", acd.agent("a1")).put("state", "AVAILABLE");
        acd.send(EventType.AGENT_STATE_CHANGED, available);
        acd.send(EventType.CALL_ARRIVED, SampleEvents.data(EventType.CALL_ARRIVED).put("callId", "good-call")
                .put("productCode", "GENERAL"));
        JsonNode offer = acd.awaitDecision(e -> e.path("data").path("callId").asText().equals("good-call"), WAIT);
        assertEquals(acd.agent("a1"), offer.path("data").path("agentId").asText());

        given().when().get("/q/metrics").then().statusCode(200)
                .body(matchesPattern("(?s).*attune_dead_letters_total\\{reason=\"UNKNOWN_PRODUCT\"\\} [1-9].*"))
                .body(matchesPattern("(?s).*attune_dead_letters_total\\{reason=\"BAD_JSON\"\\} [1-9].*"));
    }
}
