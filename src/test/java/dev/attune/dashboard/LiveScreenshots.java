package dev.attune.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.attune.local.DemoTraffic;
import dev.attune.testing.LocalInfrastructureResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Takes the screenshots in docs/img/ from live traffic: the local run's demo contact centre (the sample
 * roster of both pools, callers arriving through Kafka, agents answering) flows through the real service
 * while the pages are photographed. Runs only when asked:
 * {@code ./mvnw -B test -Dtest=LiveScreenshots -Dattune.screenshots=docs/img}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "attune.screenshots", matches = ".+")
class LiveScreenshots {
    private static final double CALLS_PER_SECOND = 6;

    @TestHTTPResource("/ops.html")
    URL ops;

    @TestHTTPResource("/console.html")
    URL console;

    @Test
    void photographThePagesWhileDemoTrafficFlows() throws Exception {
        try (Chromium chromium = Chromium.launch();
                DemoTraffic demo = new DemoTraffic(LocalInfrastructureResource.bootstrapServers(), CALLS_PER_SECOND,
                        Path.of("config"))) {
            demo.start();
            try (Chromium.Tab tab = chromium.open()) {
                Page page = tab.signIn(ops.toString(), "admin").page();
                // Let the floor fill and the sparklines draw a minute of history.
                page.waitForTimeout(Long.getLong("attune.screenshots.warmup-seconds", 60) * 1000);
                System.out.println("[screenshots] " + demo.status());
                Chromium.screenshotIfAsked(page, "ops-dashboard.png");
                Locator decision = page.locator("[data-pool=retail-east] tr[data-decision]").first();
                decision.click();
                assertThat(page.locator("dialog#explanation").getByTestId("contributions")).isVisible();
                page.waitForTimeout(300);
                page.locator("dialog#explanation").screenshot(new Locator.ScreenshotOptions()
                        .setPath(Path.of(System.getProperty("attune.screenshots"), "ops-explanation.png")));
            }
            try (Chromium.Tab tab = chromium.open()) {
                Page page = tab.signIn(console.toString(), "wfm").page();
                page.locator("#agent-filter").fill("retail-east FRAUD es");
                assertThat(page.locator("table[data-testid=agents]")).isVisible();
                Chromium.screenshotIfAsked(page, "console-agents.png");
                page.navigate(console + "#weights");
                page.locator("input[data-constraint=EMPATHY_FOR_DISTRESS]").fill("12");
                page.locator("#weights-reason").fill("pilot: more weight on distressed callers");
                page.locator("#weights-save").click();
                assertThat(page.getByTestId("history")).containsText("Empathy for distress: 10 → 12");
                page.locator("input[data-constraint=EMPATHY_FOR_DISTRESS]").fill("20");
                page.locator("input[data-constraint=WAIT_TIME]").fill("2");
                Chromium.screenshotIfAsked(page, "console.png");
                page.locator("#weights-simulate").click();
                page.locator("#whatif-replications").selectOption("5");
                page.locator("#whatif-run").click();
                assertThat(page.getByTestId("comparison")).isVisible(new LocatorAssertions.IsVisibleOptions()
                        .setTimeout(120_000));
                Chromium.screenshotIfAsked(page, "console-what-if.png");
            }
        }
    }
}
