package dev.attune.rest.simulation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;

import dev.attune.dashboard.ScriptedService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A workforce manager's what-if through the REST API: accepted at once, polled to a comparison; bad input refused. */
@QuarkusTest
@TestProfile(ScriptedService.class)
class WhatIfResourceTest {

    @Test
    void aProposalRunsInTheBackgroundAndEndsInAComparison() {
        String location = given().contentType(ContentType.JSON)
                .body("{\"weights\": {\"Empathy for distress\": 4, \"WAIT_TIME\": 2}, \"replications\": 2, \"seed\": 7}")
                .when().post("/api/v1/what-if")
                .then().statusCode(202)
                .body("status", oneOf("QUEUED", "RUNNING"))
                .body("proposed.'Empathy for distress'", is(4))
                .body("proposed.'Wait time'", is(2))
                .body("current.'Empathy for distress'", is(1))
                .extract().header("Location");

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() ->
                given().get(location).then().extract().path("status").equals("DONE"));
        given().get(location).then().statusCode(200)
                .body("progress", equalTo(1.0f))
                .body("result.scenario", containsString("2 replications, seed 7"))
                .body("result.metrics.find { it.name == 'highCareTopEmpathy' }.proposed", equalTo(0.58f));
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
