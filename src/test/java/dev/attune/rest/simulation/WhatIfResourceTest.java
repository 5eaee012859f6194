package dev.attune.rest.simulation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A workforce manager's what-if through the REST API, on the real simulator and engine: accepted at once with
 * the weights in force as "current", polled to a comparison; bad proposals refused with a reason.
 */
@QuarkusTest
class WhatIfResourceTest {

    @Test
    void aProposalRunsInTheBackgroundAndEndsInAComparison() {
        long inForce = given().get("/api/v1/weights").then().statusCode(200)
                .extract().jsonPath().getLong("weights.'Empathy for distress'");
        String location = given().contentType(ContentType.JSON)
                .body("{\"weights\": {\"Empathy for distress\": 0, \"WAIT_TIME\": 2}, \"replications\": 2, \"seed\": 7}")
                .when().post("/api/v1/what-if")
                .then().statusCode(202)
                .body("status", oneOf("QUEUED", "RUNNING"))
                .body("proposed.'Empathy for distress'", is(0))
                .body("proposed.'Wait time'", is(2))
                .body("current.'Empathy for distress'", is((int) inForce))
                .extract().header("Location");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                !given().get(location).then().extract().path("status").toString().matches("QUEUED|RUNNING"));
        given().get(location).then().statusCode(200)
                .body("status", equalTo("DONE"))
                .body("progress", equalTo(1.0f))
                .body("result.scenario", containsString("2 replications, seed 7"))
                .body("result.metrics.name", contains("serviceLevel", "asa", "abandonment", "highCareTopEmpathy",
                        "empathyMatch", "complaintRate"))
                .body("result.metrics.find { it.name == 'serviceLevel' }.unit", equalTo("share"));
    }

    @Test
    void unknownConstraintsAndSwitchedOffRulesAreRefusedWithAReason() {
        given().contentType(ContentType.JSON).body("{\"weights\": {\"Charisma\": 3}}")
                .when().post("/api/v1/what-if")
                .then().statusCode(400).body("message", containsString("unknown constraint 'Charisma'"));
        given().contentType(ContentType.JSON).body("{\"weights\": {\"Required skill\": 0}}")
                .when().post("/api/v1/what-if")
                .then().statusCode(400).body("message", containsString("cannot be switched off"));
        given().contentType(ContentType.JSON).body("{\"weights\": {\"Wait time\": -1}}")
                .when().post("/api/v1/what-if")
                .then().statusCode(400).body("message", containsString("must not be negative"));
        given().contentType(ContentType.JSON).body("{\"weights\": {\"Wait time\": 2}, \"replications\": 0}")
                .when().post("/api/v1/what-if")
                .then().statusCode(400).body("message", containsString("replications"));
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/what-if")
                .then().statusCode(400).body("message", containsString("at least one"));
    }

    @Test
    void anUnknownJobIsNotFound() {
        given().get("/api/v1/what-if/no-such-job").then().statusCode(404).body("message", containsString("no-such-job"));
    }
}
