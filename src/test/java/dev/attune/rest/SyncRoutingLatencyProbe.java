package dev.attune.rest;

import static io.restassured.RestAssured.given;

import dev.attune.service.EngineHost;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A harness, not a test (surefire does not pick it up by name): measures the REST routing round trip in
 * the test service (embedded Kafka and PostgreSQL, real engine) as a client sees it, over loopback HTTP.
 * Run: {@code ./mvnw -B -q test -Dtest=SyncRoutingLatencyProbe -Dattune.probe.rounds=300}
 */
@QuarkusTest
class SyncRoutingLatencyProbe {
    @Inject
    EngineHost host;

    @Test
    void printLatencies() {
        TestPool.awaitEngine(host);
        int rounds = Integer.getInteger("attune.probe.rounds", 200);
        TestPool pool = new TestPool();
        String agent = pool.addAgent("probe", 0.8);
        Map<String, List<Long>> micros = new LinkedHashMap<>();
        for (String step : List.of("agent AVAILABLE", "task -> 201 RESERVED", "accept", "task -> 202 QUEUED (deadline 0)",
                "queue-health", "candidates")) {
            micros.put(step, new ArrayList<>());
        }
        for (int round = 0; round < rounds; round++) {
            int i = round;
            time(micros, "agent AVAILABLE", () -> pool.state(agent, "AVAILABLE").statusCode(200));
            String[] decision = new String[1];
            time(micros, "task -> 201 RESERVED", () -> decision[0] = pool.call("r" + i, "").statusCode(201)
                    .extract().path("reservation.decisionId"));
            time(micros, "accept", () -> pool.answer(decision[0], "accept", agent).statusCode(200));
            time(micros, "task -> 202 QUEUED (deadline 0)",
                    () -> pool.call("q" + i, ", \"deadlineMillis\": 0").statusCode(202));
            time(micros, "queue-health", () -> pool.health().statusCode(200));
            time(micros, "candidates", () -> given().get("/api/v1/pools/" + pool.id + "/tasks/q" + i + "/candidates")
                    .then().statusCode(200));
            given().post("/api/v1/pools/" + pool.id + "/tasks/q" + i + "/abandon").then().statusCode(200);
            given().contentType(ContentType.JSON).body("{\"state\": \"WRAP_UP\"}")
                    .put("/api/v1/pools/" + pool.id + "/workers/" + agent + "/state").then().statusCode(200);
        }
        System.out.printf("%nREST routing round trip, %d rounds, one agent, loopback HTTP (ms)%n", rounds);
        System.out.printf("%-34s %8s %8s %8s %8s%n", "request", "p50", "p90", "p99", "max");
        micros.forEach((step, values) -> {
            Collections.sort(values);
            System.out.printf("%-34s %8.2f %8.2f %8.2f %8.2f%n", step, at(values, 0.5), at(values, 0.9),
                    at(values, 0.99), values.get(values.size() - 1) / 1000.0);
        });
    }

    private static void time(Map<String, List<Long>> micros, String step, Runnable request) {
        long started = System.nanoTime();
        request.run();
        micros.get(step).add((System.nanoTime() - started) / 1000);
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1000.0;
    }
}
