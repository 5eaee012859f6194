package dev.attune.kafka;

import static dev.attune.kafka.AcdSimulator.header;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The service driven only through Kafka, as an ACD and an analytics feed would: agents log in, a caller
 * arrives anxious about a rollover, Attune offers the call, the agent accepts it, the call ends.
 */
@QuarkusTest
class AcdEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private final AcdSimulator acd = new AcdSimulator("e2e");
    private final String expert = acd.agent("rollover-expert");
    private final String specialist = acd.agent("card-specialist");

    @AfterEach
    void close() {
        acd.close();
    }

    private ObjectNode profile(String agent, String skill, String licence) {
        ObjectNode data = SampleEvents.data(EventType.AGENT_PROFILE_CHANGED).put("agentId", agent).put("empathy", 0.9);
        data.putObject("skills").put(skill, 4).put("GENERAL", 3);
        data.putArray("languages").add("en");
        data.putArray("licences").add(licence);
        return data;
    }

    private ObjectNode state(String agent, String state) {
        ObjectNode data = SampleEvents.data(EventType.AGENT_STATE_CHANGED).put("agentId", agent).put("state", state);
        data.putNull("expectedFreeAt");
        return data;
    }

    @Test
    void anAcdGetsAnOfferForItsCallAndClosesTheLoop() throws Exception {
        acd.send(EventType.AGENT_PROFILE_CHANGED, profile(expert, "RETIREMENT", "FINRA_SERIES_7"));
        acd.send(EventType.AGENT_PROFILE_CHANGED, profile(specialist, "CARDS", "NONE"));
        acd.send(EventType.AGENT_STATE_CHANGED, state(specialist, "AVAILABLE"));
        String available = acd.send(EventType.AGENT_STATE_CHANGED, state(expert, "AVAILABLE"));
        ObjectNode call = SampleEvents.data(EventType.CALL_ARRIVED).put("callId", "call-1").put("lastAgentId", "nobody");
        String arrival = acd.send(EventType.CALL_ARRIVED, call);
        String emotion = acd.send(EventType.EMOTION_ESTIMATED,
                SampleEvents.data(EventType.EMOTION_ESTIMATED).put("callId", "call-1"));

        JsonNode offer = acd.awaitDecision(e -> e.path("type").asText().equals("dev.attune.offer.created"), WAIT);
        JsonNode data = offer.path("data");
        assertEquals("call-1", data.path("callId").asText());
        assertEquals(expert, data.path("agentId").asText());
        assertEquals(acd.pool(), data.path("poolId").asText());
        assertEquals("1.0", offer.path("specversion").asText());
        assertEquals("call-1", offer.path("subject").asText());
        assertEquals(data.path("decisionId").asText(), offer.path("id").asText());
        assertEquals(EventSchemas.dataSchema(EventType.OFFER_CREATED, 1).toString(), offer.path("dataschema").asText());
        // Topics are not ordered against each other, and one poll is decided as one batch: the offer names
        // whichever of the events that made it possible (or a later one in the same batch) was applied last.
        assertTrue(java.util.Set.of(arrival, available, emotion).contains(offer.path(DecisionEvents.CAUSATION_ID).asText()),
                "causation " + offer.path(DecisionEvents.CAUSATION_ID).asText());
        assertTrue(Instant.parse(data.path("reservationDeadline").asText())
                .isAfter(Instant.parse(data.path("createdAt").asText())));
        assertTrue(data.path("whisper").isTextual());
        assertValid(EventType.OFFER_CREATED, data);
        ConsumerRecord<String, byte[]> record = acd.decisionRecords().get(0);
        assertEquals(acd.pool(), record.key());
        assertTrue(header(record, "content-type").startsWith("application/cloudevents+json"));

        String decisionId = data.path("decisionId").asText();
        ObjectNode accepted = SampleEvents.data(EventType.OFFER_ACCEPTED).put("decisionId", decisionId)
                .put("callId", "call-1").put("agentId", expert);
        acd.send(EventType.OFFER_ACCEPTED, accepted);
        acd.send(EventType.AGENT_STATE_CHANGED, state(expert, "BUSY"));
        ObjectNode ended = SampleEvents.data(EventType.CALL_ENDED).put("callId", "call-1").put("agentId", expert);
        acd.send(EventType.CALL_ENDED, ended);
        acd.send(EventType.AGENT_STATE_CHANGED, state(expert, "WRAP_UP"));
        acd.send(EventType.AGENT_STATE_CHANGED, state(expert, "AVAILABLE"));

        // The same agent, free again, takes the next rollover caller: the loop closed cleanly.
        acd.send(EventType.CALL_ARRIVED, SampleEvents.data(EventType.CALL_ARRIVED).put("callId", "call-2"));
        JsonNode second = acd.awaitDecision(e -> e.path("data").path("callId").asText().equals("call-2"), WAIT);
        assertEquals(expert, second.path("data").path("agentId").asText());
        List<String> types = acd.decisions().stream().map(e -> e.path("type").asText()).toList();
        assertEquals(List.of("dev.attune.offer.created", "dev.attune.offer.created"), types);

        // Queue gauges are refreshed once a second (attune.engine.queue-refresh): a new pool's appear within it.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().when().get("/q/metrics").then().statusCode(200)
                        .body(containsString("attune_decisions_total"))
                        .body(containsString("attune_decision_latency_seconds_bucket"))
                        .body(containsString("attune_queue_depth{pool=\"" + acd.pool() + "\"}")));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
    }

    private static void assertValid(EventType type, JsonNode data) throws Exception {
        try (InputStream schema = AcdEndToEndTest.class.getClassLoader()
                .getResourceAsStream("schemas/" + type.schemaName() + "/v1.json")) {
            assertEquals(java.util.Set.of(), JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(schema).validate(data));
        }
    }
}
