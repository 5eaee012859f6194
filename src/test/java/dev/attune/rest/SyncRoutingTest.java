package dev.attune.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.service.EngineHost;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An ACD without Kafka routes calls through REST: a call arrives and gets a reservation (or a place in
 * queue) within the deadline, the agent accepts, rejects or lets it time out, and ops see the queue.
 */
@QuarkusTest
class SyncRoutingTest {
    @Inject
    EngineHost host;

    private TestPool pool;

    @BeforeEach
    void engineRuns() {
        TestPool.awaitEngine(host);
        pool = new TestPool();
    }

    @Test
    void availableAgentGetsTheCallWithinTheDeadlineAndAcceptsIt() {
        String agent = pool.addAgent("alice", 0.8);
        pool.state(agent, "AVAILABLE").statusCode(200).body("state", equalTo("AVAILABLE")).body("offers", hasSize(0));

        long started = System.nanoTime();
        var reserved = pool.call("c1", ", \"customerId\": \"cust-1\", \"priority\": 1").statusCode(201)
                .body("status", equalTo("RESERVED"))
                .body("callId", equalTo("c1"))
                .body("reservation.agentId", equalTo(agent))
                .body("reservation.pool", equalTo(pool.id))
                .body("reservation.score", notNullValue())
                .body("reservation.reasons", not(emptyIterable()))
                .body("reservation.whisper", notNullValue())
                .body("reservation.careNeed.level", notNullValue())
                .extract();
        assertTrue(System.nanoTime() - started < Duration.ofSeconds(2).toNanos());
        String decisionId = reserved.path("reservation.decisionId");
        assertTrue(reserved.header("Location").endsWith("/api/v1/decisions/" + decisionId), reserved.header("Location"));

        // Asked again (a retry after a lost answer): the same reservation, no second offer.
        pool.call("c1", "").statusCode(201).body("reservation.decisionId", equalTo(decisionId));
        pool.task("c1").statusCode(200).body("status", equalTo("RESERVED"));
        pool.health().statusCode(200).body("pendingOffers", equalTo(1))
                .body("reservations[0].decisionId", equalTo(decisionId))
                .body("agentsByState.RESERVED", equalTo(1)).body("waitingCalls", equalTo(0));
        String deadline = pool.task("c1").extract().path("reservation.reservationDeadline");
        assertTrue(Instant.parse(deadline).isAfter(Instant.now()));

        pool.answer(decisionId, "accept", agent).statusCode(200).body("status", equalTo("ACCEPTED"))
                .body("callId", equalTo("c1")).body("offers", hasSize(0));
        pool.answer(decisionId, "accept", agent).statusCode(200).body("status", equalTo("ACCEPTED"));
        pool.answer(decisionId, "reject", agent).statusCode(409)
                .body("message", equalTo("reservation " + decisionId + " is no longer pending: it is ACCEPTED"));
        Awaitility.await().atMost(TestPool.WAIT).untilAsserted(() -> given().get("/api/v1/decisions/" + decisionId)
                .then().statusCode(200).body("status", equalTo("ACCEPTED")).body("agentId", equalTo(agent)));
        // The call is with its agent now: asking about it again says so.
        pool.call("c1", "").statusCode(200).body("status", equalTo("ASSIGNED"))
                .body("reservation.decisionId", equalTo(decisionId));
        pool.health().body("pendingOffers", equalTo(0)).body("agentsByState.BUSY", equalTo(1));
    }

    @Test
    void callWithNoFreeAgentIsQueuedAndOfferedWhenOneFreesUp() {
        String agent = pool.addAgent("bob", 0.7);
        pool.state(agent, "BUSY").statusCode(200).body("offers", hasSize(0));
        long started = System.nanoTime();
        pool.call("c2", ", \"deadlineMillis\": 50").statusCode(202)
                .header("Location", endsWith("/api/v1/pools/" + pool.id + "/tasks/c2"))
                .body("status", equalTo("QUEUED")).body("queuePosition", equalTo(1)).body("waitingCalls", equalTo(1))
                .body("reservation", equalTo(null));
        assertTrue(System.nanoTime() - started < Duration.ofSeconds(2).toNanos());
        pool.call("c3", ", \"deadlineMillis\": 0").statusCode(202).body("waitingCalls", equalTo(2));
        pool.health().statusCode(200).body("waitingCalls", equalTo(2)).body("waiting.callId", hasItem("c2"))
                .body("waiting[0].position", equalTo(1)).body("agentsByState.BUSY", equalTo(1))
                .body("waiting.waitReason", everyItem(equalTo("ALL_ELIGIBLE_BUSY")))
                .body("routingMode", notNullValue());
        given().get("/api/v1/pools/" + pool.id + "/tasks/c2/candidates").then().statusCode(200)
                .body("candidates.agentId", equalTo(List.of(agent)))
                .body("candidates[0].availableNow", equalTo(false))
                .body("candidates[0].contributions.constraint", hasItem("Empathy for distress"));

        // The agent is free: the state change answers with the reservation it led to.
        String decisionId = pool.state(agent, "AVAILABLE").statusCode(200)
                .body("offers", hasSize(1)).body("offers[0].agentId", equalTo(agent))
                .extract().path("offers[0].decisionId");
        String offered = pool.health().extract().path("reservations[0].callId");
        pool.task(offered).statusCode(200).body("status", equalTo("RESERVED"))
                .body("reservation.decisionId", equalTo(decisionId));

        // Rejected: the call goes back to its place and is never offered to that agent again.
        pool.answer(decisionId, "reject", agent).statusCode(200).body("status", equalTo("REJECTED"))
                .body("callId", equalTo(offered));
        Awaitility.await().atMost(TestPool.WAIT).untilAsserted(() -> given().get("/api/v1/decisions/" + decisionId)
                .then().body("status", equalTo("REJECTED")).body("statusReason", equalTo("on a break")));
        given().get("/api/v1/pools/" + pool.id + "/tasks/" + offered + "/candidates").then().statusCode(200)
                .body("candidates", hasSize(0));
        // The free agent took the other call instead, so only the rejected one waits.
        pool.health().body("waitingCalls", equalTo(1)).body("waiting[0].callId", equalTo(offered))
                .body("pendingOffers", equalTo(1));

        given().post("/api/v1/pools/" + pool.id + "/tasks/" + offered + "/abandon").then().statusCode(200)
                .body("status", equalTo("ABANDONED"));
        pool.task(offered).statusCode(404).body("message", containsString("no call '" + offered + "'"));
        pool.call(offered, "").statusCode(409).body("message", containsString("a new call needs a new call id"));
    }

