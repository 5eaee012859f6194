package dev.attune.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attune.local.LocalKeycloak;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Real access tokens from the test provider for its demo users (one per role, named after the role),
 * fetched with the password grant of the API client and reused until shortly before they expire.
 */
public final class Tokens {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Token> CACHE = new ConcurrentHashMap<>();

    private record Token(String value, Instant renewAfter) {
    }

    private Tokens() {
    }

    /** An access token of the demo user of this role (acd, wfm, ops, compliance, admin). */
    public static String of(String role) {
        Token token = CACHE.get(role);
        if (token == null || Instant.now().isAfter(token.renewAfter())) {
            token = fetch(role);
            CACHE.put(role, token);
        }
        return token.value();
    }

    public static String issuer() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    }

    private static Token fetch(String user) {
        String form = "grant_type=password&client_id=" + LocalKeycloak.API_CLIENT
                + "&client_secret=" + LocalKeycloak.API_SECRET
                + "&username=" + encode(user) + "&password=" + encode(LocalKeycloak.passwordOf(user));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("no token for " + user + ": " + response.statusCode() + " " + response.body());
            }
            JsonNode body = JSON.readTree(response.body());
            long lifetime = body.path("expires_in").asLong(60);
            return new Token(body.path("access_token").asText(), Instant.now().plusSeconds(lifetime / 2));
        } catch (IOException e) {
            throw new IllegalStateException("the provider at " + issuer() + " did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
