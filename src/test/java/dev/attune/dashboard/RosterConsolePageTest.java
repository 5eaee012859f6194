package dev.attune.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import dev.attune.service.EngineHost;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The console's roster work in a real headless Chromium against the running service: each agent's live state
 * beside its profile, a WFM export checked (dry run) and applied, and an agent deactivated from its row, all
 * audited with the signed-in manager.
 */
@QuarkusTest
class RosterConsolePageTest {
    private static final String MANAGER = "wfm";

    @TestHTTPResource("/console.html")
    URL console;
    @Inject
    EngineHost host;

    private static void worker(String id, String pool) {
        given().contentType(ContentType.JSON).body("""
                {"id": "%s", "pool": "%s", "displayName": "Agent %s", "skills": {"CARDS": 3},
                 "languages": ["en"], "licences": [], "empathy": 0.5, "capacity": 1}""".formatted(id, pool, id))
                .post("/api/v1/workers").then().statusCode(201);
    }

    @Test
    void liveStatesAnImportAndADeactivation() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> host.state() == EngineHost.State.RUNNING);
        String pool = "roster-" + UUID.randomUUID().toString().substring(0, 8);
        String ana = pool + "-ana";
        String ben = pool + "-ben";
        worker(ana, pool);
        worker(ben, pool);
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().contentType(ContentType.JSON)
                .body("{\"state\": \"AVAILABLE\"}").put("/api/v1/pools/" + pool + "/workers/" + ana + "/state")
                .then().statusCode(200));
        String export = "agent_id,display_name,pool,skills,languages,licences,empathy,capacity\n"
                + ana + ",Ana Ruiz," + pool + ",CARDS:4,en;es,,0.7,voice:1;chat:2\n"
                + pool + "-cy,Cy New," + pool + ",CARDS:2,en,,0.6,voice:1\n";

        try (Chromium.Tab tab = Chromium.shared().open()) {
            Page page = tab.page();
            page.onDialog(dialog -> dialog.accept("moved to the back office"));
            tab.signIn(console.toString(), MANAGER);
            page.locator("#agent-filter").fill(pool);
            Locator anaRow = page.locator("#agents tr[data-agent=\"" + ana + "\"]");
            assertThat(anaRow.getByTestId("live-state")).hasText("available");
            assertThat(page.locator("#agents tr[data-agent=\"" + ben + "\"]").getByTestId("live-state"))
                    .hasText("logged out");

            page.locator("a[data-tab=roster]").click();
            page.locator("#roster-file").setInputFiles(new FilePayload("roster.csv", "text/csv",
                    export.getBytes(StandardCharsets.UTF_8)));
            assertThat(page.getByTestId("roster-summary")).containsText("Dry run: nothing changed yet");
            assertThat(page.getByTestId("roster-added")).containsText(pool + "-cy");
            assertThat(page.getByTestId("roster-changed")).containsText(ana + ": displayName, skills, languages, "
                    + "empathy, capacity");
            assertThat(page.getByTestId("roster-deactivated")).containsText(ben);
            page.locator("#roster-reason").fill("January roster");
            page.locator("#roster-apply").click();
            assertThat(page.getByTestId("roster-summary")).containsText("Applied");

            page.locator("a[data-tab=agents]").click();
            assertThat(page.locator("#agents tr[data-agent=\"" + ben + "\"]").getByTestId("live-state"))
                    .hasText("deactivated");
            anaRow.locator("button[data-action=deactivate]").click();
            assertThat(anaRow.getByTestId("live-state")).hasText("deactivated");
            assertEquals(List.of(), tab.consoleErrors(), "console errors");
        }
        given().get("/api/v1/workers/" + pool + "-cy").then().statusCode(200).body("capacity.VOICE", equalTo(1));
        given().get("/api/v1/workers/" + ben + "/history").then().body("action", contains("CREATED", "DEACTIVATED"))
                .body("[1].reason", equalTo("January roster")).body("[1].changedBy", equalTo(MANAGER));
        given().get("/api/v1/workers/" + ana + "/history").then()
                .body("action", contains("CREATED", "CHANGED", "DEACTIVATED"))
                .body("[2].reason", equalTo("moved to the back office")).body("[2].changedBy", equalTo(MANAGER));
    }

    @Test
    void aProductIsEditedInTheConsoleAndItsHistoryShown() {
        String code = "CONSOLE_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        given().contentType(ContentType.JSON).body("""
                {"label": "Console product", "requiredSkill": "CARDS", "minimumProficiency": 2, "requiredLicence": null,
                 "baseStakes": 0.3, "baseDistress": 0.2, "serviceLevel": {"share": 0.8, "thresholdSeconds": 20}}""")
                .put("/api/v1/products/" + code).then().statusCode(200);
        try (Chromium.Tab tab = Chromium.signedIn(console.toString(), MANAGER)) {
            Page page = tab.page();
            page.locator("a[data-tab=products]").click();
            Locator row = page.locator("[data-testid=products] tr[data-product=\"" + code + "\"]");
            row.locator("[name=minimumProficiency]").fill("9");
            row.locator("button:text-is(\"Save\")").click();
            assertThat(row.locator(".field-error")).containsText("minimumProficiency");
            row.locator("[name=minimumProficiency]").fill("4");
            row.locator("[name=thresholdSeconds]").fill("15");
            row.locator("[name=reason]").fill("tighter promise");
            row.locator("button:text-is(\"Save\")").click();
            assertThat(page.getByTestId("product-history")).containsText("minimumProficiency 2 → 4");
            assertThat(page.getByTestId("product-history")).containsText("thresholdSeconds 20 → 15");
            assertThat(page.getByTestId("product-history")).containsText(MANAGER + " · tighter promise");
        }
        given().get("/api/v1/products/" + code).then().body("minimumProficiency", equalTo(4))
                .body("serviceLevel.thresholdSeconds", equalTo(15));
    }
}
