package dev.attune.rest.simulation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;

import dev.attune.simulation.trace.SyntheticBankLog;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Proposed weights judged against longest-idle through the REST API, on the real simulator, engine and capacity
 * model (a morning generated at test time in the bank log's format, {@link SyntheticBankLog}, stands in for the data
 * folder: %test.attune.what-if.data names its folder): three policies, the hindsight
 * ceiling, the targets' verdicts as the command line prints them; bad options refused naming the field.
 */
@QuarkusTest
class TargetWhatIfResourceTest {

    @Test
    void proposedWeightsAreJudgedAgainstLongestIdleAndTheCeiling() {
        SyntheticBankLog.folder();
        String location = given().contentType(ContentType.JSON)
                .body("{\"weights\": {\"Empathy for distress\": 40}, \"month\": \"january\", \"days\": 1,"
                        + " \"replications\": 2, \"seed\": 11}")
                .when().post("/api/v1/what-if/targets")
                .then().statusCode(202)
                .body("status", oneOf("QUEUED", "RUNNING"))
                .body("month", equalTo("january"))
                .body("proposed.'Empathy for distress'", is(40))
                .extract().header("Location");

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(300)).until(() ->
                !given().get(location).then().extract().path("status").toString().matches("QUEUED|RUNNING"));
        JsonPath job = given().get(location).then().statusCode(200)
                .body("status", equalTo("DONE"))
                .body("result.scenario", containsString("calibrated replay (capacity fitted on january), 2 replications"))
                .body("result.policies.name", contains("longest-idle", "current", "proposed"))
                .body("result.policies.ceiling.mean", everyItem(notNullValue()))
                .body("result.policies.asa.mean", everyItem(notNullValue()))
                .body("result.verdicts.policy", contains("current", "proposed"))
                .extract().jsonPath();
        List<String> targets = job.getList("result.verdicts[1].targets.target");
        org.junit.jupiter.api.Assertions.assertEquals(List.of("high-care share, ratio to longest-idle", "ASA change",
                "abandonment change (points)", "fraction of the hindsight ceiling", "occupancy spread change (points)"),
                targets);
        // the verdicts are the command line's: its printed lines, word for word, are in the report
        String report = job.getString("result.report");
        org.junit.jupiter.api.Assertions.assertTrue(report.contains("Targets, proposed against longest-idle"), report);
        for (Map<String, Object> verdict : job.<Map<String, Object>>getList("result.verdicts[1].targets")) {
            org.junit.jupiter.api.Assertions.assertTrue(
                    List.of("met", "NOT met", "undecided").contains(verdict.get("verdict")), verdict.toString());
        }
        given().get(location).then().body("result.policies[0].shareRatio.mean", equalTo(1.0f));
    }

    @Test
    void everyOptionIsBoundedAndABadOneIsRefusedNamingIt() {
        Map<String, String> bad = Map.of(
                "{\"month\": \"march\"}", "month",
                "{\"days\": 0}", "days",
                "{\"days\": 32}", "days",
                "{\"replications\": 11}", "replications",
                "{\"weights\": {\"Charisma\": 3}}", "weights",
                "{\"weights\": {\"Required skill\": 0}}", "weights");
        bad.forEach((body, field) -> given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/what-if/targets")
                .then().statusCode(400).body("message", containsString(field)));
    }

    @Test
    void anUnknownJobIsNotFound() {
        given().get("/api/v1/what-if/targets/no-such-job").then().statusCode(404)
                .body("message", containsString("no-such-job"));
    }
}
