package dev.attune.rest;

import dev.attune.testing.Tokens;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Workforce managers keep agents through /api/v1/workers; every bad request says what is wrong. */
@QuarkusTest
class AgentResourceTest {
    @Inject
    ProfileChangesSeen seen;

    private static String worker(String id, String extra) {
        return """
                {"id": "%s", "pool": "retail-east", "displayName": "New hire",
                 "skills": {"CARDS": 3, "FRAUD": 2}, "languages": ["en", "es"], "licences": [],
                 "empathy": 0.81, "capacity": 1%s}""".formatted(id, extra);
    }

    private static RequestSpecification asManager() {
        return given().auth().oauth2(Tokens.of("wfm")).contentType(ContentType.JSON);
    }

    @Test
    void listsTheSeededRosterAndFilters() {
        given().get("/api/v1/workers").then().statusCode(200).body("size()", greaterThanOrEqualTo(200));
        given().queryParam("pool", "wealth-west").get("/api/v1/workers").then().statusCode(200)
                .body("pool", everyItem(equalTo("wealth-west")));
        given().queryParam("licence", "FINRA_SERIES_7").get("/api/v1/workers").then().statusCode(200)
                .body("licences", everyItem(hasItem("FINRA_SERIES_7")));
        given().get("/api/v1/workers/ww-001").then().statusCode(200)
                .body("id", equalTo("ww-001")).body("pool", equalTo("wealth-west")).body("languages", hasItem("en"));
    }

