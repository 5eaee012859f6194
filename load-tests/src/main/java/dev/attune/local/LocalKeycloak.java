package dev.attune.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Keycloak (the server distribution the build unpacks into target/keycloak) on 127.0.0.1 with the
 * attune realm of deploy/local/attune-realm.json: one client for the APIs, one for the pages, one demo
 * user per role. It keeps its users in its dev-file database, wiped at every start so the realm is always
 * the committed one. For tests and the local run only: the service itself talks to any OIDC provider.
 */
public final class LocalKeycloak implements AutoCloseable {
    public static final String REALM = "attune";
    public static final String API_CLIENT = "attune-api";
    public static final String API_SECRET = "attune-api-demo-secret";
    public static final String PAGES_CLIENT = "attune-pages";
    public static final String PAGES_SECRET = "attune-pages-demo-secret-for-local-runs-only";
    /** Every demo user is named after its role, password "&lt;role&gt;-demo". */
    public static final List<String> ROLES = List.of("acd", "wfm", "ops", "compliance", "admin");

    static final Path DISTRIBUTIONS = Path.of("target/keycloak");
    static final Path REALM_FILE = Path.of("deploy/local/attune-realm.json");
    /** A give-up bound, not a target: a start at nice 19 and a load average of 40-65 on two cores took over 5 minutes. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);
    /**
     * The one-time build's augmentation took 293 s at a load average of 45 on two cores, and the whole build ran
     * past 15 minutes at a load average of 38-55 (augmentation 439 s): a first run must not fail on it.
     */
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(30);

    private final Process process;
    private final String baseUrl;
    private final Path log;

    private LocalKeycloak(Process process, String baseUrl, Path log) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.log = log;
    }

    /** The Keycloak server's process id, for a run's leftovers file. */
    public long pid() {
        return process.pid();
    }

    public static String passwordOf(String user) {
        return user + "-demo";
    }

    /** Builds the distribution once (its Quarkus augmentation, about half a minute), then starts it. */
    public static LocalKeycloak start(Path log) throws IOException, InterruptedException {
        Path home = home();
        KeycloakJava java = KeycloakJava.find();
        if (!Files.exists(home.resolve(".attune-built"))) {
            run(java, home, log, List.of("build", "--db=dev-file"));
            Files.writeString(home.resolve(".attune-built"), "kc.sh build done\n");
        }
        deleteRecursively(home.resolve("data"));
        Files.createDirectories(home.resolve("data/import"));
        Files.copy(REALM_FILE, home.resolve("data/import/attune-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        int port = freePort();
        String baseUrl = "http://127.0.0.1:" + port;
        // One node, so no cluster: --cache=local skips Infinispan's JGroups discovery and its mTLS set-up, which
        // took 30-40 s of a start at a load average of 40 and made the fault suite's stack miss its start bound.
        Process process = java.command(home, log, List.of("start", "--optimized", "--import-realm", "--cache=local",
                "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + port,
                "--hostname=" + baseUrl)).start();
        LocalKeycloak keycloak = new LocalKeycloak(process, baseUrl, log);
        keycloak.awaitRealm();
        return keycloak;
    }

    /** An access token, and how long it lives. */
    public record AccessToken(String value, Duration lifetime) {
    }

    /**
     * An access token of this realm's demo user (named after its role) from the provider at this issuer, by the
     * password grant of the API client: what the tests and the fault suite's ACD sign in with.
     */
    public static AccessToken passwordGrant(HttpClient http, String issuer, String user)
            throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=" + API_CLIENT + "&client_secret=" + API_SECRET
                + "&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(passwordOf(user), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token for " + user + ": " + response.statusCode() + " " + response.body());
        }
        JsonNode body = new ObjectMapper().readTree(response.body());
        return new AccessToken(body.path("access_token").asText(), Duration.ofSeconds(body.path("expires_in").asLong(60)));
    }

    /** The issuer the service is configured with (quarkus.oidc.auth-server-url). */
    public String issuer() {
        return baseUrl + "/realms/" + REALM;
    }

    private void awaitRealm() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited during start-up (code " + process.exitValue()
                        + "): see " + log.toAbsolutePath());
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("Keycloak did not serve the attune realm within " + START_TIMEOUT
                + ": see " + log.toAbsolutePath());
    }

    private static void run(KeycloakJava java, Path home, Path log, List<String> arguments)
            throws IOException, InterruptedException {
        Process process = java.command(home, log, arguments).start();
        if (!process.waitFor(BUILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            // kc.sh runs the build in a child JVM, which would otherwise outlive the script and this run
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException("kc.sh " + String.join(" ", arguments) + " did not finish within "
                    + BUILD_TIMEOUT.toMinutes() + " minutes: see " + log.toAbsolutePath());
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("kc.sh " + String.join(" ", arguments) + " failed (exit code "
                    + process.exitValue() + "): see " + log.toAbsolutePath());
        }
    }

    static Path home() throws IOException {
        if (!Files.isDirectory(DISTRIBUTIONS)) {
            throw new IllegalStateException(DISTRIBUTIONS.toAbsolutePath() + " is missing: the build unpacks Keycloak "
                    + "there (./mvnw test-compile or package)");
        }
        try (Stream<Path> entries = Files.list(DISTRIBUTIONS)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("keycloak-") && Files.isDirectory(p))
                    .max(Comparator.naturalOrder())
                    .orElseThrow(() -> new IllegalStateException("no keycloak-* folder in " + DISTRIBUTIONS));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            List<Path> all = new ArrayList<>(paths.toList());
            all.sort(Comparator.reverseOrder());
            for (Path path : all) {
                Files.delete(path);
            }
        }
    }

    /** Stops the server and its child JVM (kc.sh execs java, but a shell may sit in between). */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
