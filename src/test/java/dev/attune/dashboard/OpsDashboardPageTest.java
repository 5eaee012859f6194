package dev.attune.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ops dashboard in a real headless Chromium while calls flow through the real service: agents, callers
 * and answers go in through Kafka as an ACD sends them, and the page must follow the queue as it forms and
 * drains, count today's answered and abandoned calls, and explain a real decision.
 */
@QuarkusTest
class OpsDashboardPageTest {
    private static final Map<String, Integer> FRAUD_AND_CARDS = Map.of("FRAUD", 4, "CARDS", 3);

    @TestHTTPResource("/ops.html")
    URL ops;

    @Test
    void theNumbersFollowTheQueueAsItFormsAndDrains() {
        try (CallFloor floor = new CallFloor(); Chromium.Tab tab = Chromium.shared().open()) {
            floor.staff("ana", 0.92, FRAUD_AND_CARDS);
            floor.staff("ben", 0.45, FRAUD_AND_CARDS);
            Page page = tab.signIn(ops.toString(), "ops").page();
            assertThat(page.getByTestId("signed-in-user")).hasText("ops");
            assertThat(page.locator(".top nav a[href='console.html']")).isHidden();
            assertThat(page.locator("#live")).hasAttribute("data-state", "live");
            Locator pool = page.locator("[data-pool=\"" + floor.pool() + "\"]");
            assertThat(pool.locator("[data-metric=waiting] .value")).hasText("0");
            assertThat(pool.locator(".legend [data-state=AVAILABLE]")).containsText("2");
            assertThat(pool.locator("[data-metric=service-level] .value")).hasText("–");

            // Two routine callers take both agents; three more, two of them frightened about fraud, must wait.
            floor.call("cards-1", "CARD_SERVICES", 0.1, 0);
            floor.call("cards-2", "CARD_SERVICES", 0.1, 0);
            JsonNode first = floor.offerFor("cards-1");
            JsonNode second = floor.offerFor("cards-2");
            floor.accept(first);
            floor.accept(second);
            floor.call("fraud-1", "FRAUD_DISPUTE", 0.95, 25_000);
            floor.call("cards-3", "CARD_SERVICES", 0.1, 0);
            floor.call("fraud-2", "FRAUD_DISPUTE", 0.9, 8_000);

            assertThat(pool.locator("[data-metric=waiting] .value")).hasText("3");
            assertThat(pool.locator("[data-metric=distressed] .value")).hasText("2");
            assertThat(pool.locator("[data-metric=high-care] .sub")).containsText("longest");
            assertThat(pool.locator("[data-queue=FRAUD_DISPUTE]")).containsText("2");
            assertThat(pool.locator(".legend [data-state=BUSY]")).containsText("2");
            assertThat(pool.locator("[data-metric=service-level] .value")).hasText("100.0%");
            assertThat(pool.locator("[data-metric=service-level] .sub")).containsText("2 of 2 calls");

            // A routine caller gives up; an agent finishes and takes the most frightened caller.
            floor.hangUp("cards-3");
            assertThat(pool.locator("[data-metric=abandonment] .value")).hasText("33.3%");
            assertThat(pool.locator("[data-metric=service-level] .value")).hasText("66.7%");
            floor.end(first);
            JsonNode third = floor.offerFor("fraud-1");
            assertEquals(floor.agent("ana"), third.path("agentId").asText(), "the most empathetic agent takes the most anxious caller");
            assertThat(pool.locator("[data-metric=waiting] .value")).hasText("1");
            assertThat(pool.locator("[data-metric=offers-pending] .value")).hasText("1");
            assertThat(pool.locator("tr[data-decision=\"" + third.path("decisionId").asText() + "\"]")).isVisible();
            assertThat(page.locator("[data-metric=router-p99] .value")).containsText("ms");
            // The two p99 tiles say what each measures; the badge's count is of the offers the panel counts (3).
            assertThat(page.locator("[data-metric=router-p99] .sub")).containsText(
                    "input event received → offer acknowledged by the broker");
            assertThat(page.locator("[data-metric=router-p99] .label")).hasText("Decision latency p99, all pools");
            assertThat(pool.locator("[data-metric=pool-p99] .label")).hasText("Decision latency p99, this pool");
            assertThat(pool.locator("header .badge").first()).containsText("of 3 offers so far by this path");
            assertEquals(List.of(), tab.consoleErrors(), "console errors");
        }
    }

    @Test
    void aRealDecisionShowsWhyThatAgentWasChosen() {
        try (CallFloor floor = new CallFloor(); Chromium.Tab tab = Chromium.shared().open()) {
            floor.staff("cleo", 0.95, FRAUD_AND_CARDS);
            floor.call("fraud-9", "FRAUD_DISPUTE", 0.9, 40_000);
            JsonNode offer = floor.offerFor("fraud-9");
            // The ops role sees the decision but not why (explanations are for compliance) ...
            try (Chromium.Tab opsTab = Chromium.signedIn(ops.toString(), "ops")) {
                Locator row = opsTab.page()
                        .locator("tr[data-decision=\"" + offer.path("decisionId").asText() + "\"]");
                assertThat(row).isVisible();
                assertThat(row).not().hasAttribute("title", "Why this agent?");
            }
            // ... an admin (holding ops and compliance) does.
            Page page = tab.signIn(ops.toString(), "admin").page();

            page.locator("tr[data-decision=\"" + offer.path("decisionId").asText() + "\"]").click();
            Locator dialog = page.locator("dialog#explanation");
            assertThat(dialog).isVisible();
            assertThat(dialog.getByTestId("whisper")).hasText(offer.path("whisper").asText());
            Locator contributions = dialog.getByTestId("contributions");
            JsonNode strongest = strongest(offer.path("contributions"));
            assertThat(contributions).containsText(strongest.path("constraint").asText());
            assertThat(contributions).containsText(String.valueOf(strongest.path("score").asLong()));
            assertThat(dialog).containsText(floor.agent("cleo"));
            assertThat(dialog).containsText("Care need of the caller");
            assertEquals(List.of(), tab.consoleErrors(), "console errors");
        }
    }

