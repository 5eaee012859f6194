package dev.attune.dashboard;

import dev.attune.local.LocalKeycloak;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Debian's headless Chromium driven by Playwright for Java. Playwright's own browser download cannot
 * work here, so it is told to skip it and to launch /usr/bin/chromium (or ATTUNE_CHROMIUM).
 *
 * <p>Page tests share one browser ({@link #shared()}, closed when the test JVM ends) and open each page
 * signed in with {@link #signedIn}: a fresh context per tab keeps their sessions apart.
 */
final class Chromium implements AutoCloseable {
    private static Chromium shared;

    private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable())
                .setHeadless(true)
                .setArgs(ARGS));
    }

    static Chromium launch() {
        // Frames come once a second from a queue snapshot refreshed once a second: allow a few of them.
        PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
        return new Chromium();
    }

    /** The test JVM's browser, launched on first use and closed when the JVM ends. */
    static synchronized Chromium shared() {
        if (shared == null) {
            Chromium launched = launch();
            Runtime.getRuntime().addShutdownHook(new Thread(launched::closeQuietly, "chromium-close"));
            shared = launched;
        }
        return shared;
    }

    /** A fresh tab of the shared browser, signed in as the demo user of this role and showing url. */
    static Tab signedIn(String url, String user) {
        Tab tab = shared().open();
        try {
            return tab.signIn(url, user);
        } catch (RuntimeException | Error e) {
            tab.close();
            throw e;
        }
    }

    private static Path executable() {
        String configured = System.getenv("ATTUNE_CHROMIUM");
        return Paths.get(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
    }

    /** A fresh page in its own context, with every console error and page error collected. */
    Tab open() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 1000));
        context.setDefaultTimeout(10_000);
        Page page = context.newPage();
        List<String> errors = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                errors.add(message.text() + " @ " + message.location());
            }
        });
        page.onPageError(error -> errors.add("uncaught: " + error));
        return new Tab(context, page, errors, new CopyOnWriteArrayList<>());
    }

    /**
     * Saves a screenshot of the page when the build is asked for them (-Dattune.screenshots=docs/img),
     * so ordinary builds leave the working tree alone.
     */
    static void screenshotIfAsked(Page page, String name) {
        String folder = System.getProperty("attune.screenshots");
        if (folder != null && !folder.isBlank()) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get(folder, name)).setFullPage(true));
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }

    /** At JVM exit the driver may already be gone: nothing is left to close then. */
    private void closeQuietly() {
        try {
            close();
        } catch (RuntimeException | LinkageError e) {
            // The driver process ends with the JVM anyway.
        }
    }

    /**
     * A signed-in page and what went wrong in it.
     *
     * @param consoleErrors    every console error and uncaught page error, the expected failed requests too
     * @param expectedFailures requests a test provokes to fail on purpose ({@link #expectFailedRequest})
     */
    record Tab(BrowserContext context, Page page, List<String> consoleErrors, List<ExpectedFailure> expectedFailures)
            implements AutoCloseable {

        /**
         * Says a request to a URL containing {@code urlPart} will be answered with {@code status} on purpose (a
         * refused form): the browser logs it as a console error, which {@link #unexpectedConsoleErrors} leaves out.
         */
        Tab expectFailedRequest(int status, String urlPart) {
            expectedFailures.add(new ExpectedFailure(status, urlPart));
            return this;
        }

        /** The console errors but the failed requests the test said to expect. */
        List<String> unexpectedConsoleErrors() {
            return consoleErrors.stream()
                    .filter(error -> expectedFailures.stream().noneMatch(expected -> expected.matches(error)))
                    .toList();
        }

        /**
         * Opens url as the demo user of this role, signing in through the real provider's own login form on
         * the way (the authorization-code flow), and lands on url again: the form drops a #fragment.
         */
        Tab signIn(String url, String user) {
            // A cold provider renders its first login form slowly on a busy machine: allow it a minute.
            Page.NavigateOptions slow = new Page.NavigateOptions().setTimeout(60_000);
            page.navigate(url, slow);
            page.locator("#username").fill(user, new Locator.FillOptions().setTimeout(60_000));
            page.locator("#password").fill(LocalKeycloak.passwordOf(user));
            page.locator("#kc-login").click();
            page.waitForURL(address -> !address.contains("/realms/"), new Page.WaitForURLOptions().setTimeout(60_000));
            try {
                page.navigate(url, slow);
            } catch (PlaywrightException e) {
                // A page that sends its user on at once (the landing page) interrupts its own load: no error,
                // provided the page it went on to is not the provider's login again (a session that did not hold).
                if (!String.valueOf(e.getMessage()).contains("interrupted by another navigation")) {
                    throw e;
                }
                page.waitForLoadState();
                if (page.url().contains("/realms/")) {
                    throw new AssertionError("signed in as " + user + " but sent back to the provider: " + page.url(), e);
                }
            }
            consoleErrors.clear();
            return this;
        }

        @Override
        public void close() {
            context.close();
        }
    }

    /** A failed request a test provokes: Chromium logs "Failed to load resource: ... status of 400 ..." @ its URL. */
    record ExpectedFailure(int status, String urlPart) {
        boolean matches(String consoleError) {
            return consoleError.startsWith("Failed to load resource: the server responded with a status of " + status + " ")
                    && consoleError.contains(urlPart);
        }
    }
}
