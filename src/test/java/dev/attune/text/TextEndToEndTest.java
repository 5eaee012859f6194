package dev.attune.text;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attune.kafka.AcdSimulator;
import dev.attune.kafka.EventType;
import dev.attune.kafka.SampleEvents;
import dev.attune.kafka.transcript.TranscriptReader;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Transcripts through the real broker and service: a caller's words on the transcript topic become an
 * emotion.estimated and a call.updated that the router uses (the offer goes to the fraud agent, with a
 * whisper naming the caller's feeling); the REST endpoint does the same for IVR and chat front ends.
 */
@QuarkusTest
class TextEndToEndTest {
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String SCARED = "Someone stole my card and used it, there are payments I don't recognise. "
            + "I'm really scared and worried, I'm panicking.";
    private final AcdSimulator acd = new AcdSimulator("text");

    @Inject
    TranscriptReader reader;

    @AfterEach
    void close() {
        acd.close();
    }

    @Test
    void aCallersWordsChangeTheProductCareNeedAndWhisperOfTheirCall() {
        String fraudAgent = acd.agent("fraud");
        String generalAgent = acd.agent("general");
        acd.send(EventType.AGENT_PROFILE_CHANGED, profile(fraudAgent, "FRAUD", 0.9));
        acd.send(EventType.AGENT_PROFILE_CHANGED, profile(generalAgent, "CARDS", 0.3));
        ObjectNode call = SampleEvents.data(EventType.CALL_ARRIVED).put("callId", "c1").put("productCode", "GENERAL")
                .put("vulnerable", false).put("amountAtStake", 0).put("priority", 0);
        call.putNull("lifeEvent");
        acd.send(EventType.CALL_ARRIVED, call);
        Awaitility.await().atMost(WAIT).until(() -> reader.calls().get(acd.pool(), "c1").isPresent());

        try (OutputTopics out = new OutputTopics(List.of("analytics.emotions", "acd.calls"))) {
            acd.send(reader.settings().topic(), acd.pool(),
                    Transcripts.bytes(Transcripts.envelope(Transcripts.data(acd.pool(), "c1", SCARED))), List.of());
            JsonNode emotion = await(out, "dev.attune.emotion.estimated");
            assertEquals("urn:attune:text", emotion.path("source").asText());
            assertTrue(emotion.path("data").path("anxiety").asDouble() >= 0.4, emotion.toString());
            JsonNode updated = await(out, "dev.attune.call.updated");
            assertEquals("FRAUD_DISPUTE", updated.path("data").path("productCode").asText());
        }
        acd.send(EventType.AGENT_STATE_CHANGED, available(generalAgent));
        acd.send(EventType.AGENT_STATE_CHANGED, available(fraudAgent));
        JsonNode offer = acd.awaitDecision(e -> e.path("data").path("callId").asText().equals("c1"), WAIT).path("data");
        assertEquals(fraudAgent, offer.path("agentId").asText(), offer.toString());
        String whisper = offer.path("whisper").asText();
        assertTrue(whisper.startsWith("Caller anxious") || whisper.startsWith("Caller frustrated")
                || whisper.startsWith("Caller angry"), whisper);
        assertTrue(whisper.contains("Fraud"), whisper);
    }

    @Test
    void aFrontEndPostsAnUtteranceAndTheRouterHearsIt() {
        try (OutputTopics out = new OutputTopics(List.of("analytics.emotions"))) {
            given().contentType("application/json")
                    .body("{\"speaker\":\"CALLER\",\"offsetMillis\":0,\"language\":\"en\",\"text\":\"" + SCARED + "\"}")
                    .when().post("/api/v1/pools/" + acd.pool() + "/calls/web-1/utterances")
                    .then().statusCode(200)
                    .body("skipped", is("NOT_SKIPPED"))
                    .body("emotion.anxiety", greaterThanOrEqualTo(0.4f))
                    .body("intent.name", is(org.hamcrest.Matchers.notNullValue()))
                    .body("published", is(1));
            JsonNode emotion = await(out, "dev.attune.emotion.estimated");
            assertEquals("web-1", emotion.path("data").path("callId").asText());
        }
        given().contentType("application/json").body("{\"offsetMillis\":0,\"language\":\"en\",\"text\":\"hello\"}")
                .when().post("/api/v1/pools/" + acd.pool() + "/calls/web-1/utterances")
                .then().statusCode(400).body(containsString("speaker"));
        given().contentType("application/json")
                .body("{\"speaker\":\"AGENT\",\"offsetMillis\":0,\"language\":\"en\",\"text\":\"how can I help?\"}")
                .when().post("/api/v1/pools/" + acd.pool() + "/calls/web-1/utterances")
                .then().statusCode(200).body("skipped", is("NOT_THE_CALLER")).body("published", is(0));
    }

    private JsonNode await(OutputTopics out, String type) {
        Optional<JsonNode>[] found = new Optional[] {Optional.empty()};
        Awaitility.await().atMost(WAIT).until(() -> {
            found[0] = out.records().stream()
                    .filter(r -> acd.pool().equals(r.key()))
                    .map(r -> AcdSimulator.json(r.value()))
                    .filter(e -> e.path("type").asText().equals(type))
                    .findFirst();
            return found[0].isPresent();
        });
        return found[0].get();
    }

    private static ObjectNode profile(String agent, String skill, double empathy) {
        ObjectNode data = SampleEvents.data(EventType.AGENT_PROFILE_CHANGED).put("agentId", agent).put("empathy", empathy);
        data.putObject("skills").put(skill, 4).put("GENERAL", 3);
        data.putArray("languages").add("en");
        data.putArray("licences");
        return data;
    }

    private static ObjectNode available(String agent) {
        ObjectNode data = SampleEvents.data(EventType.AGENT_STATE_CHANGED).put("agentId", agent).put("state", "AVAILABLE");
        data.putNull("expectedFreeAt");
        return data;
    }

    static String text(ConsumerRecord<String, byte[]> record) {
        StringBuilder all = new StringBuilder(record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8));
        record.headers().forEach(h -> all.append(' ').append(new String(h.value(), StandardCharsets.UTF_8)));
        return all.toString();
    }
}
