package dev.attune.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.attune.learning.fairness.PenalisedSpanish;
import dev.attune.persistence.RoutingJournal;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The console's what-if on the buyer's own journalled calls, in a real headless Chromium signed in as a
 * workforce manager: the traffic option shows a period and a pool, a pool's journalled hour is replayed under
 * both weight sets, and a pool with no journalled calls is refused with the field named.
 */
@QuarkusTest
class WhatIfReplayPageTest {
    @TestHTTPResource("/console.html")
    URL console;
    @Inject
    RoutingJournal journal;

    @Test
    void aWorkforceManagerReplaysAJournalledPeriod() {
        String pool = "replaypage-" + UUID.randomUUID().toString().substring(0, 8);
        PenalisedSpanish.journal(journal, pool);
        try (Chromium.Tab tab = Chromium.signedIn(console + "#weights", "wfm")) {
            Page page = tab.page();
            page.locator("input[data-constraint=EMPATHY_FOR_DISTRESS]").fill("0");
            page.locator("#weights-simulate").click();
            assertThat(page.locator("#whatif-period")).isHidden();
            page.locator("#whatif-source").selectOption("journal");
            assertThat(page.locator("#whatif-period")).isVisible();
            // Days either side: the browser's clock zone need not be the test's, and the pool holds only this hour.
            page.locator("#whatif-from").fill(local(Instant.now().minus(Duration.ofDays(2))));
            page.locator("#whatif-to").fill(local(Instant.now().plus(Duration.ofDays(1))));
            page.locator("#whatif-pool").fill("nobody-" + pool);
            // The refused pool is the one request that may fail: the browser logs its 400, nothing else.
            tab.expectFailedRequest(400, "/api/v1/what-if");
            page.locator("#whatif-replications").selectOption("1");
            page.locator("#whatif-run").click();
            assertThat(page.locator("#whatif-error")).containsText("from: no call was journalled");

            page.locator("#whatif-pool").fill(pool);
            page.locator("#whatif-run").click();
            Locator comparison = page.getByTestId("comparison");
            assertThat(comparison).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
            assertThat(page.locator("#whatif-result")).containsText("journalled traffic of pool " + pool);
            assertThat(page.locator("#whatif-result")).containsText(2 * PenalisedSpanish.PER_LANGUAGE + " calls, 6 agents");
            assertThat(comparison.locator("[data-metric=serviceLevel] .delta")).isVisible();
            assertEquals(List.of(), tab.unexpectedConsoleErrors(), "console errors");
        }
    }

    private static String local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
