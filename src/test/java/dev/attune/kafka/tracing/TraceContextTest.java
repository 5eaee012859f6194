package dev.attune.kafka.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attune.kafka.AcdSimulator;
import dev.attune.kafka.EventType;
import dev.attune.kafka.SampleEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The W3C trace context an ACD puts on a call's arrival (the CloudEvents traceparent extension) comes back on the
 * offer Attune publishes for that call: same trace, a span of Attune's own, so the ACD's trace of the call goes on
 * through routing. Driven through the real broker, as an ACD would.
 */
@QuarkusTest
class TraceContextTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String ACD_SPAN_ID = "00f067aa0ba902b7";
    private final AcdSimulator acd = new AcdSimulator("trace");

    @AfterEach
    void close() {
        acd.close();
    }

    @Test
    void theOfferContinuesTheTraceOfTheCallsArrival() {
        staffOneAgent();
        arrive("traced-1", "00-" + TRACE_ID + "-" + ACD_SPAN_ID + "-01");

        String[] parts = offerFor("traced-1").path("traceparent").asText().split("-");
        assertEquals(4, parts.length, "the offer carries a W3C traceparent");
        assertEquals("00", parts[0]);
        assertEquals(TRACE_ID, parts[1], "the offer is in the arrival's trace");
        assertNotEquals(ACD_SPAN_ID, parts[2], "the offer's parent is Attune's publish span, not the ACD's");
        assertTrue(parts[2].matches("[0-9a-f]{16}") && !parts[2].equals("0000000000000000"), parts[2]);
        assertEquals("01", parts[3], "sampled as the ACD asked");
    }

    @Test
    void aCallWithoutTraceContextGetsATraceOfItsOwn() {
        staffOneAgent();
        arrive("untraced-1", null);

        String traceparent = offerFor("untraced-1").path("traceparent").asText();
        assertTrue(traceparent.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"), traceparent);
        assertNotEquals(TRACE_ID, traceparent.split("-")[1]);
    }

    private void staffOneAgent() {
        String agent = acd.agent("ana");
        ObjectNode profile = SampleEvents.data(EventType.AGENT_PROFILE_CHANGED).put("agentId", agent)
                .put("displayName", "ana").put("empathy", 0.8);
        profile.putObject("skills").put("CARDS", 3);
        profile.putArray("languages").add("en");
        profile.putArray("licences");
        acd.send(EventType.AGENT_PROFILE_CHANGED, profile);
        acd.send(EventType.AGENT_STATE_CHANGED, SampleEvents.data(EventType.AGENT_STATE_CHANGED)
                .put("agentId", agent).put("state", "AVAILABLE").putNull("expectedFreeAt"));
    }

    private void arrive(String callId, String traceparent) {
        ObjectNode data = SampleEvents.data(EventType.CALL_ARRIVED).put("callId", callId).put("poolId", acd.pool())
                .put("productCode", "CARD_SERVICES").put("priority", 0).put("vulnerable", false)
                .put("amountAtStake", 0).putNull("lifeEvent").putNull("lastAgentId");
        ObjectNode envelope = SampleEvents.envelope(EventType.CALL_ARRIVED, data).put("time", Instant.now().toString());
        if (traceparent != null) {
            envelope.put("traceparent", traceparent);
        }
        acd.send(AcdSimulator.TOPICS.calls(), acd.pool(), SampleEvents.bytes(envelope), List.of(new RecordHeader(
                "content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8))));
    }

    private JsonNode offerFor(String callId) {
        return acd.awaitDecision(e -> e.path("type").asText().equals("dev.attune.offer.created")
                && e.path("data").path("callId").asText().equals(callId), WAIT);
    }
}
