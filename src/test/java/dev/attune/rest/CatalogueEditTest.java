package dev.attune.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.attune.service.EngineHost;
import dev.attune.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A workforce manager adds and edits a product over REST: bad values are refused naming the field, every
 * change is in the product's history, and the running engine routes by the new catalogue at once.
 */
@QuarkusTest
class CatalogueEditTest {
    @Inject
    EngineHost host;

    private TestPool pool;

    @BeforeEach
    void engineRuns() {
        TestPool.awaitEngine(host);
        pool = new TestPool();
    }

    private static RequestSpecification asManager() {
        return given().auth().oauth2(Tokens.of("wfm")).contentType(ContentType.JSON);
    }

    private static String product(int minimum, String extra) {
        return """
                {"label": "Card limit review", "requiredSkill": "CARDS", "minimumProficiency": %d,
                 "requiredLicence": null, "baseStakes": 0.3, "baseDistress": 0.2,
                 "serviceLevel": {"share": 0.8, "thresholdSeconds": 25}%s}""".formatted(minimum, extra);
    }

    private io.restassured.response.ValidatableResponse call(String code, String callId) {
        return given().contentType(ContentType.JSON)
                .body("{\"callId\": \"" + callId + "\", \"productCode\": \"" + code + "\", \"language\": \"en\"}")
                .post("/api/v1/pools/" + pool.id + "/tasks").then();
    }

    @Test
    void aNewProductAndAnEditReachTheRunningEngine() {
        String code = "LIMIT_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String agent = pool.addAgent("fay", 0.7); // CARDS 3
        pool.state(agent, "AVAILABLE").statusCode(200);

        asManager().body(product(2, ", \"reason\": \"new line of business\"")).put("/api/v1/products/" + code).then()
                .statusCode(200).body("code", equalTo(code)).body("serviceLevel.thresholdSeconds", equalTo(25));
        Awaitility.await().atMost(TestPool.WAIT).untilAsserted(() -> call(code, "c1").statusCode(201)
                .body("status", equalTo("RESERVED")).body("reservation.agentId", equalTo(agent)));
        String decision = pool.task("c1").extract().path("reservation.decisionId");
        pool.answer(decision, "reject", agent).statusCode(200); // the agent is free again; c1 waits

        // Now only a CARDS 5 agent qualifies: the same agent is no longer offered such calls.
        asManager().body(product(5, ", \"reason\": \"experts only\"")).put("/api/v1/products/" + code).then()
                .statusCode(200).body("minimumProficiency", equalTo(5));
        Awaitility.await().atMost(TestPool.WAIT).untilAsserted(() -> call(code, "c-" + UUID.randomUUID()).statusCode(202)
                .body("status", equalTo("QUEUED")));

        given().auth().oauth2(Tokens.of("compliance")).get("/api/v1/products/" + code + "/history").then()
                .statusCode(200).body("changedBy", contains("wfm", "wfm"))
                .body("reason", contains("new line of business", "experts only"))
                .body("[0].before", nullValue()).body("[1].before.minimumProficiency", equalTo(2))
                .body("[1].after.minimumProficiency", equalTo(5));
        given().get("/api/v1/products/" + code).then().body("minimumProficiency", equalTo(5));
    }

    @Test
    void badValuesAreRefusedNamingTheField() {
        asManager().body(product(7, "")).put("/api/v1/products/BAD_1").then().statusCode(400)
                .body("violations.field", hasItem("minimumProficiency"));
        asManager().body(product(2, "").replace("\"share\": 0.8", "\"share\": 0")).put("/api/v1/products/BAD_2")
                .then().statusCode(400).body("violations.field", hasItem("serviceLevel.share"));
        asManager().body(product(2, ", \"requiredSkil\": \"X\"")).put("/api/v1/products/BAD_3").then().statusCode(400)
                .body("message", containsString("requiredSkil"));
        asManager().body(product(2, "")).put("/api/v1/products/bad code!").then().statusCode(400);
        given().get("/api/v1/products/BAD_1").then().statusCode(404);
        given().get("/api/v1/products/BAD_1/history").then().statusCode(404);
        given().auth().oauth2(Tokens.of("ops")).contentType(ContentType.JSON).body(product(2, ""))
                .put("/api/v1/products/BAD_4").then().statusCode(403);
    }

    @Test
    void relaxationRingsAreCheckedStoredAndKeptInTheHistory() {
        String code = "RINGS_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String rings = ", \"rings\": [{\"afterSeconds\": 0, \"minimumProficiency\": 4},"
                + " {\"afterSeconds\": 30, \"minimumProficiency\": 2}]";
        asManager().body(product(2, rings)).put("/api/v1/products/" + code).then().statusCode(200)
                .body("rings.afterSeconds", contains(0, 30)).body("rings.minimumProficiency", contains(4, 2));
        given().get("/api/v1/products/" + code).then().body("rings.minimumProficiency", contains(4, 2));
        given().auth().oauth2(Tokens.of("compliance")).get("/api/v1/products/" + code + "/history").then()
                .statusCode(200).body("[0].after.rings.afterSeconds", contains(0, 30));

        asManager().body(product(2, rings.replace("\"afterSeconds\": 30", "\"afterSeconds\": 0")))
                .put("/api/v1/products/" + code).then().statusCode(400)
                .body("violations.field", hasItem("rings[1].afterSeconds"));
        asManager().body(product(2, rings.replace("\"minimumProficiency\": 2", "\"minimumProficiency\": 3")))
                .put("/api/v1/products/" + code).then().statusCode(400)
                .body("violations.field", hasItem("rings[1].minimumProficiency"));
        asManager().body(product(2, rings.replace("\"afterSeconds\": 0", "\"afterSeconds\": -5")))
                .put("/api/v1/products/" + code).then().statusCode(400)
                .body("violations.field", hasItem(containsString("afterSeconds")));
        given().get("/api/v1/products/" + code).then().body("rings.afterSeconds", contains(0, 30));
    }

    @Test
    void anOverflowRingIsStoredAndOnlyAllowedLast() {
        String code = "OVERFLOW_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String rings = ", \"rings\": [{\"afterSeconds\": 0, \"minimumProficiency\": 4},"
                + " {\"afterSeconds\": 30, \"minimumProficiency\": 2},"
                + " {\"afterSeconds\": 90, \"minimumProficiency\": 4, \"overflowSkill\": \"GENERAL\"}]";
        asManager().body(product(2, rings)).put("/api/v1/products/" + code).then().statusCode(200)
                .body("rings.overflowSkill", contains(null, null, "GENERAL"));
        given().get("/api/v1/products/" + code).then().body("rings.afterSeconds", contains(0, 30, 90))
                .body("rings[2].overflowSkill", org.hamcrest.Matchers.equalTo("GENERAL"));
        String notLast = ", \"rings\": [{\"afterSeconds\": 0, \"minimumProficiency\": 4, \"overflowSkill\": \"GENERAL\"},"
                + " {\"afterSeconds\": 30, \"minimumProficiency\": 2}]";
        asManager().body(product(2, notLast)).put("/api/v1/products/" + code).then().statusCode(400)
                .body("violations.field", hasItem("rings[0].overflowSkill"));
    }
}
