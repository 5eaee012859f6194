package dev.attune.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.attune.service.EngineHost;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every way an ACD or an ops screen can ask wrongly gets a 4xx JSON answer that says what is wrong. */
@QuarkusTest
class RoutingApiErrorsTest {
    @Inject
    EngineHost host;

    private TestPool pool;

    @BeforeEach
    void engineRuns() {
        TestPool.awaitEngine(host);
        pool = new TestPool();
    }

    private ValidatableResponse post(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then().contentType(ContentType.JSON);
    }

    @Test
    void unknownPoolsAre404() {
        given().get("/api/v1/pools/no-such-pool/queue-health").then().statusCode(404).contentType(ContentType.JSON)
                .body("status", equalTo(404)).body("message", equalTo("unknown routing pool 'no-such-pool'"));
        post("/api/v1/pools/no-such-pool/tasks", "{\"callId\": \"c1\", \"productCode\": \"CARD_SERVICES\", \"language\": \"en\"}")
                .statusCode(404).body("message", equalTo("unknown routing pool 'no-such-pool'"));
        post("/api/v1/pools/no-such-pool/reservations/d1/accept", "{\"agentId\": \"a1\"}").statusCode(404);
        given().contentType(ContentType.JSON).body("{\"state\": \"AVAILABLE\"}")
                .put("/api/v1/pools/no-such-pool/workers/a1/state").then().statusCode(404);
    }

    @Test
    void badTasksAreRefusedAndNothingIsQueued() {
        pool.addAgent("alice", 0.8);
        String tasks = "/api/v1/pools/" + pool.id + "/tasks";
        post(tasks, "{\"callId\": \"c1\", \"productCode\": \"PET_INSURANCE\", \"language\": \"en\"}").statusCode(400)
                .body("message", equalTo("call 'c1' names product 'PET_INSURANCE', which the catalogue does not have"));
        post(tasks, "{\"productCode\": \"CARD_SERVICES\", \"language\": \"en\"}").statusCode(400)
                .body("violations.field", contains("callId"));
        post(tasks, "{\"callId\": \"c2\", \"productCode\": \"CARD_SERVICES\", \"language\": \"English\"}").statusCode(400)
                .body("violations[0].field", equalTo("language"))
                .body("violations[0].message", startsWith("must be a language code"));
        post(tasks, "{\"callId\": \"c3\", \"productCode\": \"CARD_SERVICES\", \"language\": \"en\", \"priority\": -1}")
                .statusCode(400).body("violations.field", contains("priority"));
        post(tasks, "{\"callId\": \"c4\", \"productCode\": \"CARD_SERVICES\", \"language\": \"en\", \"amountAtStake\": -5}")
                .statusCode(400).body("violations.field", contains("amountAtStake"));
        post(tasks, "{\"callId\": \"c5\", \"productCode\": \"CARD_SERVICES\", \"language\": \"en\", \"deadlineMillis\": -1}")
                .statusCode(400).body("violations.field", contains("deadlineMillis"));
        post(tasks, "{\"callId\": \"c6\", \"productCode\": \"CARD_SERVICES\", \"language\": \"en\", \"customerName\": \"Jo\"}")
                .statusCode(400).body("message", startsWith("unknown field 'customerName'"));
        post(tasks, "{\"callId\": \"c7\", \"productCode\": \"CARD_SERVICES\", \"language\": \"en\", \"priority\": 1.5}")
                .statusCode(400).body("message", containsString("priority"));
        post(tasks, "{\"callId\": \"c8\", \"productCode\": ").statusCode(400).body("message", startsWith("malformed JSON"));
        given().contentType(ContentType.JSON).post(tasks).then().statusCode(400)
                .body("message", equalTo("a JSON body is required"));
        given().contentType(ContentType.TEXT).body("c9").post(tasks).then().statusCode(415);
        pool.health().statusCode(200).body("waitingCalls", equalTo(0));
    }

    @Test
    void badAnswersToReservationsAreRefused() {
        String agent = pool.addAgent("bob", 0.8);
        String other = pool.addAgent("carol", 0.8);
        pool.state(agent, "AVAILABLE").statusCode(200);
        String decisionId = pool.call("c1", "").statusCode(201).extract().path("reservation.decisionId");
        String reservation = "/api/v1/pools/" + pool.id + "/reservations/";

        post(reservation + "no-such-decision/accept", "{\"agentId\": \"" + agent + "\"}").statusCode(404)
                .body("message", equalTo("no reservation 'no-such-decision' in pool '" + pool.id + "'"));
        post(reservation + decisionId + "/accept", "{\"agentId\": \"" + other + "\"}").statusCode(409)
                .body("message", equalTo("reservation " + decisionId + " is for agent '" + agent + "', not '" + other + "'"));
        post(reservation + decisionId + "/accept", "{}").statusCode(400).body("violations.field", contains("agentId"));
        post(reservation + decisionId + "/accept", "{\"agentId\": \"" + agent + "\", \"mood\": \"happy\"}").statusCode(400)
                .body("message", startsWith("unknown field 'mood'"));
        given().contentType(ContentType.JSON).post(reservation + decisionId + "/accept").then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"agentId\": \"" + agent + "\"}")
                .post(reservation + decisionId + "/maybe").then().statusCode(404).body("message", startsWith("nothing at"));
        // None of that touched the reservation.
        pool.task("c1").statusCode(200).body("status", equalTo("RESERVED")).body("reservation.decisionId", equalTo(decisionId));
    }

    @Test
    void badReadsAndStatesAreRefused() {
        String agent = pool.addAgent("dave", 0.8);
        String base = "/api/v1/pools/" + pool.id;
        given().get(base + "/tasks/nobody").then().statusCode(404)
                .body("message", equalTo("no call 'nobody' in pool '" + pool.id + "'"));
        given().get(base + "/tasks/nobody/candidates").then().statusCode(404)
                .body("message", equalTo("no call 'nobody' waiting or offered in pool '" + pool.id + "'"));
        given().queryParam("limit", 0).get(base + "/tasks/nobody/candidates").then().statusCode(400)
                .body("violations.field", contains("limit"));
        given().post(base + "/tasks/nobody/abandon").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"state\": \"AVAILABLE\"}").put(base + "/workers/nobody/state")
                .then().statusCode(404).body("message", equalTo("no agent 'nobody' in pool '" + pool.id + "'"));
        given().contentType(ContentType.JSON).body("{\"state\": \"ASLEEP\"}").put(base + "/workers/" + agent + "/state")
                .then().statusCode(400).body("message", containsString("state"));
        given().contentType(ContentType.JSON).body("{}").put(base + "/workers/" + agent + "/state")
                .then().statusCode(400).body("violations.field", contains("state"));
    }
}