    @Test
    void unansweredReservationTimesOutAndTheAgentIsSetAway() {
        String agent = pool.addAgent("carol", 0.9);
        pool.state(agent, "AVAILABLE").statusCode(200);
        String decisionId = pool.call("c4", "").statusCode(201).extract().path("reservation.decisionId");
        pool.answer(decisionId, "timeout", agent).statusCode(200).body("status", equalTo("TIMED_OUT"));
        pool.health().body("agentsByState.AWAY", equalTo(1)).body("waitingCalls", equalTo(1))
                .body("counters.timeouts", equalTo(1));
        pool.task("c4").body("status", equalTo("QUEUED"));
    }

    @Test
    void poolsAreListedWithTheirCounts() {
        String agent = pool.addAgent("dave", 0.6);
        pool.addAgent("erin", 0.6);
        pool.state(agent, "AVAILABLE").statusCode(200);
        List<Map<String, Object>> pools = given().get("/api/v1/pools").then().statusCode(200)
                .body("pool", hasItem("retail-east")).extract().path("$");
        Map<String, Object> ours = pools.stream().filter(p -> pool.id.equals(p.get("pool"))).findFirst().orElseThrow();
        assertTrue(ours.get("agents").equals(2) && ours.get("availableAgents").equals(1), ours.toString());
        assertTrue(((Map<?, ?>) ours.get("agentsByState")).get("LOGGED_OUT").equals(1), ours.toString());
    }

    @Test
    void weightChangeReachesTheEngineForCallsAlreadyWaiting() {
        pool.state(pool.addAgent("frank", 0.2), "BUSY").statusCode(200);
        pool.call("c5", ", \"deadlineMillis\": 0").statusCode(202);
        String path = "/api/v1/pools/" + pool.id + "/tasks/c5/candidates";
        String empathy = "candidates[0].contributions.find { it.constraint == 'Empathy for distress' }.score";
        int before = given().get(path).then().statusCode(200).extract().path(empathy);
        assertNotEquals(0, before, "a low-empathy agent for a caller with some distress costs something");
        int weight = given().get("/api/v1/weights").then().extract().path("weights.'Empathy for distress'");
        try {
            weights("{\"Empathy for distress\": 0}", "test: switch empathy off");
            Awaitility.await().atMost(TestPool.WAIT).untilAsserted(() ->
                    given().get(path).then().body(empathy, equalTo(0)));
        } finally {
            weights("{\"Empathy for distress\": " + weight + "}", "test: restore");
        }
        Awaitility.await().atMost(TestPool.WAIT).untilAsserted(() ->
                given().get(path).then().body(empathy, lessThan(0)));
    }

    @Test
    void profileChangeReachesTheEngineForCallsAlreadyWaiting() {
        String agent = pool.addAgent("gina", 0.8);
        pool.state(agent, "BUSY").statusCode(200);
        pool.call("c6", ", \"deadlineMillis\": 0").statusCode(202);
        String path = "/api/v1/pools/" + pool.id + "/tasks/c6/candidates";
        given().get(path).then().statusCode(200).body("candidates.agentId", equalTo(List.of(agent)));
        // A workforce manager takes card services off the agent's skills: the waiting call no longer fits them,
        // and as nobody else in the pool could ever take it, it is refused (call.unroutable), not left waiting.
        given().contentType(ContentType.JSON)
                .body("""
                        {"pool": "%s", "skills": {"GENERAL": 2}, "languages": ["en"], "licences": [],
                         "empathy": 0.8, "capacity": 1, "reason": "moved to general enquiries"}""".formatted(pool.id))
                .put("/api/v1/workers/" + agent).then().statusCode(200);
        Awaitility.await().atMost(TestPool.WAIT).untilAsserted(() ->
                given().get(path).then().statusCode(404));
    }

    @Test
    void openApiDescribesTheRoutingEndpoints() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/pools/{pool}/tasks'.post.summary", containsString("A call arrives"))
                .body("paths.'/api/v1/pools/{pool}/queue-health'.get", notNullValue())
                .body("paths.'/api/v1/pools/{pool}/reservations/{decisionId}/accept'.post", notNullValue())
                .body("paths.'/api/v1/pools/{pool}/tasks/{callId}/candidates'.get", notNullValue());
    }

    private static void weights(String weights, String reason) {
        given().contentType(ContentType.JSON)
                .body("{\"weights\": " + weights + ", \"reason\": \"" + reason + "\"}")
                .put("/api/v1/weights").then().statusCode(200);
    }
}
