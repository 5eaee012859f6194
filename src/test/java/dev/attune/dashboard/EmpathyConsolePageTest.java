package dev.attune.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.attune.learning.ServedPool;
import dev.attune.persistence.RoutingJournal;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The console's learned-empathy tab in a real headless Chromium against the service and its database: a
 * star agent's learned score and interval beside the configured one, and a manager switching the pool to
 * learned scores, found in the audited history.
 */
@QuarkusTest
class EmpathyConsolePageTest {
    private static final String MANAGER = "wfm";

    @TestHTTPResource("/console.html")
    URL console;
    @Inject
    RoutingJournal journal;

    @Test
    void aManagerSeesLearnedScoresAndRoutesThePoolOnThem() {
        String pool = ServedPool.withAStar();
        ServedPool.serve(journal, pool, 150);
        String star = pool + "-star";
        try (Chromium.Tab tab = Chromium.signedIn(console + "?pool=" + pool + "#empathy", MANAGER)) {
            Page page = tab.page();
            Locator row = page.locator("[data-testid=empathy] tr[data-agent=\"" + star + "\"]");
            try {
                // The first paint waits for the roster and a fit: slow on a loaded build machine, not for a user.
                assertThat(row.locator("[data-field=configured]")).hasText("0.40",
                        new LocatorAssertions.HasTextOptions().setTimeout(30_000));
            } catch (AssertionError e) {
                throw new AssertionError("no row for " + star + "; page: " + page.locator("#tab-empathy").innerHTML()
                        + "; console errors: " + tab.consoleErrors(), e);
            }
            assertThat(row.locator("[data-field=calls]")).hasText("150");
            assertThat(row.locator("[data-field=routed]")).hasText("0.40");
            String learned = row.locator("[data-field=learned]").textContent();
            assertTrue(Double.parseDouble(learned) > 0.7, "learned " + learned);
            assertThat(row.locator(".interval .range")).hasCount(1);
            assertThat(page.locator("#empathy-summary")).containsText("1650 served calls");
            assertThat(page.locator("#empathy-history")).containsText("Never switched");
            Chromium.screenshotIfAsked(page, "console-empathy");

            page.locator("#empathy-source").selectOption("LEARNED");
            page.locator("#empathy-apply").click();
            assertThat(page.locator("#empathy-error")).containsText("Say why");
            page.locator("#empathy-reason").fill("QA scores are a year old");
            page.locator("#empathy-apply").click();

            assertThat(row.locator("[data-field=routed]")).hasText(learned);
            Locator latest = page.getByTestId("empathy-history").locator("tbody tr").first();
            assertThat(latest).containsText("CONFIGURED → LEARNED");
            assertThat(latest).containsText(MANAGER);
            assertThat(latest).containsText("QA scores are a year old");
            assertEquals(List.of(), tab.consoleErrors(), "console errors");
        }
        double routed = given().get("/api/v1/workers/" + star).then().statusCode(200).extract().jsonPath().getDouble("empathy");
        assertTrue(routed > 0.7, "the agent's profile carries the learned score: " + routed);
    }
}
