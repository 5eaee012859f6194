package dev.attune.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The workforce-manager console in a real headless Chromium against the service's own REST API and database:
 * an agent edited (bad values refused by the page and by the service), a weight changed and found in the
 * audited history, a what-if run on the real simulator and drawn as a chart, and what a failing API looks like.
 */
@QuarkusTest
class ConsolePageTest {
    /** The demo workforce manager of the test provider: the change history names the signed-in user. */
    private static final String MANAGER = "wfm";

    @TestHTTPResource("/console.html")
    URL console;

    @Test
    void anAgentIsEditedAndBadValuesAreRefused() {
        String id = "console-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body("""
                {"id": "%s", "pool": "console-pool", "displayName": "Ben Okafor", "skills": {"CARDS": 4},
                 "languages": ["en"], "licences": [], "empathy": 0.41, "capacity": 1}""".formatted(id))
                .post("/api/v1/workers").then().statusCode(201);
        try (Chromium.Tab tab = Chromium.shared().open()) {
            Page page = tab.page();
            List<String> writes = new CopyOnWriteArrayList<>();
            page.onRequest(request -> {
                if (request.url().contains("/api/v1/workers/") && request.method().equals("PUT")) {
                    writes.add(request.postData());
                }
            });
            tab.signIn(console.toString(), MANAGER);
            assertThat(page.getByTestId("signed-in-user")).hasText(MANAGER);
            assertThat(page.locator(".top nav a[href='ops.html']")).isHidden();
            page.locator("#agent-filter").fill(id);
            assertThat(page.locator("#agent-count")).containsText("1 of ");
            Locator row = page.locator("#agents tr[data-agent=\"" + id + "\"]");
            assertThat(row).containsText("Ben Okafor");

            row.locator("button:text-is(\"Edit\")").click();
            page.locator("#f-empathy").fill("1.4");
            page.getByText("Save agent").click();
            assertThat(page.getByTestId("agent-error")).containsText("Empathy must be a number from 0 to 1");
            assertEquals(List.of(), writes, "nothing is sent while the form is invalid");

            // The page lets a badly written language through; the service refuses it with its own words.
            page.locator("#f-empathy").fill("0.85");
            page.locator("#f-languages").fill("english");
            page.getByText("Save agent").click();
            assertThat(page.getByTestId("agent-error")).containsText("must be a language code such as en");

            page.locator("#f-languages").fill("en, es");
            page.locator("#skill-rows .skill-row [name=proficiency]").first().fill("5");
            page.locator("#f-reason").fill("coached on card disputes");
            page.getByText("Save agent").click();
            assertThat(page.locator("dialog#agent-dialog")).isHidden();
            assertThat(row).containsText("0.85");
            assertThat(row).containsText("CARDS 5");
            // The browser reports the refused request itself; nothing else may go wrong.
            assertEquals(List.of(), tab.consoleErrors().stream()
                    .filter(e -> !(e.contains("status of 400") && e.contains("/api/v1/workers/" + id))).toList(),
                    "console errors");
        }
        given().get("/api/v1/workers/" + id).then().statusCode(200)
                .body("empathy", equalTo(0.85f)).body("skills.CARDS", equalTo(5)).body("languages", hasItem("es"));
        given().get("/api/v1/workers/" + id + "/history").then().statusCode(200)
                .body("changedBy", hasItem(MANAGER)).body("reason", hasItem("coached on card disputes"));
    }

    @Test
    void anEditedWeightShowsUpInTheChangeHistory() {
        long before = given().get("/api/v1/weights").then().statusCode(200)
                .extract().jsonPath().getLong("weights.'Empathy for distress'");
        long after = before + 1;
        try (Chromium.Tab tab = Chromium.signedIn(console + "#weights", MANAGER)) {
            Page page = tab.page();
            assertThat(page.locator("tr[data-constraint-row=EMPATHY_FOR_DISTRESS] td.num")).hasText(String.valueOf(before));

            page.locator("input[data-constraint=REQUIRED_SKILL]").fill("0");
            assertThat(page.locator("tr[data-constraint-row=REQUIRED_SKILL]")).containsText("hard rule cannot be switched off");
            assertThat(page.locator("#weights-save")).isDisabled();
            page.locator("input[data-constraint=REQUIRED_SKILL]").fill("1");

            page.locator("input[data-constraint=EMPATHY_FOR_DISTRESS]").fill(String.valueOf(after));
            page.locator("#weights-save").click();
            assertThat(page.locator("#weights-error")).containsText("Say why");
            page.locator("#weights-reason").fill("more weight on distressed callers");
            page.locator("#weights-save").click();

            Locator latest = page.getByTestId("history").locator("tbody tr").first();
            assertThat(latest).containsText("Empathy for distress: " + before + " → " + after);
            assertThat(latest).containsText(MANAGER);
            assertThat(latest).containsText("more weight on distressed callers");
            assertThat(page.locator("tr[data-constraint-row=EMPATHY_FOR_DISTRESS] td.num")).hasText(String.valueOf(after));
            page.locator("input[data-constraint=WAIT_TIME]").fill("2");
            assertEquals(List.of(), tab.consoleErrors(), "console errors");
        } finally {
            // Other tests share this service: put the weight back, through the same audited API.
            given().contentType(ContentType.JSON)
                    .body(Map.of("weights", Map.of("Empathy for distress", before), "reason", "restore after the console test"))
                    .put("/api/v1/weights").then().statusCode(200);
        }
        given().queryParam("limit", 2).get("/api/v1/weights/history").then().statusCode(200)
                .body("[1].changedBy", equalTo(MANAGER)).body("[1].after.'Empathy for distress'", equalTo((int) after));
    }

    @Test
    void aWhatIfComparesCurrentAndProposedWeightsOnTheRealSimulator() {
        try (Chromium.Tab tab = Chromium.signedIn(console + "#weights", MANAGER)) {
            Page page = tab.page();
            page.locator("input[data-constraint=EMPATHY_FOR_DISTRESS]").fill("0");
            page.locator("#weights-simulate").click();
            assertThat(page.locator("#whatif-proposal")).containsText("Empathy for distress: ");
            assertThat(page.locator("#whatif-proposal")).containsText("→ 0");
            page.locator("#whatif-replications").selectOption("3");
            page.locator("#whatif-seed").fill("7");
            page.locator("#whatif-run").click();

            Locator comparison = page.getByTestId("comparison");
            assertThat(page.getByRole(AriaRole.PROGRESSBAR).or(comparison).first()).isVisible();
            assertThat(comparison).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
            assertThat(page.locator("#whatif-result")).containsText("3 replications");
            assertThat(comparison.locator("svg")).hasCount(6);
            for (String metric : List.of("serviceLevel", "asa", "abandonment", "highCareTopEmpathy", "empathyMatch",
                    "complaintRate")) {
                assertThat(comparison.locator("[data-metric=" + metric + "] .delta"))
                        .containsText(Pattern.compile("better|worse|within noise"));
            }
            assertEquals(List.of(), tab.consoleErrors(), "console errors");
        }
    }

    @Test
    void aFailingApiIsShownWhereItsDataWouldBe() {
        try (Chromium.Tab tab = Chromium.signedIn(console.toString(), MANAGER)) {
            Page page = tab.page();
            page.route("**/api/v1/workers**", route -> route.fulfill(new Route.FulfillOptions().setStatus(503)
                    .setContentType("application/json").setBody("{\"message\":\"database is starting\"}")));
            page.route("**/api/v1/weights**", Route::abort);
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
