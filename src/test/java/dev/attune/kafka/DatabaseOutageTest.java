package dev.attune.kafka;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attune.persistence.DecisionJournal;
import dev.attune.service.port.DecisionRecord;
import dev.attune.service.port.DecisionStatus;
import dev.attune.service.EngineHost;
import dev.attune.testing.LocalInfrastructureResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL server stopped and started again under a routing pool: routing, readiness and the synchronous
 * API go on while it is down, and afterwards every decision of the outage is in the journal with its answer.
 */
@QuarkusTest
class DatabaseOutageTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final AcdSimulator acd = new AcdSimulator("outage");

    @Inject
    EngineHost host;
    @Inject
    DecisionJournal journal;

    @AfterEach
    void close() {
        LocalInfrastructureResource.postgres().resume();
        acd.close();
    }

    @Test
    void aDatabaseOutageDelaysTheJournalAndLosesNoDecision() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> host.state() == EngineHost.State.RUNNING);
        for (int i = 1; i <= 5; i++) {
            acd.send(EventType.AGENT_PROFILE_CHANGED, profile(acd.agent("a" + i)));
            acd.send(EventType.AGENT_STATE_CHANGED, state(acd.agent("a" + i)));
        }
        acd.send(EventType.CALL_ARRIVED, call("warm-up"));
        acd.awaitDecision(e -> e.path("data").path("callId").asText().equals("warm-up"), WAIT);

        LocalInfrastructureResource.postgres().pause();
        for (String callId : List.of("c1", "c2", "c3")) {
            acd.send(EventType.CALL_ARRIVED, call(callId));
        }
        Map<String, JsonNode> offers = new HashMap<>();
        for (String callId : List.of("c1", "c2", "c3")) {
            offers.put(callId, acd.awaitDecision(e -> e.path("data").path("callId").asText().equals(callId), WAIT));
        }
        answer(EventType.OFFER_ACCEPTED, offers.get("c1"));
        // The synchronous routing API stays in service: the last free agent is offered the REST caller.
        given().contentType(ContentType.JSON)
                .body("{\"callId\": \"rest-1\", \"productCode\": \"401K_ROLLOVER\", \"language\": \"en\"}")
                .post("/api/v1/pools/" + acd.pool() + "/tasks").then().statusCode(201)
                .body("status", equalTo("RESERVED"));
        answer(EventType.OFFER_REJECTED, offers.get("c2"));
        assertReadyWithinASecond(true);

        LocalInfrastructureResource.postgres().resume();
        List<JsonNode> published = acd.decisions().stream()
                .filter(e -> e.path("type").asText().equals("dev.attune.offer.created")).toList();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            for (JsonNode offer : published) {
                String decisionId = offer.path("data").path("decisionId").asText();
                assertTrue(find(decisionId).isPresent(), "decision " + decisionId + " is in the journal");
            }
        });
        // On a busy machine an offer may run past its reservation deadline before the answer reaches the engine;
        // then the router's rescind is the record. Either way the journal holds what happened.
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertEquals(expected(offers.get("c1"), DecisionStatus.ACCEPTED), status(offers.get("c1")));
            assertEquals(expected(offers.get("c2"), DecisionStatus.REJECTED), status(offers.get("c2")));
            assertEquals(expected(offers.get("c3"), DecisionStatus.PENDING), status(offers.get("c3")));
        });
        assertReadyWithinASecond(false);
    }

    /** Readiness answers at once, UP, and says whether the journal is waiting for the database. */
    private static void assertReadyWithinASecond(boolean databaseAway) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            long started = System.nanoTime();
            Response response = given().get("/q/health/ready");
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(millis < 1000, "readiness answered in " + millis + " ms");
            response.then().statusCode(200).body("status", equalTo("UP"))
                    .body("checks.name", hasItem("decision-journal"));
            String body = response.asString();
            assertEquals(databaseAway, body.contains("unavailable for"), body);
        });
    }

    private Optional<DecisionRecord> find(String decisionId) {
        try {
            return journal.find(decisionId);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** What the journal must say of an offer: RESCINDED if the router published a rescind for it, else the answer. */
    private DecisionStatus expected(JsonNode offer, DecisionStatus answer) {
        String decisionId = offer.path("data").path("decisionId").asText();
        boolean rescinded = acd.decisions().stream().anyMatch(e -> e.path("type").asText().equals(
                "dev.attune.offer.rescinded") && e.path("data").path("decisionId").asText().equals(decisionId));
        return rescinded ? DecisionStatus.RESCINDED : answer;
    }

    private DecisionStatus status(JsonNode offer) {
        return find(offer.path("data").path("decisionId").asText()).map(DecisionRecord::status).orElse(null);
    }

    private void answer(EventType type, JsonNode offer) {
        JsonNode data = offer.path("data");
        ObjectNode answer = SampleEvents.data(type).put("decisionId", data.path("decisionId").asText())
                .put("callId", data.path("callId").asText()).put("agentId", data.path("agentId").asText());
        acd.send(type, answer);
    }

    private static ObjectNode profile(String agent) {
        ObjectNode data = SampleEvents.data(EventType.AGENT_PROFILE_CHANGED).put("agentId", agent).put("empathy", 0.8);
        data.putObject("skills").put("RETIREMENT", 4).put("GENERAL", 3);
        data.putArray("languages").add("en");
        data.putArray("licences").add("FINRA_SERIES_7");
        return data;
    }

    private static ObjectNode state(String agent) {
        ObjectNode data = SampleEvents.data(EventType.AGENT_STATE_CHANGED).put("agentId", agent).put("state", "AVAILABLE");
        data.putNull("expectedFreeAt");
        return data;
    }

    private static ObjectNode call(String callId) {
        return SampleEvents.data(EventType.CALL_ARRIVED).put("callId", callId);
    }
}
