package dev.attune.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/** Valid events of every inbound type as an ACD or analytics feed would send them, to break on purpose. */
public final class SampleEvents {
    public static final ObjectMapper JSON = new ObjectMapper();
    public static final String POOL = "retail-east";
    public static final Instant TIME = Instant.parse("2026-03-02T09:15:30Z");

    private SampleEvents() {
    }

    /** Valid data of a type, with every optional field filled. */
    public static ObjectNode data(EventType type) {
        ObjectNode d = JSON.createObjectNode().put("poolId", POOL);
        switch (type) {
            case CALL_ARRIVED -> d.put("callId", "call-1").put("customerId", "cust-9f2").put("productCode", "401K_ROLLOVER")
                    .put("language", "en").put("priority", 1).put("vulnerable", true).put("amountAtStake", 180000)
                    .put("lifeEvent", "BEREAVEMENT").put("lastAgentId", "re-007").put("channel", "VOICE");
            case CALL_UPDATED -> d.put("callId", "call-1").put("productCode", "IRA").put("language", "es")
                    .put("priority", 2).put("vulnerable", false).put("amountAtStake", 5000).putNull("lifeEvent");
            case CALL_ABANDONED -> d.put("callId", "call-1");
            case CALL_ENDED -> {
                d.put("callId", "call-1").put("agentId", "re-007").put("outcome", "RESOLVED").put("csat", 5);
                emotion(d.putObject("emotionAtEnd")).put("estimatedAt", "2026-03-02T09:20:00Z");
            }
            case AGENT_STATE_CHANGED -> d.put("agentId", "re-007").put("state", "WRAP_UP")
                    .put("expectedFreeAt", "2026-03-02T09:16:30Z");
            case AGENT_PROFILE_CHANGED -> {
                d.put("agentId", "re-900").put("displayName", "New Agent").put("empathy", 0.8).put("capacity", 1);
                d.putObject("skills").put("RETIREMENT", 4).put("GENERAL", 3);
                d.putArray("languages").add("en").add("es");
                d.putArray("licences").add("FINRA_SERIES_7");
            }
            case OFFER_ACCEPTED, OFFER_TIMED_OUT -> d.put("decisionId", "call-1#1").put("callId", "call-1")
                    .put("agentId", "re-007");
            case OFFER_REJECTED -> d.put("decisionId", "call-1#1").put("callId", "call-1").put("agentId", "re-007")
                    .put("reason", "on a break");
            case EMOTION_ESTIMATED -> emotion(d.put("callId", "call-1"));
            default -> throw new IllegalArgumentException(type + " is not inbound");
        }
        return d;
    }

    private static ObjectNode emotion(ObjectNode d) {
        return d.put("anxiety", 0.8).put("frustration", 0.3).put("anger", 0.1).put("confusion", 0.4)
                .put("valence", -0.6).put("arousal", 0.7).put("confidence", 0.9);
    }

    /** A structured CloudEvent around the data, with a fresh id. */
    public static ObjectNode envelope(EventType type, ObjectNode data) {
        ObjectNode e = JSON.createObjectNode()
                .put("specversion", "1.0")
                .put("id", UUID.randomUUID().toString())
                .put("source", "urn:acd:test")
                .put("type", type.type())
                .put("time", TIME.toString())
                .put("datacontenttype", "application/json")
                .put("dataschema", EventSchemas.dataSchema(type, 1).toString());
        e.set("data", data);
        return e;
    }

    public static byte[] bytes(ObjectNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] valid(EventType type) {
        return bytes(envelope(type, data(type)));
    }

    /**
     * The binary-mode headers of a structured event: each attribute but data as a ce_* header, and its
     * datacontenttype as content-type.
     */
    public static List<Header> binaryHeaders(ObjectNode envelope) {
        List<Header> headers = new ArrayList<>();
        envelope.fields().forEachRemaining(field -> {
            if (field.getKey().equals("data")) {
                return;
            }
            String name = field.getKey().equals("datacontenttype") ? "content-type" : "ce_" + field.getKey();
            headers.add(new RecordHeader(name, field.getValue().asText().getBytes(StandardCharsets.UTF_8)));
        });
        return headers;
    }
}
