package dev.attune.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attune.testing.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Walks every endpoint of the running service (its OpenAPI document, its pages and the /q endpoints) with no
 * token and with a real token of each role from the test provider, and checks what happens against the role
 * table in docs/security.md: a new endpoint without a row, a stale row, or a rule that differs fails.
 */
@QuarkusTest
class RoleTableTest {
    private static final Set<String> PLATFORM = Set.of("GET /q/health", "GET /q/health/live", "GET /q/health/ready",
            "GET /q/metrics", "GET /q/openapi", "GET /q/swagger-ui");
    private static final Path PAGES = Path.of("src/main/resources/META-INF/resources");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @TestHTTPResource("/")
    URL base;

    @Test
    void theTableNamesEveryEndpointAndNoOther() throws Exception {
        Set<String> documented = new TreeSet<>(RoleTable.read().rows().stream().map(RoleTable.Row::endpoint).toList());
        Set<String> served = servedEndpoints();
        Set<String> undocumented = new TreeSet<>(served);
        undocumented.removeAll(documented);
        Set<String> stale = new TreeSet<>(documented);
        stale.removeAll(served);
        assertTrue(undocumented.isEmpty(), "endpoints without a row in docs/security.md's role table (add a row and "
                + "a rule in application.properties): " + undocumented);
        assertTrue(stale.isEmpty(), "rows in docs/security.md for endpoints the service does not have: " + stale);
    }

    @Test
    void everyEndpointAnswersEachRoleAsTheTableSays() throws Exception {
        RoleTable table = RoleTable.read();
        List<String> wrong = new ArrayList<>();
        for (RoleTable.Row row : table.rows()) {
            check(row, null, row.withoutToken(), wrong);
            for (String role : table.roles()) {
                check(row, role, row.allowed().get(role) ? "allowed" : "denied", wrong);
            }
        }
        assertEquals(List.of(), wrong, "answers that differ from docs/security.md");
    }

    private void check(RoleTable.Row row, String role, String expected, List<String> wrong) throws Exception {
        Answer answer = call(row, role == null ? null : Tokens.of(role));
        boolean ok = switch (expected) {
            case "401" -> answer.status() == 401 && answer.body().contains("\"message\"");
            case "sign-in" -> answer.status() == 302 && answer.location().startsWith(Tokens.issuer());
            case "open", "allowed" -> answer.status() != 401 && answer.status() != 403
                    && !answer.location().startsWith(Tokens.issuer());
            case "denied" -> answer.status() == 403 && answer.body().contains("\"message\"");
            default -> throw new IllegalStateException("unknown expectation '" + expected + "' in " + row);
        };
        if (!ok) {
            wrong.add(row.endpoint() + " as " + (role == null ? "no token" : role) + ": expected " + expected + ", got "
                    + answer.status() + " " + answer.body() + answer.location());
        }
    }

    record Answer(int status, String body, String location) {
    }

    /** One retry: on a busy machine the server may close a kept-alive connection just as it is reused. */
    private Answer call(RoleTable.Row row, String token) throws IOException, InterruptedException {
        try {
            return callOnce(row, token);
        } catch (IOException closed) {
            return callOnce(row, token);
        }
    }

    /** Reads only the start of the body: an allowed event stream never ends. */
    private Answer callOnce(RoleTable.Row row, String token) throws IOException, InterruptedException {
        String path = row.path().replaceAll("\\{[^}]+}", "role-table-probe");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(row.method(), HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            String start = response.statusCode() == 200 ? "" : new String(body.readNBytes(400), StandardCharsets.UTF_8);
            return new Answer(response.statusCode(), start, response.headers().firstValue("Location").orElse(""));
        }
    }

    private Set<String> servedEndpoints() throws IOException, InterruptedException {
        Set<String> endpoints = new TreeSet<>(PLATFORM);
        HttpRequest openapi = HttpRequest.newBuilder(URI.create(base.toString()).resolve("/q/openapi?format=json"))
                .header("Authorization", "Bearer " + Tokens.of("admin")).build();
        JsonNode paths = new ObjectMapper().readTree(http.send(openapi, HttpResponse.BodyHandlers.ofString()).body())
                .path("paths");
        for (Iterator<String> names = paths.fieldNames(); names.hasNext(); ) {
            String path = names.next();
            for (Iterator<String> methods = paths.path(path).fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                    endpoints.add(method.toUpperCase(Locale.ROOT) + " " + path);
                }
            }
        }
        endpoints.add("GET /");
        try (Stream<Path> files = Files.list(PAGES)) {
            files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".html"))
                    .forEach(name -> endpoints.add("GET /" + name));
        }
        return endpoints;
    }
}
