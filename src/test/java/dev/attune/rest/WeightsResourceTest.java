package dev.attune.rest;

import dev.attune.core.domain.RoutingConstraint;
import dev.attune.testing.Tokens;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Weights are read, changed with validation and an audit trail, and handed to the engine. */
@QuarkusTest
class WeightsResourceTest {
    @Inject
    ProfileChangesSeen seen;

    private static RequestSpecification asManager() {
        return given().auth().oauth2(Tokens.of("wfm")).contentType(ContentType.JSON);
    }

    private static String change(String weights, String reason) {
        return "{\"weights\": {" + weights + "}, \"reason\": \"" + reason + "\"}";
    }

    @Test
    void currentWeightsNameEveryConstraintAndItsLevel() {
        given().get("/api/v1/weights").then().statusCode(200)
                .body("weights", aMapWithSize(RoutingConstraint.values().length))
                .body("levels.'Language'", equalTo("HARD"))
                .body("levels.'Empathy for distress'", equalTo("SOFT"))
                .body("changedBy", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void changeIsRecordedWithWhoWhenWhyBeforeAndAfter() {
        int before = given().get("/api/v1/weights").then().extract().path("weights.'Wait time'");
        try {
            asManager().body(change("\"Wait time\": " + (before + 3), "long waits in the morning peak"))
                    .put("/api/v1/weights").then().statusCode(200)
                    .body("changedBy", equalTo("wfm"))
                    .body("before.'Wait time'", equalTo(before))
                    .body("after.'Wait time'", equalTo(before + 3));
            given().get("/api/v1/weights").then().statusCode(200)
                    .body("weights.'Wait time'", equalTo(before + 3))
                    .body("reason", equalTo("long waits in the morning peak"));
            given().queryParam("limit", 1).get("/api/v1/weights/history").then().statusCode(200)
                    .body("$", hasSize(1)).body("[0].after.'Wait time'", equalTo(before + 3))
                    .body("[0].reason", equalTo("long waits in the morning peak"));
            assertTrue(seen.weights().stream().anyMatch(c -> "wfm".equals(c.changedBy())));
        } finally {
            asManager().body(change("\"Wait time\": " + before, "restore after test")).put("/api/v1/weights").then()
                    .statusCode(200);
        }
    }

    @Test
    void badChangesAreRefusedWithTheReason() {
        asManager().body(change("\"Empathy\": 3", "typo")).put("/api/v1/weights").then().statusCode(400)
                .body("message", startsWith("unknown constraint 'Empathy' (known: Required skill,"));
        asManager().body(change("\"Wait time\": -1", "negative")).put("/api/v1/weights").then().statusCode(400)
                .body("message", equalTo("weight of 'Wait time' must not be negative"));
        asManager().body(change("\"Language\": 0", "switch off")).put("/api/v1/weights").then().statusCode(400)
                .body("message", equalTo("hard constraint 'Language' cannot be switched off"));
        asManager().body(change("\"Wait time\": 2.5", "fraction")).put("/api/v1/weights").then().statusCode(400)
                .body("message", equalTo("weight of 'Wait time' must be a whole number, was 2.5"));
        asManager().body("{\"weights\": {\"Wait time\": 2}}").put("/api/v1/weights").then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        asManager().body(change("", "nothing")).put("/api/v1/weights").then().statusCode(400)
                .body("violations[0].field", equalTo("weights"));
        given().auth().none().contentType(ContentType.JSON).body(change("\"Wait time\": 2", "anonymous"))
                .put("/api/v1/weights").then().statusCode(401).body("message", containsString("sign-in required"));
        given().queryParam("limit", 0).get("/api/v1/weights/history").then().statusCode(400)
                .body("violations[0].field", equalTo("limit"));
        given().queryParam("limit", "abc").get("/api/v1/weights/history").then().statusCode(400)
                .body("violations[0].field", equalTo("limit"))
                .body("message", containsString("whole number from 1 to 1000, was 'abc'"));
        asManager().body(change("\"Wait time\": 2147483647", "huge")).put("/api/v1/weights").then().statusCode(400)
                .body("violations[0].field", equalTo("weights.Wait time"))
                .body("message", containsString("at most 10000"));
    }
}
