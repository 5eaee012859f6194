package dev.attune.rest;

import static io.restassured.RestAssured.given;

import dev.attune.service.EngineHost;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;

/**
 * A routing pool of its own for one test, built only through the REST API as a workforce manager and an
 * ACD without Kafka would: agents added through /api/v1/workers, states, calls and answers through
 * /api/v1/pools/{pool}/...
 */
final class TestPool {
    static final Duration WAIT = Duration.ofSeconds(20);
    final String id = "rest-" + UUID.randomUUID().toString().substring(0, 8);

    /** Waits until the engine runs (state rebuilt from Kafka), so events are not refused with 503. */
    static void awaitEngine(EngineHost host) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> host.state() == EngineHost.State.RUNNING);
    }

    String agent(String name) {
        return id + "-" + name;
    }

    /** Adds an agent who takes card-services calls in English, and waits until the engine knows it. */
    String addAgent(String name, double empathy) {
        String agentId = agent(name);
        given().contentType(ContentType.JSON)
                .body("""
                        {"id": "%s", "pool": "%s", "skills": {"CARDS": 3, "GENERAL": 2}, "languages": ["en"],
                         "licences": [], "empathy": %s, "capacity": 1}""".formatted(agentId, id, empathy))
                .post("/api/v1/workers").then().statusCode(201);
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(20)).until(() -> given()
                .get("/api/v1/pools/" + id + "/queue-health").then().extract().statusCode() == 200);
        return agentId;
    }

    ValidatableResponse state(String agentId, String state) {
        return given().contentType(ContentType.JSON).body("{\"state\": \"" + state + "\"}")
                .put("/api/v1/pools/" + id + "/workers/" + agentId + "/state").then();
    }

    /** A routine card-services call in English. */
    ValidatableResponse call(String callId, String extra) {
        return given().contentType(ContentType.JSON)
                .body("{\"callId\": \"" + callId + "\", \"productCode\": \"CARD_SERVICES\", \"language\": \"en\"" + extra + "}")
                .post("/api/v1/pools/" + id + "/tasks").then();
    }

    ValidatableResponse answer(String decisionId, String answer, String agentId) {
        return given().contentType(ContentType.JSON).body("{\"agentId\": \"" + agentId + "\", \"reason\": \"on a break\"}")
                .post("/api/v1/pools/" + id + "/reservations/" + decisionId + "/" + answer).then();
    }

    ValidatableResponse task(String callId) {
        return given().get("/api/v1/pools/" + id + "/tasks/" + callId).then();
    }

    ValidatableResponse health() {
        return given().get("/api/v1/pools/" + id + "/queue-health").then();
    }
}