    @Test
    void absurdListsAreRefusedNamingTheField() {
        StringBuilder skills = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            skills.append(i == 0 ? "" : ", ").append("\"S").append(i).append("\": 3");
        }
        String body = """
                {"id": "many-skills", "pool": "retail-east", "skills": {%s}, "languages": ["en"],
                 "empathy": 0.5, "capacity": 1}""".formatted(skills);
        asManager().body(body).post("/api/v1/workers").then().statusCode(400)
                .body("violations.field", hasItem("skills"));
        asManager().body(worker("many-skills", "").replace("\"capacity\": 1", "\"capacity\": 2147483647"))
                .post("/api/v1/workers").then().statusCode(400).body("violations.field", hasItem("capacity"));
        given().get("/api/v1/workers/many-skills").then().statusCode(404);
    }

    @Test
    void unknownAgentIs404WithAMessage() {
        given().get("/api/v1/workers/nobody").then().statusCode(404).contentType(ContentType.JSON)
                .body("status", equalTo(404)).body("message", equalTo("unknown agent 'nobody'"));
        asManager().body(worker("nobody", "")).put("/api/v1/workers/nobody").then().statusCode(404)
                .body("message", equalTo("unknown agent 'nobody'"));
    }

    @Test
    void createdAgentIsStoredAuditedAndHandedToTheEngine() {
        String id = "new-" + UUID.randomUUID().toString().substring(0, 8);
        asManager().body(worker(id, ", \"reason\": \"new hire, bilingual\"")).post("/api/v1/workers").then()
                .statusCode(201).header("Location", endsWith("/api/v1/workers/" + id))
                .body("id", equalTo(id)).body("skills.CARDS", equalTo(3)).body("languages", contains("en", "es"));
        given().get("/api/v1/workers/" + id).then().statusCode(200).body("empathy", equalTo(0.81f));
        given().get("/api/v1/workers/" + id + "/history").then().statusCode(200).body("$", hasSize(1))
                .body("[0].changedBy", equalTo("wfm")).body("[0].reason", equalTo("new hire, bilingual"))
                .body("[0].before", nullValue()).body("[0].after.id", equalTo(id));
        assertTrue(seen.profiles().stream().anyMatch(e -> e.profile().id().equals(id)));

        asManager().body(worker(id, "")).post("/api/v1/workers").then().statusCode(409)
                .body("message", containsString("already exists"));
    }

    @Test
    void updateReplacesTheProfileAndKeepsBeforeAndAfter() {
        String id = "upd-" + UUID.randomUUID().toString().substring(0, 8);
        asManager().body(worker(id, "")).post("/api/v1/workers").then().statusCode(201);
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON)
                .body(worker(id, ", \"reason\": \"passed QA\"").replace("0.81", "0.9").replace("\"FRAUD\": 2", "\"FRAUD\": 4"))
                .put("/api/v1/workers/" + id).then().statusCode(200).body("skills.FRAUD", equalTo(4));
        given().get("/api/v1/workers/" + id + "/history").then().statusCode(200).body("$", hasSize(2))
                .body("[1].before.skills.FRAUD", equalTo(2)).body("[1].after.skills.FRAUD", equalTo(4))
                .body("[1].after.empathy", equalTo(0.9f)).body("[1].reason", equalTo("passed QA"))
                .body("[1].changedBy", equalTo("admin"));
        assertTrue(seen.profiles().stream().anyMatch(e -> e.profile().id().equals(id) && e.profile().empathy() == 0.9));

        asManager().body(worker("someone-else", "")).put("/api/v1/workers/" + id).then().statusCode(400)
                .body("message", equalTo("the body's id 'someone-else' differs from the path's '" + id + "'"));
        asManager().body(worker(id, "").replace("retail-east", "wealth-west")).put("/api/v1/workers/" + id).then()
                .statusCode(409).body("message", containsString("cannot move to 'wealth-west'"));
    }

    @Test
    void invalidFieldsAreNamed() {
        asManager().body(worker("bad-1", "").replace("0.81", "1.5")).post("/api/v1/workers").then().statusCode(400)
                .body("violations.field", contains("empathy"))
                .body("message", containsString("empathy must be less than or equal to 1"));
        asManager().body(worker("bad-2", "").replace("\"CARDS\": 3", "\"CARDS\": 7")).post("/api/v1/workers").then()
                .statusCode(400).body("violations[0].field", containsString("CARDS"))
                .body("violations[0].message", containsString("less than or equal to 5"));
        asManager().body(worker("bad-3", "").replace("[\"en\", \"es\"]", "[]")).post("/api/v1/workers").then()
                .statusCode(400).body("violations.field", contains("languages"));
        asManager().body(worker("bad id!", "")).post("/api/v1/workers").then().statusCode(400)
                .body("violations.field", contains("id"));
        asManager().body(worker("bad-4", "").replace("\"capacity\": 1", "\"capacity\": 0")).post("/api/v1/workers")
                .then().statusCode(400).body("violations.field", contains("capacity"));
    }

    @Test
    void capacityIsVoiceCallsOrCallsPerChannelAndABadOneIs400NamingTheField() {
        asManager().body(worker("ch-1", "").replace("\"capacity\": 1", "\"capacity\": {\"voice\": 1, \"EMAIL\": 1}"))
                .post("/api/v1/workers").then().statusCode(201);
        given().get("/api/v1/workers/ch-1").then().statusCode(200)
                .body("capacity.VOICE", equalTo(1)).body("capacity.EMAIL", equalTo(1));
        asManager().body(worker("ch-2", "").replace("\"capacity\": 1", "\"capacity\": {\"FAX\": 1}"))
                .post("/api/v1/workers").then().statusCode(400).body("violations.field", contains("capacity.FAX"))
                .body("violations[0].message", containsString("unknown channel"));
        asManager().body(worker("ch-3", "").replace("\"capacity\": 1", "\"capacity\": {\"CHAT\": 21}"))
                .post("/api/v1/workers").then().statusCode(400).body("violations.field", contains("capacity.CHAT"));
        asManager().body(worker("ch-4", "").replace("\"capacity\": 1", "\"capacity\": {\"CHAT\": 0}"))
                .post("/api/v1/workers").then().statusCode(400).body("violations.field", contains("capacity"));
        asManager().body(worker("ch-5", "").replace("\"capacity\": 1", "\"capacity\": [1]"))
                .post("/api/v1/workers").then().statusCode(400).body("violations.field", contains("capacity"));
        given().get("/api/v1/workers/ch-2").then().statusCode(404);
    }

    @Test
    void unreadableBodiesAreExplained() {
        asManager().body(worker("bad-5", ", \"empathyy\": 0.3")).post("/api/v1/workers").then().statusCode(400)
                .body("message", startsWith("unknown field 'empathyy'"));
        asManager().body(worker("bad-6", "").replace("\"capacity\": 1", "\"capacity\": \"one\"")).post("/api/v1/workers")
                .then().statusCode(400).body("message", containsString("capacity"));
        asManager().body("{\"id\": \"bad-7\", ").post("/api/v1/workers").then().statusCode(400)
                .body("message", startsWith("malformed JSON"));
        asManager().body("").post("/api/v1/workers").then().statusCode(400).body("status", equalTo(400));
        asManager().body(worker("bad-8", "").replace("\"capacity\": 1", "\"capacity\": 1.5")).post("/api/v1/workers")
                .then().statusCode(400).body("message", containsString("capacity"));
    }

    @Test
    void changesWithoutAUserAreRefused() {
        given().auth().none().contentType(ContentType.JSON).body(worker("anon-1", "")).post("/api/v1/workers").then()
                .statusCode(401).body("message", containsString("sign-in required"));
        given().get("/api/v1/workers/anon-1").then().statusCode(404);
    }
}
