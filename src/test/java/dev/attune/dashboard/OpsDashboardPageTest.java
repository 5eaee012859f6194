package dev.attune.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ops dashboard in a real headless Chromium, fed by a scripted pool so each state can be shown on
 * demand: numbers that move, a decision's explanation, no pools, unreadable health, service down.
 */
@QuarkusTest
@TestProfile(ScriptedService.class)
class OpsDashboardPageTest {
    private static final String EXPLANATION = """
            {"decisionId":"decision-0","callId":"call-0","agentId":"agent-3","path":"DECIDER","score":-3400,
             "createdAt":"2025-01-06T10:15:30Z",
             "explanation":{"contributions":[
               {"constraint":"Empathy for distress","level":"SOFT","score":-900},
               {"constraint":"Wait time","level":"SOFT","score":-2100},
               {"constraint":"Customer continuity","level":"SOFT","score":400},
               {"constraint":"Required skill","level":"HARD","score":0}],
              "reasons":["agent-3 has the highest empathy among free agents","the caller waited 41 s"],
              "whisper":"Routine card question.",
              "careNeed":{"value":0.35,"distress":0.3,"stakes":0.2},
              "alternativeAgentIds":["agent-5","agent-8"]}}
            """;

    private static Chromium chromium;

    @TestHTTPResource("/ops.html")
    URL ops;

    @Inject
    ScriptedQueueHealth pool;

    @BeforeAll
    static void launch() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void quit() {
        chromium.close();
    }

    @Test
    void waitingCallsAndWaitsMoveWithEveryFrame() {
        pool.mode(ScriptedQueueHealth.Mode.MOVING);
        try (Chromium.Tab tab = chromium.open()) {
            Page page = tab.page();
            page.navigate(ops.toString());
            Locator waiting = page.locator("[data-pool=east] [data-metric=waiting] .value");
            assertThat(page.locator("#live")).hasAttribute("data-state", "live");
            String first = waiting.textContent();
            page.waitForCondition(() -> !waiting.textContent().equals(first));
            assertThat(page.locator("[data-pool=east] [data-metric=service-level] .value")).containsText("%");
            assertThat(page.locator("[data-pool=east] [data-metric=high-care] .sub")).containsText("longest");
            assertThat(page.locator("[data-pool=east] .legend [data-state=AVAILABLE]")).containsText("4");
            assertThat(page.locator("[data-pool=east] [data-queue=\"401K_ROLLOVER\"]")).isVisible();
            Chromium.screenshotIfAsked(page, "ops-dashboard.png");
            assertEquals(List.of(), tab.consoleErrors(), "console errors");
        }
    }

    @Test
    void clickingADecisionShowsWhyThatAgentWasChosen() {
        pool.mode(ScriptedQueueHealth.Mode.MOVING);
        try (Chromium.Tab tab = chromium.open()) {
            Page page = tab.page();
            page.route("**/api/v1/decisions/decision-0", route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                    .setStatus(200).setContentType("application/json").setBody(EXPLANATION)));
            page.navigate(ops.toString());
            page.locator("[data-pool=east] tr[data-decision=decision-0]").click();
            Locator dialog = page.locator("dialog#explanation");
            assertThat(dialog).isVisible();
            assertThat(dialog.getByTestId("whisper")).hasText("Routine card question.");
            assertThat(dialog.getByTestId("contributions")).containsText("Wait time (soft)");
            assertThat(dialog.getByTestId("contributions")).containsText("-2100");
            assertThat(dialog.getByTestId("reasons")).containsText("highest empathy");
            assertThat(dialog).containsText("No effect: Required skill");
            Chromium.screenshotIfAsked(page, "ops-explanation.png");
            assertEquals(List.of(), tab.consoleErrors(), "console errors");
        }
    }

    @Test
    void withoutPoolsThePageSaysSo() {
        pool.mode(ScriptedQueueHealth.Mode.NO_POOLS);
        try (Chromium.Tab tab = chromium.open()) {
            Page page = tab.page();
            page.navigate(ops.toString());
            assertThat(page.getByTestId("no-pools")).containsText("No routing pools yet");
            assertThat(page.locator("[data-metric=router-fallback] .value")).hasText("Off");
            assertEquals(List.of(), tab.consoleErrors(), "console errors");
        }
    }

    @Test
    void unreadableQueueHealthIsShownAsAProblem() {
        pool.mode(ScriptedQueueHealth.Mode.FAILING);
        try (Chromium.Tab tab = chromium.open()) {
            Page page = tab.page();
            page.navigate(ops.toString());
            assertThat(page.locator("#problem")).containsText("engine busy rebuilding pool east");
            assertEquals(List.of(), tab.consoleErrors(), "console errors");
        }
    }

    @Test
    void aServiceThatDoesNotAnswerShowsOffline() {
        try (Chromium.Tab tab = chromium.open()) {
            Page page = tab.page();
            page.route("**/api/v1/dashboard/**", route -> route.abort());
            page.navigate(ops.toString());
            assertThat(page.getByTestId("offline")).containsText("No queue health to show");
            assertThat(page.locator("#live")).hasAttribute("data-state", "offline");
            assertThat(page.locator("#problem")).containsText("cannot be reached");
            // The only console errors are the browser's own reports of the refused requests.
            assertTrue(tab.consoleErrors().stream()
                    .allMatch(e -> e.contains("Failed to load resource") || e.contains("ERR_FAILED")),
                    () -> "unexpected console errors: " + tab.consoleErrors());
        }
    }
}
