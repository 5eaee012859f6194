package dev.attune.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attune.kafka.transcript.TranscriptDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** Valid transcript events, to send or to break on purpose. */
public final class Transcripts {
    public static final ObjectMapper JSON = new ObjectMapper();

    private Transcripts() {
    }

    public static ObjectNode data(String pool, String callId, String text) {
        return JSON.createObjectNode().put("poolId", pool).put("callId", callId).put("speaker", "CALLER")
                .put("offsetMillis", 1200).put("text", text).put("language", "en");
    }

    public static ObjectNode envelope(ObjectNode data) {
        ObjectNode e = JSON.createObjectNode()
                .put("specversion", "1.0")
                .put("id", UUID.randomUUID().toString())
                .put("source", "urn:chat:test")
                .put("type", TranscriptDecoder.TYPE)
                .put("time", Instant.now().toString())
                .put("subject", data.path("callId").asText())
                .put("dataschema", TranscriptDecoder.DATA_SCHEMA);
        e.set("data", data);
        return e;
    }

    public static byte[] bytes(ObjectNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }
}
