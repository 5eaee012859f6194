package dev.attune.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The address people are given ("/") opens the page their role allows rather than a 403: the dashboard for
 * ops, the console for a workforce manager, and for a role with no page (ACD, compliance) who is signed in
 * and the API, with no link to a page it may not open.
 */
@QuarkusTest
class LandingPageTest {
    @TestHTTPResource("/")
    URL home;

    @Test
    void eachRoleLandsWhereItMayGo() {
        try (Chromium.Tab tab = Chromium.signedIn(home.toString(), "wfm")) {
            Page page = tab.page();
            page.waitForURL(Pattern.compile(".*/console\\.html$"));
            assertThat(page.getByTestId("signed-in-user")).hasText("wfm");
        }
        try (Chromium.Tab tab = Chromium.signedIn(home.toString(), "ops")) {
            Page page = tab.page();
            page.waitForURL(Pattern.compile(".*/ops\\.html$"));
        }
        try (Chromium.Tab tab = Chromium.signedIn(home.toString(), "compliance")) {
            Page page = tab.page();
            assertThat(page.getByTestId("signed-in-user")).hasText("compliance");
            assertThat(page.locator("#pages")).isVisible();
            assertThat(page.locator("#pages a[href='ops.html']")).isHidden();
            assertThat(page.locator("#pages a[href='console.html']")).isHidden();
            assertThat(page.locator("#pages a[href='q/swagger-ui']")).isVisible();
        }
    }
}
