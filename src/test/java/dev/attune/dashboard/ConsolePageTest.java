package dev.attune.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workforce-manager console in a real headless Chromium: agents edited with validation, a weight
 * edited and found in the change history, a what-if drawn as a chart, and what a failing API looks like.
 */
@QuarkusTest
@TestProfile(ScriptedService.class)
class ConsolePageTest {
    private static Chromium chromium;

    @TestHTTPResource("/console.html")
    URL console;

    @BeforeAll
    static void launch() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void quit() {
        chromium.close();
    }

    @Test
    void anAgentIsEditedAndBadValuesAreRefused() {
        FakeWorkforceApi api = new FakeWorkforceApi();
        try (Chromium.Tab tab = chromium.open()) {
            Page page = tab.page();
            api.install(page);
            page.navigate(console.toString());
            assertThat(page.locator("#agent-count")).hasText("3 of 3 agents");
            page.locator("#agent-filter").fill("fraud");
            assertThat(page.locator("#agent-count")).hasText("1 of 3 agents");
            page.locator("#agent-filter").fill("");

            page.locator("tr[data-agent=a-2] button").click();
            page.locator("#f-empathy").fill("1.4");
            page.getByText("Save agent").click();
            assertThat(page.getByTestId("agent-error")).containsText("Empathy must be a number from 0 to 1");
            assertEquals(List.of(), api.puts, "nothing is sent while the form is invalid");

            page.locator("#f-empathy").fill("0.85");
            page.locator("#skill-rows .skill-row [name=proficiency]").first().fill("5");
            page.getByText("Save agent").click();
            assertThat(page.locator("dialog#agent-dialog")).isHidden();
            Locator row = page.locator("tr[data-agent=a-2]");
            assertThat(row).containsText("0.85");
            assertThat(row).containsText("CARDS 5");
            assertEquals(List.of(), tab.consoleErrors(), "console errors");
        }
    }

    @Test
    void anEditedWeightShowsUpInTheChangeHistory() {
        FakeWorkforceApi api = new FakeWorkforceApi();
        try (Chromium.Tab tab = chromium.open()) {
            Page page = tab.page();
            api.install(page);
            page.navigate(console + "#weights");
            assertThat(page.locator("#history")).containsText("No weight has been changed yet");

            page.locator("input[data-constraint=REQUIRED_SKILL]").fill("0");
            assertThat(page.locator("tr[data-constraint-row=REQUIRED_SKILL]")).containsText("hard rule cannot be switched off");
            assertThat(page.locator("#weights-save")).isDisabled();
            page.locator("input[data-constraint=REQUIRED_SKILL]").fill("1");

            page.locator("#who").fill("Dana (WFM)");
            page.locator("#who").dispatchEvent("change");
            page.locator("input[data-constraint=EMPATHY_FOR_DISTRESS]").fill("3");
            page.locator("#weights-reason").fill("more weight on distressed callers");
            page.locator("#weights-save").click();

            Locator history = page.getByTestId("history");
            assertThat(history).containsText("Empathy for distress: 1 → 3");
            assertThat(history).containsText("Dana (WFM)");
            assertThat(history).containsText("more weight on distressed callers");
            assertThat(page.locator("tr[data-constraint-row=EMPATHY_FOR_DISTRESS] td.num")).hasText("3");
            page.locator("input[data-constraint=WAIT_TIME]").fill("2");
            Chromium.screenshotIfAsked(page, "console.png");
            assertEquals(List.of(), tab.consoleErrors(), "console errors");
        }
    }

    @Test
    void aWhatIfComparesCurrentAndProposedWeightsAsAChart() {
        FakeWorkforceApi api = new FakeWorkforceApi();
        try (Chromium.Tab tab = chromium.open()) {
            Page page = tab.page();
            api.install(page);
            page.navigate(console + "#weights");
            page.locator("input[data-constraint=EMPATHY_FOR_DISTRESS]").fill("4");
            page.locator("#weights-simulate").click();
            assertThat(page.locator("#whatif-proposal")).containsText("Empathy for distress: 1 → 4");
            page.locator("#whatif-run").click();

            Locator comparison = page.getByTestId("comparison");
            assertThat(comparison).isVisible();
            assertThat(comparison.locator("[data-metric=highCareTopEmpathy]")).containsText("+31.0 pts better");
            assertThat(comparison.locator("[data-metric=asa]")).containsText("(within noise)");
            assertThat(comparison.locator("svg")).hasCount(5);
            Chromium.screenshotIfAsked(page, "console-what-if.png");
            assertEquals(List.of(), tab.consoleErrors(), "console errors");
        }
    }

    @Test
    void aFailingApiIsShownWhereItsDataWouldBe() {
        try (Chromium.Tab tab = chromium.open()) {
            Page page = tab.page();
            page.route("**/api/v1/workers**", route -> route.fulfill(new Route.FulfillOptions().setStatus(503)
                    .setContentType("application/json").setBody("{\"message\":\"database is starting\"}")));
            page.route("**/api/v1/weights**", route -> route.abort());
            page.navigate(console.toString());
            assertThat(page.locator("#agents")).containsText("Agents could not be loaded: database is starting");
            page.navigate(console + "#weights");
            assertThat(page.locator("#weights")).containsText("Weights could not be loaded: The service cannot be reached");
            assertTrue(tab.consoleErrors().stream()
                            .allMatch(e -> e.contains("Failed to load resource") || e.contains("ERR_FAILED")),
                    () -> "unexpected console errors: " + tab.consoleErrors());
        }
    }
}
