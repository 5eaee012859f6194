package dev.attune.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.attune.learning.fairness.PenalisedSpanish;
import dev.attune.persistence.RoutingJournal;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The fairness audit page in a real headless Chromium, signed in through the real identity provider as a
 * compliance officer: a pool whose journal carries a penalty on Spanish callers shows language=es flagged, its
 * lowest ratio against English callers, no flag on the channel, both benchmark arms, and a CSV download of
 * the same audit; a workforce manager is not let in.
 */
@QuarkusTest
class FairnessPageTest {

    @TestHTTPResource("/fairness.html")
    URL audit;
    @Inject
    RoutingJournal journal;

    @Test
    void aComplianceOfficerSeesTheFlaggedSegmentAndDownloadsTheCsv() throws IOException {
        String pool = "fairpage-" + UUID.randomUUID().toString().substring(0, 8);
        Instant start = PenalisedSpanish.journal(journal, pool);
        String period = "?pool=" + pool + "&from=" + start.minusSeconds(1) + "&to=" + Instant.now().plusSeconds(60);
        try (Chromium.Tab tab = Chromium.signedIn(audit + period, "compliance")) {
            Page page = tab.page();
            Locator spanish = page.locator("[data-testid=audit] tr[data-segment=\"language=es\"]");
            try {
                assertThat(spanish.locator("[data-field=flagged]")).containsText("top-empathy agent",
                        new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
            } catch (AssertionError e) {
                throw new AssertionError("page: " + page.locator("main").innerHTML() + "; console errors: "
                        + tab.consoleErrors(), e);
            }
            assertThat(page.getByTestId("audit-flagged")).containsText("language=es");
            assertThat(page.getByTestId("audit-flagged")).not().containsText("channel=");
            assertThat(spanish.locator("[data-field=calls]")).hasText(String.valueOf(PenalisedSpanish.PER_LANGUAGE));
            assertThat(spanish.locator("[data-field=ratio]")).containsText("vs en");
            assertThat(spanish.locator("[data-field=abandonment]")).hasText("25.0%");
            assertThat(page.locator("[data-testid=audit] tr[data-segment=\"language=en\"] [data-field=flagged]")).hasText("");
            assertThat(page.locator("[data-testid=audit] tr[data-segment=\"channel=voice\"] [data-field=flagged]")).hasText("");
            assertThat(page.locator("[data-testid=benchmark] tr[data-arm=Attune]")).containsText("120");
            assertThat(page.locator("[data-testid=benchmark] tr[data-arm=Control]")).hasCount(1);
            Chromium.screenshotIfAsked(page, "fairness-audit");

            Download download = page.waitForDownload(() -> page.getByTestId("audit-csv").click());
            String csv = Files.readString(download.path());
            assertTrue(csv.startsWith("dimension,segment,calls,flagged,"), csv);
            assertTrue(csv.contains("\nlanguage,es," + PenalisedSpanish.PER_LANGUAGE + ",true,"), csv);
            assertEquals(List.of(), tab.consoleErrors(), "console errors");
        }
        try (Chromium.Tab tab = Chromium.signedIn(audit.toString(), "wfm")) {
            assertEquals(403, tab.page().navigate(audit.toString()).status(), "a workforce manager is not let in");
        }
    }
}
