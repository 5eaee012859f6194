package dev.attune.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.attune.testing.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Outcomes in the open, through the real service: two calls over Kafka, one ends resolved with CSAT 5, one with a
 * complaint and CSAT 1. The Prometheus counters count both by product and outcome, the journal-backed REST rates
 * say 50% resolved and CSAT 3, and the ops dashboard shows the pool's outcome tiles.
 */
@QuarkusTest
class OutcomeMetricsTest {
    @TestHTTPResource("/ops.html")
    URL ops;

    @Test
    void resolutionComplaintsAndCsatPerPoolAndProduct() {
        String pool;
        try (CallFloor floor = new CallFloor()) {
            pool = floor.pool();
            floor.staff("ann", 0.8, Map.of("CARDS", 3));
            floor.staff("bob", 0.6, Map.of("CARDS", 3));
            floor.call("out-1", "CARD_SERVICES", 0.2, 0);
            floor.call("out-2", "CARD_SERVICES", 0.2, 0);
            JsonNode first = floor.offerFor("out-1");
            JsonNode second = floor.offerFor("out-2");
            floor.accept(first);
            floor.accept(second);
            floor.end(first, "RESOLVED", 5);
            floor.end(second, "COMPLAINT", 1);
        }
        String labels = "pool=\"" + pool + "\",product=\"CARD_SERVICES\"";
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
            for (String series : List.of("outcome=\"RESOLVED\"," + labels + "} 1.0", "outcome=\"COMPLAINT\"," + labels + "} 1.0",
                    "outcome=\"TRANSFERRED\"," + labels + "} 0.0")) {
                // Prometheus' text orders labels by name: outcome, pool, product.
                assertTrue(text.contains("attune_call_outcomes_total{" + series), () -> "not exported: " + series);
            }
            assertTrue(text.contains("attune_call_csat_sum{" + labels + "} 6.0"), "CSAT sum");
        });
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of("ops")).get("/api/v1/dashboard/outcomes?hours=1&pool=" + pool).then()
                        .statusCode(200)
                        .body("rates.find { it.productCode == null }.measures.resolution.value", equalTo(0.5f))
                        .body("rates.find { it.productCode == 'CARD_SERVICES' }.measures.complaint.value", equalTo(0.5f))
                        .body("rates.find { it.productCode == 'CARD_SERVICES' }.measures.csat.value", equalTo(3.0f)));
        given().auth().oauth2(Tokens.of("ops")).get("/api/v1/dashboard/outcomes?hours=0").then().statusCode(400);
        given().auth().oauth2(Tokens.of("wfm")).get("/api/v1/dashboard/outcomes").then().statusCode(403);

        try (Chromium.Tab tab = Chromium.signedIn(ops.toString(), "ops")) {
            Locator block = tab.page().locator("[data-outcomes-pool=\"" + pool + "\"]");
            assertThat(block.locator("[data-metric=resolution] .value")).hasText("50.0%",
                    new LocatorAssertions.HasTextOptions().setTimeout(30_000));
            assertThat(block.locator("[data-metric=complaint] .value")).hasText("50.0%");
            assertThat(block.locator("[data-metric=csat] .value")).hasText("3.00");
            assertThat(block.locator("tr[data-product=CARD_SERVICES]")).hasCount(1);
            assertEquals(List.of(), tab.consoleErrors(), "console errors");
        }
    }
}
