package dev.attune.kafka;

import static dev.attune.kafka.AcdSimulator.header;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * CloudEvents binary mode through the real broker: an ACD that puts attributes in ce_* headers routes calls
 * like one that sends structured events, the two modes mix on one topic, and a bad binary record is
 * dead-lettered with the reason a structured one would get.
 */
@QuarkusTest
class BinaryModeTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TRACE = "x-acd-trace";
    private final AcdSimulator acd = new AcdSimulator("binary-mode");

    @AfterEach
    void close() {
        acd.close();
    }

    @Test
    void anAcdSpeakingBinaryModeGetsOffersAndMayMixModes() {
        acd.availableAgent("a1");
        String arrival = acd.sendBinary(EventType.CALL_ARRIVED, SampleEvents.data(EventType.CALL_ARRIVED)
                .put("callId", "binary-call").put("productCode", "GENERAL"));

        JsonNode offer = acd.awaitDecision(e -> e.path("data").path("callId").asText().equals("binary-call"), WAIT);
        assertEquals(acd.agent("a1"), offer.path("data").path("agentId").asText());
        assertEquals(arrival, offer.path(DecisionEvents.CAUSATION_ID).asText());
        ConsumerRecord<String, byte[]> record = acd.decisionRecords().get(0);
        assertTrue(header(record, "content-type").startsWith("application/cloudevents+json"),
                "published in structured mode by default");

        ObjectNode accepted = SampleEvents.data(EventType.OFFER_ACCEPTED).put("agentId", acd.agent("a1"))
                .put("callId", "binary-call").put("decisionId", offer.path("data").path("decisionId").asText());
        acd.sendBinary(EventType.OFFER_ACCEPTED, accepted);
        acd.sendBinary(EventType.CALL_ARRIVED, SampleEvents.data(EventType.CALL_ARRIVED)
                .put("callId", "second-call").put("productCode", "GENERAL"));
        acd.send(EventType.AGENT_STATE_CHANGED, SampleEvents.data(EventType.AGENT_STATE_CHANGED)
                .put("agentId", acd.agent("a1")).put("state", "AVAILABLE"));
        JsonNode second = acd.awaitDecision(e -> e.path("data").path("callId").asText().equals("second-call"), WAIT);
        assertEquals(acd.agent("a1"), second.path("data").path("agentId").asText(),
                "the binary accept was applied: the agent served the first call and was free again");
    }

    @Test
    void aBadBinaryRecordIsDeadLetteredWithItsReasonAndOriginalHeaders() {
        ObjectNode data = SampleEvents.data(EventType.CALL_ARRIVED).put("poolId", acd.pool());
        ObjectNode noId = SampleEvents.envelope(EventType.CALL_ARRIVED, data);
        noId.remove("id");
        List<Object[]> sent = new ArrayList<>();
        sent.add(send(noId, SampleEvents.bytes(data), DeadLetterReason.BAD_ENVELOPE));
        sent.add(send(SampleEvents.envelope(EventType.CALL_ARRIVED, data), "call=1".getBytes(StandardCharsets.UTF_8),
                DeadLetterReason.BAD_JSON));
        ObjectNode missing = data.deepCopy();
        missing.remove("language");
        sent.add(send(SampleEvents.envelope(EventType.CALL_ARRIVED, missing), SampleEvents.bytes(missing),
                DeadLetterReason.MISSING_FIELD));
        for (Object[] bad : sent) {
            ConsumerRecord<String, byte[]> letter = acd.awaitDeadLetter(TRACE, (String) bad[0], WAIT);
            assertEquals(((DeadLetterReason) bad[2]).name(), header(letter, DeadLetter.REASON));
            assertArrayEquals((byte[]) bad[1], letter.value(), "the original value, untouched");
            assertEquals("dev.attune.call.arrived", header(letter, "ce_type"), "the ce_* headers kept");
        }
    }

    private Object[] send(ObjectNode envelope, byte[] value, DeadLetterReason expected) {
        String trace = UUID.randomUUID().toString();
        List<Header> headers = new ArrayList<>(SampleEvents.binaryHeaders(envelope));
        headers.add(new RecordHeader(TRACE, trace.getBytes(StandardCharsets.UTF_8)));
        acd.send(AcdSimulator.TOPICS.calls(), acd.pool(), value, headers);
        return new Object[] {trace, value, expected};
    }
}
