package dev.attune.kafka.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attune.kafka.DeadLetterReason;
import dev.attune.kafka.InboundRecord;
import dev.attune.kafka.SampleEvents;
import dev.attune.text.Transcripts;
import dev.attune.text.Utterance;
import org.apache.kafka.common.header.internals.RecordHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The transcript.utterance contract: what is accepted, and what each malformed record is refused as. */
class TranscriptContractTest {
    private static final String MARKER = "zebra-quartz-7731";
    private final TranscriptDecoder decoder = new TranscriptDecoder();

    private static InboundRecord record(String key, byte[] value) {
        return new InboundRecord("acd.transcripts", 0, 42, Instant.now(), key, value, null);
    }

    private static ObjectNode valid() {
        return Transcripts.envelope(Transcripts.data("retail-east", "call-1", "my card was stolen " + MARKER));
    }

    private TranscriptDecoder.Result decode(Consumer<ObjectNode> breakIt) {
        ObjectNode event = valid();
        breakIt.accept(event);
        return decoder.decode(record("retail-east", Transcripts.bytes(event)));
    }

    @Test
    void aValidUtteranceIsRead() {
        ObjectNode event = valid();
        TranscriptDecoder.Result result = decoder.decode(record("retail-east", Transcripts.bytes(event)));
        assertNull(result.rejection());
        Utterance u = result.utterance();
        assertEquals("call-1", u.callId());
        assertEquals(Utterance.Speaker.CALLER, u.speaker());
        assertEquals(1200, u.offsetMillis());
        assertEquals("en", u.language());
        assertEquals(event.path("id").asText(), u.eventId());
        assertFalse(u.toString().contains(MARKER), "an utterance never prints its text");
    }

    @Test
    void aBinaryModeUtteranceIsReadLikeAStructuredOne() {
        ObjectNode event = valid();
        RecordHeaders headers = new RecordHeaders();
        SampleEvents.binaryHeaders(event).forEach(headers::add);
        TranscriptDecoder.Result result = decoder.decode(new InboundRecord("acd.transcripts", 0, 42, Instant.now(),
                "retail-east", Transcripts.bytes((ObjectNode) event.get("data")), headers));
        assertNull(result.rejection());
        assertEquals("call-1", result.utterance().callId());
        assertEquals(event.path("id").asText(), result.utterance().eventId());

        event.remove("time");
        RecordHeaders noTime = new RecordHeaders();
        SampleEvents.binaryHeaders(event).forEach(noTime::add);
        TranscriptDecoder.Result refused = decoder.decode(new InboundRecord("acd.transcripts", 0, 43, Instant.now(),
                "retail-east", Transcripts.bytes((ObjectNode) event.get("data")), noTime));
        assertEquals(DeadLetterReason.BAD_ENVELOPE, refused.rejection().reason());
    }

    @Test
    void schemaversionWorksInsteadOfDataschema() {
        TranscriptDecoder.Result result = decode(e -> {
            e.remove("dataschema");
            e.put("schemaversion", "1");
        });
        assertNotNull(result.utterance());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json " + MARKER, "{\"text\": \"" + MARKER + "\"", "[1,2]"})
    void bytesThatAreNotAnEventAreRefusedWithoutQuotingThem(String value) {
        TranscriptDecoder.Result result = decoder.decode(record("retail-east", value.getBytes(StandardCharsets.UTF_8)));
        assertNotNull(result.rejection());
        assertFalse(result.rejection().detail().contains(MARKER), result.rejection().detail());
    }

    @Test
    void eachBrokenFieldIsNamedByItsReason() {
        assertReason(DeadLetterReason.MISSING_FIELD, "data: required text", e -> data(e).remove("text"));
        assertReason(DeadLetterReason.WRONG_TYPE, "data/offsetMillis", e -> data(e).put("offsetMillis", "soon"));
        assertReason(DeadLetterReason.INVALID_VALUE, "data/speaker", e -> data(e).put("speaker", MARKER));
        assertReason(DeadLetterReason.INVALID_VALUE, "data/text", e -> data(e).put("text", ""));
        assertReason(DeadLetterReason.INVALID_VALUE, "data/language", e -> data(e).put("language", MARKER));
        assertReason(DeadLetterReason.UNKNOWN_FIELD, "unknown field notes", e -> data(e).put("notes", MARKER));
        assertReason(DeadLetterReason.BAD_ENVELOPE, "time", e -> e.remove("time"));
        assertReason(DeadLetterReason.BAD_ENVELOPE, "specversion", e -> e.put("specversion", "0.3"));
        assertReason(DeadLetterReason.BAD_ENVELOPE, "data must be a JSON object", e -> e.put("data", MARKER));
        assertReason(DeadLetterReason.UNEXPECTED_TOPIC, "only", e -> e.put("type", "dev.attune.call.arrived"));
        assertReason(DeadLetterReason.UNKNOWN_TYPE, "only", e -> e.put("type", "com.example.chat"));
        assertReason(DeadLetterReason.UNKNOWN_VERSION, "dataschema",
                e -> e.put("dataschema", "https://attune.dev/schemas/events/transcript.utterance/v9.json"));
    }

    @Test
    void theKeyMustBeThePool() {
        TranscriptDecoder.Result result = decoder.decode(record("another-pool", Transcripts.bytes(valid())));
        assertEquals(DeadLetterReason.KEY_MISMATCH, result.rejection().reason());
    }

    private void assertReason(DeadLetterReason reason, String detail, Consumer<ObjectNode> breakIt) {
        TranscriptDecoder.Result result = decode(breakIt);
        assertNotNull(result.rejection(), "refused: " + detail);
        assertEquals(reason, result.rejection().reason(), result.rejection().detail());
        assertTrue(result.rejection().detail().contains(detail), result.rejection().detail());
        assertFalse(result.rejection().detail().contains(MARKER), result.rejection().detail());
    }

    private static void assertTrue(boolean condition, String message) {
        org.junit.jupiter.api.Assertions.assertTrue(condition, message);
    }

    private static ObjectNode data(ObjectNode event) {
        return (ObjectNode) event.get("data");
    }
}