    @Test
    void aStoppedIntakeIsAnAlarm() {
        try (Chromium.Tab tab = Chromium.shared().open()) {
            Page page = tab.page();
            String stopped = "{\"at\":\"2026-03-02T09:15:30Z\",\"pools\":[],\"router\":{\"decisionP99Millis\":null,"
                    + "\"targetP99Millis\":50,\"deadLetters\":0,\"deadLettersByReason\":{},"
                    + "\"intakeStopped\":true,\"intakeLag\":1234},\"problem\":null,\"alarms\":[{\"kind\":\"INTAKE_STOPPED\","
                    + "\"poolId\":null,\"message\":\"Kafka intake stopped: 1234 input records waiting\"}]}";
            page.route("**/api/v1/dashboard/queue-health", route -> route.fulfill(new Route.FulfillOptions()
                    .setStatus(200).setContentType("application/json").setBody(stopped)));
            page.route("**/api/v1/dashboard/queue-health/stream", route -> route.fulfill(new Route.FulfillOptions()
                    .setStatus(200).setContentType("text/event-stream").setBody("data: " + stopped + "\n\n")));
            tab.signIn(ops.toString(), "ops");
            Locator intake = page.locator("[data-metric=router-intake]");
            assertThat(intake).hasAttribute("data-level", "bad");
            assertThat(intake.locator(".value")).hasText("Stopped");
            assertThat(intake).containsText("1234 records waiting");
            assertThat(page.locator("#alarms [data-alarm=INTAKE_STOPPED]")).hasText(
                    "Kafka intake stopped: 1234 input records waiting");
            assertEquals(List.of(), tab.consoleErrors(), "console errors");
        }
    }

    @Test
    void aPoolWithCallersAndNoEligibleAgentLoggedInIsAnAlarmUntilOneLogsIn() {
        try (CallFloor floor = new CallFloor(); Chromium.Tab tab = Chromium.shared().open()) {
            floor.staff("dee", 0.7, Map.of("CARDS", 3));
            floor.state("dee", "LOGGED_OUT");
            floor.call("cards-7", "CARD_SERVICES", 0.2, 0);
            Page page = tab.signIn(ops.toString(), "ops").page();
            Locator alarm = page.locator("#alarms [data-alarm=NO_ELIGIBLE_AGENT][data-alarm-pool=\"" + floor.pool() + "\"]");
            assertThat(alarm).hasText("Pool " + floor.pool() + ": 1 call waits and no eligible agent is logged in");
            Locator pool = page.locator("section[data-pool=\"" + floor.pool() + "\"]");
            assertThat(pool.locator("[data-wait-reason]")).hasText("no eligible agent logged in");

            floor.state("dee", "AVAILABLE");
            floor.offerFor("cards-7");
            assertThat(alarm).hasCount(0);
            assertEquals(List.of(), tab.consoleErrors(), "console errors");
        }
    }

    @Test
    void troubleIsShownInsteadOfStaleOrMissingNumbers() {
        try (Chromium.Tab tab = Chromium.signedIn(ops.toString(), "ops")) {
            Page page = tab.page();
            // The service answers, but could not read the engine this time: a frame with a problem and no pools.
            String troubled = "{\"at\":\"2026-03-02T09:15:30Z\",\"pools\":[],\"router\":{\"decisionP99Millis\":null,"
                    + "\"targetP99Millis\":50,\"deadLetters\":0,\"deadLettersByReason\":{}},"
                    + "\"problem\":\"queue health could not be read: engine busy rebuilding\"}";
            page.route("**/api/v1/dashboard/queue-health", route -> route.fulfill(new Route.FulfillOptions()
                    .setStatus(200).setContentType("application/json").setBody(troubled)));
            page.route("**/api/v1/dashboard/queue-health/stream", route -> route.fulfill(new Route.FulfillOptions()
                    .setStatus(200).setContentType("text/event-stream").setBody("data: " + troubled + "\n\n")));
            page.navigate(ops.toString());
            assertThat(page.locator("#problem")).containsText("engine busy rebuilding");
            assertThat(page.getByTestId("no-pools")).containsText("No routing pools yet");
            assertEquals(List.of(), tab.consoleErrors(), "console errors");
        }
        try (Chromium.Tab tab = Chromium.signedIn(ops.toString(), "ops")) {
            Page page = tab.page();
            page.route("**/api/v1/dashboard/**", Route::abort);
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

    private static JsonNode strongest(JsonNode contributions) {
        JsonNode best = null;
        for (JsonNode c : contributions) {
            if (best == null || Math.abs(c.path("score").asLong()) > Math.abs(best.path("score").asLong())) {
                best = c;
            }
        }
        return best;
    }
}
