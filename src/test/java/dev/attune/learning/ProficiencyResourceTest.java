package dev.attune.learning;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.persistence.RoutingJournal;
import dev.attune.rest.ProfileChangesSeen;
import dev.attune.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Proficiency learned per product skill from the journal on the real PostgreSQL: arrivals (the product), offers,
 * answers and endings go in through the routing journal, learned levels come out over REST, and switching a
 * pool's proficiency source writes audited levels that reach the engine.
 */
@QuarkusTest
class ProficiencyResourceTest {
    @Inject
    RoutingJournal journal;
    @Inject
    ProfileChangesSeen seen;

    private static RequestSpecification asManager() {
        return given().auth().oauth2(Tokens.of("wfm")).contentType(ContentType.JSON);
    }

    @Test
    void aSkilledAgentsLearnedLevelRisesAfterGoodOutcomesOnTheProductAndRoutesWhenChosen() {
        String pool = ServedSkills.withAStar();
        ServedSkills.serve(journal, pool, 80);
        String star = ServedSkills.star(pool);
        String cards = "levels.find { it.agentId == '" + star + "' && it.skill == 'CARDS' }.";
        String general = "levels.find { it.agentId == '" + star + "' && it.skill == 'GENERAL' }.";
        String colleague = "levels.find { it.agentId == '" + pool + "-1' && it.skill == 'CARDS' }.";

        JsonPath learned = given().get("/api/v1/proficiency/" + pool).then().statusCode(200)
                .body("source", equalTo("CONFIGURED")).body("calls", equalTo(120 * (ServedSkills.AGENTS + 1)))
                .body("levels", hasSize(2 * (ServedSkills.AGENTS + 1))).extract().jsonPath();
        assertEquals(2, learned.getInt(cards + "configured"));
        assertEquals(80, learned.getInt(cards + "calls"));
        assertEquals(40, learned.getInt(general + "calls"));
        assertTrue(learned.getList(cards + "products").contains("CARD_SERVICES"));
        double level = learned.getDouble(cards + "learned");
        assertTrue(level > 3, "the star's learned CARDS level rises from 2: " + level);
        assertTrue(learned.getDouble(cards + "lower") > 2, "its interval is clear of the configured 2");
        assertEquals(2, learned.getInt(cards + "routed"), "configured levels route until a manager switches");
        assertTrue(learned.getDouble(colleague + "learned") < 2.5, "a colleague truly at 2 stays near 2");

        JsonPath routed = asManager().body("{\"source\": \"LEARNED\", \"reason\": \"card QA levels are a year old\"}")
                .put("/api/v1/proficiency/" + pool + "/source").then().statusCode(200)
                .body("source", equalTo("LEARNED")).extract().jsonPath();
        int routedLevel = routed.getInt(cards + "routed");
        assertEquals(Math.round(routed.getDouble(cards + "learned")), routedLevel);
        assertTrue(routedLevel >= 3);
        given().get("/api/v1/workers/" + star).then().statusCode(200).body("skills.CARDS", equalTo(routedLevel))
                .body("skills.GENERAL", equalTo(3));
        given().get("/api/v1/workers/" + star + "/history").then().statusCode(200).body("$", hasSize(2))
                .body("[1].changedBy", equalTo("wfm")).body("[1].reason", containsString("proficiency source LEARNED"))
                .body("[1].reason", containsString("CARDS 2 -> " + routedLevel)).body("[1].before.skills.CARDS", equalTo(2));
        assertTrue(seen.profiles().stream().anyMatch(c -> c.profile().id().equals(star)
                && c.profile().proficiency("CARDS") == routedLevel), "the routed level reaches the engine");
        given().get("/api/v1/proficiency/" + pool + "/routed").then().statusCode(200)
                .body("find { it.agentId == '" + star + "' && it.skill == 'CARDS' }.calls", equalTo(80))
                .body("find { it.agentId == '" + star + "' && it.skill == 'CARDS' }.configured", equalTo(2));
        given().get("/api/v1/proficiency/" + pool).then().statusCode(200).body(cards + "configured", equalTo(2));

        asManager().body("{\"source\": \"CONFIGURED\", \"reason\": \"back to QA\"}")
                .put("/api/v1/proficiency/" + pool + "/source").then().statusCode(200);
        given().get("/api/v1/workers/" + star).then().statusCode(200).body("skills.CARDS", equalTo(2));
        given().get("/api/v1/proficiency/" + pool + "/history").then().statusCode(200).body("$", hasSize(2))
                .body("[0].before", equalTo("CONFIGURED")).body("[0].after", equalTo("LEARNED"))
                .body("[0].reason", equalTo("card QA levels are a year old")).body("[1].after", equalTo("CONFIGURED"));
    }

    @Test
    void badRequestsNameTheField() {
        String pool = ServedSkills.withAStar();
        asManager().body("{\"source\": \"SOMETIMES\", \"reason\": \"x\"}").put("/api/v1/proficiency/" + pool + "/source")
                .then().statusCode(400).body("message", containsString("source must be one of"));
        asManager().body("{\"source\": \"LEARNED\"}").put("/api/v1/proficiency/" + pool + "/source")
                .then().statusCode(400).body("message", containsString("reason"));
        given().auth().oauth2(Tokens.of("ops")).contentType(ContentType.JSON)
                .body("{\"source\": \"LEARNED\", \"reason\": \"x\"}").put("/api/v1/proficiency/" + pool + "/source")
                .then().statusCode(403);
        given().get("/api/v1/proficiency/no-such-pool").then().statusCode(404)
                .body("message", equalTo("unknown routing pool 'no-such-pool'"));
    }
}
