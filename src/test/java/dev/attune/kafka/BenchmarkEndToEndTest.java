package dev.attune.kafka;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attune.core.domain.BenchmarkArm;
import dev.attune.core.domain.ControlArm;
import dev.attune.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The live benchmark through the real service: the control arm switched on over REST (audited), a floor's calls
 * in over Kafka with segment attributes, offers out naming their arm, every offer answered as it comes and each
 * call ended (the floor keeps going, never waits for a round of offers), and the per-arm report and the segment
 * audit out of the PostgreSQL journal.
 */
@QuarkusTest
class BenchmarkEndToEndTest {
    private static final int CALLS = 40;
    private static final double SHARE = 0.3;
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final AcdSimulator acd = new AcdSimulator("bench");

    @AfterEach
    void close() {
        switchControl(false, "benchmark test done");
        acd.close();
    }

    private static void switchControl(boolean enabled, String reason) {
        given().contentType(ContentType.JSON).body(Map.of("enabled", enabled, "share", SHARE, "mode", "HASH",
                "reason", reason)).put("/api/v1/benchmark/control").then().statusCode(200);
    }

    @Test
    void theControlArmGetsItsShareAndTheReportShowsBothArms() {
        given().auth().oauth2(Tokens.of("wfm")).contentType(ContentType.JSON)
                .body(Map.of("enabled", true, "share", SHARE, "reason", "not mine to switch"))
                .put("/api/v1/benchmark/control").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("enabled", true, "share", 0.3, "mode", "SOMETIMES",
                "reason", "bad mode")).put("/api/v1/benchmark/control").then().statusCode(400);
        switchControl(true, "measure Attune against longest idle");
        given().auth().oauth2(Tokens.of("compliance")).get("/api/v1/benchmark/control/history?limit=1").then()
                .statusCode(200).body("[0].changedBy", equalTo("admin"))
                .body("[0].reason", equalTo("measure Attune against longest idle"))
                .body("[0].after.enabled", equalTo(true));

        List<String> agents = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            ObjectNode profile = SampleEvents.data(EventType.AGENT_PROFILE_CHANGED).put("agentId", acd.agent("a" + i))
                    .put("empathy", 0.2 + 0.7 * i / CALLS);
            profile.putObject("skills").put("GENERAL", 1 + i % 5);
            acd.send(EventType.AGENT_PROFILE_CHANGED, profile);
            agents.add(acd.agent("a" + i));
        }
        List<AcdFloor.Caller> callers = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            callers.add(new AcdFloor.Caller(acd.pool() + "-call-" + i, "GENERAL", "en", 0.3,
                    Map.of("channel", "voice", "age-band", "65+", "favourite-colour", "blue")));
        }
        // The floor answers every offer as it comes and ends each call resolved, CSAT 4.
        AcdFloor floor = new AcdFloor(acd, (caller, agent) -> new AcdFloor.Ending("RESOLVED", 4, 0.1));
        floor.available(agents);
        floor.play(callers, CALLS, Duration.ofSeconds(60));

        ControlArm arm = new ControlArm(true, SHARE, ControlArm.Mode.HASH, Duration.ofMinutes(30));
        int control = 0;
        List<JsonNode> offers = offers();
        assertEquals(CALLS, offers.size(), "every call was offered");
        for (JsonNode offer : offers) {
            String callId = offer.path("callId").asText();
            BenchmarkArm expected = arm.armOf(callId, Instant.now());
            assertEquals(expected.name(), offer.path("arm").asText(), callId);
            assertEquals(expected == BenchmarkArm.CONTROL, offer.path("path").asText().equals("CONTROL"), callId);
            if (expected == BenchmarkArm.CONTROL) {
                control++;
                assertTrue(offer.path("reasons").get(0).asText().startsWith("Control arm of the live benchmark"),
                        offer.path("reasons").toString());
            }
        }
        // The share within a binomial bound (four standard deviations) around the configured 30%.
        double sd = Math.sqrt(CALLS * SHARE * (1 - SHARE));
        assertTrue(Math.abs(control - CALLS * SHARE) < 4 * sd, control + " control calls of " + CALLS);
        assertTrue(control > 0 && control < CALLS, "both arms have calls");

        int expectedControl = control;
        JsonPath report = Awaitility.await().atMost(WAIT).until(() -> given().auth().oauth2(Tokens.of("ops"))
                .get("/api/v1/benchmark?pool=" + acd.pool()).then().statusCode(200).extract().jsonPath(),
                r -> r.getInt("arms.attune.calls") + r.getInt("arms.control.calls") == CALLS
                        && r.getInt("arms.attune.resolution.n") + r.getInt("arms.control.resolution.n") == CALLS);
        assertEquals(expectedControl, report.getInt("arms.control.calls"));
        assertEquals(expectedControl / (double) CALLS, report.getDouble("arms.controlShare"), 1e-9);
        assertEquals(1.0, report.getDouble("arms.attune.resolution.value"), 1e-9);
        assertTrue(report.getDouble("arms.control.csat.value") == 4.0);
        assertTrue(report.getDouble("arms.attune.empathyMatch.value") > 0, "empathy match measured");
        assertTrue(report.get("arms.difference.asaSeconds.value") != null, "difference between arms");
        assertTrue(report.getBoolean("controlArm.enabled"));
        given().auth().oauth2(Tokens.of("wfm")).get("/api/v1/benchmark").then().statusCode(403);

        JsonPath audit = given().auth().oauth2(Tokens.of("compliance")).get("/api/v1/fairness?pool=" + acd.pool())
                .then().statusCode(200).extract().jsonPath();
        List<String> dimensions = audit.getList("segments.dimension");
        assertTrue(dimensions.contains("age-band") && dimensions.contains("channel"), dimensions.toString());
        assertFalse(dimensions.contains("favourite-colour"), "an undeclared attribute is never stored");
        assertEquals(CALLS, audit.getInt("calls"));
    }

    private List<JsonNode> offers() {
        return acd.decisions().stream().filter(e -> e.path("type").asText().equals("dev.attune.offer.created"))
                .map(e -> e.path("data")).collect(Collectors.toMap(d -> d.path("callId").asText(), d -> d, (a, b) -> a))
                .values().stream().toList();
    }
}
