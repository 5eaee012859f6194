package dev.attune.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.attune.simulation.trace.SyntheticBankLog;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The console's what-if against longest-idle, in a real headless Chromium signed in as a workforce manager: a
 * proposed weight is run on the calibrated replay beside longest-idle and the weights in force, and the page shows
 * the three policies' high-care share, hindsight ceiling and waits, and each target's verdict for both weight sets.
 * The replayed log is generated at test time ({@link SyntheticBankLog}), in the folder %test.attune.what-if.data names.
 */
@QuarkusTest
class TargetWhatIfPageTest {
    @TestHTTPResource("/console.html")
    URL console;

    @Test
    void aWorkforceManagerJudgesProposedWeightsAgainstLongestIdle() {
        SyntheticBankLog.folder();
        try (Chromium.Tab tab = Chromium.signedIn(console + "#weights", "wfm")) {
            Page page = tab.page();
            page.locator("input[data-constraint=EMPATHY_FOR_DISTRESS]").fill("35");
            page.locator("#weights-simulate").click();
            page.locator("#targets-days").selectOption("1");
            page.locator("#targets-replications").selectOption("1");
            page.locator("#targets-run").click();

            Locator policies = page.getByTestId("targets-policies");
            assertThat(policies).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(120_000));
            assertThat(page.locator("#targets-result")).containsText("calibrated replay (capacity fitted on january)");
            assertThat(policies.locator("tbody tr")).hasCount(3);
            assertThat(policies.locator("tr[data-policy=longest-idle] td").nth(2)).hasText("×1.00");
            assertThat(policies.locator("tr[data-policy=proposed]")).containsText("proposed weights");
            Locator verdicts = page.getByTestId("targets-verdicts");
            assertThat(verdicts.locator("tbody tr")).hasCount(5);
            assertThat(verdicts).containsText("fraction of the hindsight ceiling");
            assertThat(verdicts.locator("tbody tr").first()).containsText("high-care share, ratio to longest-idle");
            assertThat(page.getByTestId("targets-report")).containsText("Targets, proposed against longest-idle");
            assertEquals(List.of(), tab.consoleErrors(), "console errors");
        }
    }
}
