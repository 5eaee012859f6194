package dev.attune.rest;

import static io.restassured.RestAssured.given;

import dev.attune.service.EngineHost;
import dev.attune.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A harness, not a test (surefire does not pick it up by name): the synchronous routing decision
 * (POST /api/v1/pools/{pool}/tasks answered 201 with a reservation) with and without the token check, side
 * by side in one service: pool "token-checked" goes through the real rules with an acd token from the test
 * Keycloak, pool "token-free" is opened by this harness's profile only. Rounds alternate between the two so
 * load on the machine hits both alike.
 * Run: {@code ./mvnw -B -q test -Dtest=TokenCostProbe -Dattune.probe.rounds=300}
 */
@QuarkusTest
@TestProfile(TokenCostProbe.TokenFreePool.class)
class TokenCostProbe {
    private static final String CHECKED = "token-checked";
    private static final String FREE = "token-free";

    public static class TokenFreePool implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.auth.permission.token-free.paths", "/api/v1/pools/" + FREE + "/*",
                    "quarkus.http.auth.permission.token-free.policy", "permit");
        }
    }

    @Inject
    EngineHost host;

    @Test
    void printDecisionLatencyWithAndWithoutTokenChecks() {
        TestPool.awaitEngine(host);
        int rounds = Integer.getInteger("attune.probe.rounds", 200);
        String checkedAgent = addAgent(CHECKED);
        String freeAgent = addAgent(FREE);
        List<Long> checked = new ArrayList<>();
        List<Long> free = new ArrayList<>();
        for (int round = 0; round < rounds + 20; round++) {
            long withToken = decide(CHECKED, checkedAgent, true);
            long without = decide(FREE, freeAgent, false);
            if (round >= 20) { // the first rounds warm up both paths
                checked.add(withToken);
                free.add(without);
            }
        }
        Collections.sort(checked);
        Collections.sort(free);
        System.out.printf("%nSynchronous routing decision (POST tasks -> 201 RESERVED), %d rounds each, alternating, "
                + "loopback HTTP (ms)%n", rounds);
        System.out.printf("%-36s %8s %8s %8s %8s%n", "", "p50", "p90", "p99", "max");
        row("without token check (permit)", free);
        row("with token check (acd bearer, RS256)", checked);
        System.out.printf(Locale.ROOT, "%-36s %8.2f %8.2f %8.2f%n", "ratio with / without", at(checked, 0.5) / at(free, 0.5),
                at(checked, 0.9) / at(free, 0.9), at(checked, 0.99) / at(free, 0.99));
    }

    /** Makes the agent available, routes one call to it and times that request; then clears the agent again. */
    private long decide(String pool, String agent, boolean token) {
        String call = "c-" + UUID.randomUUID().toString().substring(0, 8);
        as(token).body("{\"state\": \"AVAILABLE\"}").put("/api/v1/pools/" + pool + "/workers/" + agent + "/state")
                .then().statusCode(200);
        RequestSpecification request = as(token)
                .body("{\"callId\": \"" + call + "\", \"productCode\": \"CARD_SERVICES\", \"language\": \"en\"}");
        long started = System.nanoTime();
        String decision = request.post("/api/v1/pools/" + pool + "/tasks").then().statusCode(201)
                .extract().path("reservation.decisionId");
        long micros = (System.nanoTime() - started) / 1000;
        as(token).body("{\"agentId\": \"" + agent + "\"}").post("/api/v1/pools/" + pool + "/reservations/" + decision
                + "/accept").then().statusCode(200);
        as(token).body("{\"state\": \"WRAP_UP\"}").put("/api/v1/pools/" + pool + "/workers/" + agent + "/state")
                .then().statusCode(200);
        return micros;
    }

    private static RequestSpecification as(boolean token) {
        RequestSpecification given = given().contentType(ContentType.JSON);
        return token ? given.auth().oauth2(Tokens.of("acd")) : given.auth().none();
    }

    private static String addAgent(String pool) {
        String id = pool + "-" + UUID.randomUUID().toString().substring(0, 6);
        given().contentType(ContentType.JSON).body("""
                {"id": "%s", "pool": "%s", "skills": {"CARDS": 3, "GENERAL": 2}, "languages": ["en"],
                 "licences": [], "empathy": 0.8, "capacity": 1}""".formatted(id, pool))
                .post("/api/v1/workers").then().statusCode(201);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> given()
                .get("/api/v1/pools/" + pool + "/queue-health").then().extract().statusCode() == 200);
        return id;
    }

    private static void row(String name, List<Long> sorted) {
        System.out.printf(Locale.ROOT, "%-36s %8.2f %8.2f %8.2f %8.2f%n", name, at(sorted, 0.5), at(sorted, 0.9),
                at(sorted, 0.99), sorted.get(sorted.size() - 1) / 1000.0);
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1000.0;
    }
}
