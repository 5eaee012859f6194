package dev.attune.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.attune.service.EngineHost;
import dev.attune.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A workforce manager deactivates, reactivates and deletes agents: each change is audited with the
 * signed-in user, and the engine follows at once (a pending reservation is rescinded, the agent's live state
 * shows beside its profile while it is routed).
 */
@QuarkusTest
class AgentLifecycleTest {
    @Inject
    EngineHost host;

    private TestPool pool;

    @BeforeEach
    void engineRuns() {
        TestPool.awaitEngine(host);
        pool = new TestPool();
    }

    @Test
    void deactivationTakesTheAgentOutOfRoutingAndActivationBringsItBack() {
        String agent = pool.addAgent("dora", 0.7);
        pool.addAgent("fay", 0.5); // logged out, but could take c1: without her c1 would be refused as unroutable
        pool.state(agent, "AVAILABLE").statusCode(200);
        given().get("/api/v1/workers/" + agent).then().body("state", equalTo("AVAILABLE")).body("active", equalTo(true));
        pool.call("c1", "").statusCode(201).body("status", equalTo("RESERVED"));

        given().auth().oauth2(Tokens.of("wfm")).queryParam("reason", "left the team")
                .post("/api/v1/workers/" + agent + "/deactivate")
                .then().statusCode(200).body("active", equalTo(false));
        Awaitility.await().atMost(TestPool.WAIT).untilAsserted(() -> pool.task("c1").body("status", equalTo("QUEUED")));
        given().get("/api/v1/workers/" + agent).then().body("state", nullValue());
        pool.state(agent, "AVAILABLE").statusCode(404);

        given().post("/api/v1/workers/" + agent + "/activate").then().statusCode(200).body("active", equalTo(true));
        Awaitility.await().atMost(TestPool.WAIT).untilAsserted(() -> given().get("/api/v1/workers/" + agent).then()
                .body("state", equalTo("LOGGED_OUT")));
        given().auth().oauth2(Tokens.of("compliance")).get("/api/v1/workers/" + agent + "/history").then()
                .statusCode(200).body("action", contains("CREATED", "DEACTIVATED", "ACTIVATED"))
                .body("changedBy", contains("admin", "wfm", "admin")).body("[1].reason", equalTo("left the team"));
    }

    @Test
    void deletionRemovesTheAgentAndKeepsItsHistory() {
        String agent = pool.addAgent("eve", 0.6);
        pool.state(agent, "AVAILABLE").statusCode(200);

        given().auth().oauth2(Tokens.of("wfm")).queryParam("reason", "duplicate record")
                .delete("/api/v1/workers/" + agent)
                .then().statusCode(200).body("action", equalTo("DELETED")).body("before.id", equalTo(agent))
                .body("changedBy", equalTo("wfm"));
        given().get("/api/v1/workers/" + agent).then().statusCode(404);
        Awaitility.await().atMost(TestPool.WAIT).untilAsserted(() -> pool.state(agent, "AVAILABLE").statusCode(404)
                .body("message", containsString(agent)));
        given().auth().oauth2(Tokens.of("compliance")).get("/api/v1/workers/" + agent + "/history").then()
                .statusCode(200).body("action", contains("CREATED", "DELETED"))
                .body("[1].reason", equalTo("duplicate record"));
        given().delete("/api/v1/workers/" + agent).then().statusCode(404);
        given().auth().oauth2(Tokens.of("ops")).delete("/api/v1/workers/" + pool.agent("x")).then().statusCode(403);
    }
}
