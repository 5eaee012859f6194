package dev.attune.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.attune.learning.ServedSkills;
import dev.attune.persistence.RoutingJournal;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The console's "Learned proficiency" tab in headless Chromium, signed in as a workforce manager through the real
 * identity provider: the star's configured CARDS level, learned level, interval and calls, then a switch of the
 * pool to learned levels with a reason, which rewrites the routed level and lands in the history.
 */
@QuarkusTest
class ProficiencyConsolePageTest {
    private static final String MANAGER = "wfm";

    @TestHTTPResource("/console.html")
    URL console;
    @Inject
    RoutingJournal journal;

    @Test
    void aManagerSeesLearnedLevelsAndRoutesThePoolOnThem() {
        String pool = ServedSkills.withAStar();
        ServedSkills.serve(journal, pool, 80);
        String star = ServedSkills.star(pool);
        try (Chromium.Tab tab = Chromium.signedIn(console + "?pool=" + pool + "#proficiency", MANAGER)) {
            Page page = tab.page();
            Locator row = page.locator("[data-testid=proficiency] tr[data-agent=\"" + star + "\"][data-skill=CARDS]");
            // The first paint waits for the roster and a fit: slow on a loaded build machine, not for a user.
            assertThat(row.locator("[data-field=configured]")).hasText("2",
                    new LocatorAssertions.HasTextOptions().setTimeout(30_000));
            assertThat(row.locator("[data-field=calls]")).hasText("80");
            assertThat(row.locator("[data-field=routed]")).hasText("2");
            assertThat(row).containsText("CARD_SERVICES");
            String learned = row.locator("[data-field=learned]").textContent();
            assertTrue(Double.parseDouble(learned) > 3, "learned " + learned);
            assertThat(row.locator(".interval .range")).hasCount(1);
            assertThat(page.locator("#proficiency-history")).containsText("Never switched");
            Chromium.screenshotIfAsked(page, "console-proficiency");

            page.locator("#proficiency-source").selectOption("LEARNED");
            page.locator("#proficiency-apply").click();
            assertThat(page.locator("#proficiency-error")).containsText("Say why");
            page.locator("#proficiency-reason").fill("card QA levels are a year old");
            page.locator("#proficiency-apply").click();

            String routed = String.valueOf(Math.round(Double.parseDouble(learned)));
            assertThat(row.locator("[data-field=routed]")).hasText(routed);
            Locator latest = page.getByTestId("proficiency-history").locator("tbody tr").first();
            assertThat(latest).containsText("CONFIGURED → LEARNED");
            assertThat(latest).containsText(MANAGER);
            assertThat(latest).containsText("card QA levels are a year old");
            assertEquals(List.of(), tab.unexpectedConsoleErrors(), "console errors");
        }
        int level = given().get("/api/v1/workers/" + star).then().statusCode(200).extract().jsonPath()
                .getInt("skills.CARDS");
        assertTrue(level >= 3, "the agent's profile carries the learned level: " + level);
    }
}
