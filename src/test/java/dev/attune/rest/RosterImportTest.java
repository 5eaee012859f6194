package dev.attune.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A workforce manager imports the roster a WFM tool exported: a dry run shows the diff and the errors per
 * line, applying it changes the roster in one audited step and reaches the engine.
 */
@QuarkusTest
class RosterImportTest {
    private static final String HEADER = "Agent ID,Display Name,Pool,Skills,Languages,Licences,Empathy,Capacity\n";

    @Inject
    ProfileChangesSeen seen;

    private static RequestSpecification asManager() {
        return given().auth().oauth2(Tokens.of("wfm")).contentType("text/csv");
    }

    private static String pool() {
        return "imp-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void dryRunShowsTheDiffAndApplyMakesItAudited() {
        String pool = pool();
        String first = HEADER
                + pool + "-1,Ana Ruiz," + pool + ",CARDS:3;FRAUD:2,en;es,,0.8,voice:1;chat:3\n"
                + pool + "-2,\"Lee, Kim\"," + pool + ",CARDS:4,en,FINRA_SERIES_7,0.6,1\n";
        asManager().body(first).queryParam("reason", "first roster").post("/api/v1/workers/imports?dryRun=false").then()
                .statusCode(200).body("applied", equalTo(true)).body("added", contains(pool + "-1", pool + "-2"));
        given().get("/api/v1/workers/" + pool + "-1").then().statusCode(200)
                .body("capacity.CHAT", equalTo(3)).body("capacity.VOICE", equalTo(1))
                .body("active", equalTo(true)).body("skills.FRAUD", equalTo(2));
        given().get("/api/v1/workers/" + pool + "-2").then().body("displayName", equalTo("Lee, Kim"));

        // The next export: agent 1's empathy changed, agent 2 left, agent 3 joined.
        String second = HEADER
                + pool + "-1,Ana Ruiz," + pool + ",CARDS:3;FRAUD:2,en;es,,0.9,voice:1;chat:3\n"
                + pool + "-3,New Hire," + pool + ",CARDS:1,en,,0.5,voice:1\n";
        asManager().body(second).post("/api/v1/workers/imports").then().statusCode(200)
                .body("dryRun", equalTo(true)).body("applied", equalTo(false)).body("lines", equalTo(2))
                .body("added", contains(pool + "-3"))
                .body("changed.agentId", contains(pool + "-1")).body("changed[0].fields", contains("empathy"))
                .body("deactivated", contains(pool + "-2")).body("unchanged", equalTo(0)).body("errors", empty());
        given().get("/api/v1/workers/" + pool + "-3").then().statusCode(404); // a dry run changes nothing

        asManager().body(second).post("/api/v1/workers/imports?dryRun=false").then().statusCode(200)
                .body("applied", equalTo(true));
        given().get("/api/v1/workers/" + pool + "-2").then().statusCode(200).body("active", equalTo(false));
        given().auth().oauth2(Tokens.of("compliance")).get("/api/v1/workers/" + pool + "-2/history").then()
                .statusCode(200).body("action", contains("CREATED", "DEACTIVATED"))
                .body("changedBy", contains("wfm", "wfm")).body("[0].reason", equalTo("first roster"));
        given().get("/api/v1/workers/" + pool + "-1/history").then().body("[1].after.empathy", equalTo(0.9f));
        given().queryParam("pool", pool).get("/api/v1/workers").then().body("$", hasSize(3));
        assertTrue(seen.profiles().stream().anyMatch(e -> e.profile().id().equals(pool + "-3")));

        // The same file again: nothing to do.
        asManager().body(second).post("/api/v1/workers/imports").then().statusCode(200)
                .body("unchanged", equalTo(2)).body("added", empty()).body("deactivated", empty());
    }

    @Test
    void errorsNameTheLineAndFieldAndNothingIsApplied() {
        String pool = pool();
        String file = HEADER
                + pool + "-1,Ok," + pool + ",CARDS:3,en,,0.8,1\n"
                + pool + "-2,Bad empathy," + pool + ",CARDS:3,en,,1.5,1\n"
                + pool + "-3,Bad skill," + pool + ",CARDS:9,en,,0.5,1\n"
                + pool + "-4,Bad level," + pool + ",CARDS:high,en,,0.5,1\n"
                + pool + "-1,Twice," + pool + ",CARDS:3,en,,0.8,1\n";
        asManager().body(file).post("/api/v1/workers/imports").then().statusCode(200)
                .body("added", contains(pool + "-1"))
                .body("errors.line", contains(3, 4, 5, 6))
                .body("errors.field", hasItem("empathy"))
                .body("errors.field", hasItem("skills[CARDS]"))
                .body("errors.field", hasItem("skills"))
                .body("errors.field", hasItem("agent_id"));
        asManager().body(file).post("/api/v1/workers/imports?dryRun=false").then().statusCode(400)
                .body("message", containsString("nothing applied"))
                .body("message", containsString("line 3, empathy: must be less than or equal to 1"))
                .body("violations.field", hasItem("line 3: empathy"));
        given().get("/api/v1/workers/" + pool + "-1").then().statusCode(404);

        asManager().body("id,name\nx,y\n").post("/api/v1/workers/imports").then().statusCode(200)
                .body("errors[0].line", equalTo(1)).body("errors[0].field", equalTo("agentid"));
        asManager().body("").post("/api/v1/workers/imports").then().statusCode(400)
                .body("violations[0].field", equalTo("file"));
        given().auth().oauth2(Tokens.of("ops")).contentType("text/csv").body(HEADER)
                .post("/api/v1/workers/imports").then().statusCode(403);
    }
}
