package dev.attune.dashboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Every metric the Grafana dashboard, the alert rules and docs/dashboard.md name is one the running service
 * actually exports once a call has been routed and a bad record refused: a renamed meter breaks this test,
 * not a night's alerting.
 */
@QuarkusTest
class DeployedMetricNamesTest {
    private static final Pattern NAME = Pattern.compile("\\battune_[a-z0-9_]+");
    private static final Set<Path> FILES = Set.of(Path.of("deploy/grafana/attune-dashboard.json"),
            Path.of("deploy/prometheus/alerts.yaml"), Path.of("docs/dashboard.md"));

    @Test
    void everyNameTheDeploymentUsesIsExported() throws IOException {
        String pool;
        try (CallFloor floor = new CallFloor()) {
            pool = floor.pool();
            floor.staff("dee", 0.8, Map.of("CARDS", 3));
            floor.call("metrics-1", "CARD_SERVICES", 0.2, 0);
            JsonNode offer = floor.offerFor("metrics-1");
            floor.accept(offer);
            floor.sendGarbage();
        }
        String poolLabel = "pool=\"" + pool + "\"";
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            String text = metrics();
            // One assertion per series, so a timeout names the one that never came.
            for (String series : new String[] {"attune_pool_calls_finished_today{" + poolLabel + "} 1.0",
                    "attune_decision_latency_seconds_count{" + poolLabel + "}",
                    "attune_dead_letters_total{reason=\"BAD_JSON\"} 1.0"}) {
                assertTrue(text.contains(series), () -> "not exported yet: " + series);
            }
        });
        String exported = metrics();

        Set<String> used = new TreeSet<>();
        for (Path file : FILES) {
            Matcher matcher = NAME.matcher(Files.readString(file));
            while (matcher.find()) {
                used.add(matcher.group());
            }
        }
        assertTrue(used.size() > 15, "names found: " + used);
        Set<String> missing = new TreeSet<>();
        for (String name : used) {
            // A histogram is exported as its _bucket, _count and _sum series.
            if (!Pattern.compile("(?m)^" + name + "(_bucket|_count)?[{ ]").matcher(exported).find()) {
                missing.add(name);
            }
        }
        assertEquals(Set.of(), missing, "named in deploy/ or docs but not exported by /q/metrics");
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
