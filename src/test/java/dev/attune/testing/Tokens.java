package dev.attune.testing;

import dev.attune.local.LocalKeycloak;
import java.io.IOException;
import java.net.http.HttpClient;
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
        try {
            LocalKeycloak.AccessToken token = LocalKeycloak.passwordGrant(HTTP, issuer(), user);
            return new Token(token.value(), Instant.now().plus(token.lifetime().dividedBy(2)));
        } catch (IOException e) {
            throw new IllegalStateException("the provider at " + issuer() + " did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
