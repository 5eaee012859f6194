package dev.attune.testing;

import dev.attune.local.LocalKeycloak;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts a real Keycloak once for the whole test run (started beside the broker and the database, not
 * after them) and points both OIDC tenants of the service at its attune realm. Tests get tokens from it
 * through {@link Tokens}; nothing about the security identity is mocked.
 */
public class OidcProviderResource implements QuarkusTestResourceLifecycleManager {
    private static LocalKeycloak keycloak;

    /**
     * A test profile restarts the app in a new class loader, where the static field below is empty again: the
     * system property keeps the one provider of this JVM (its shutdown hook stays with the first loader).
     */
    private static final String RUNNING = "attune.test.oidc-issuer";

    @Override
    public synchronized Map<String, String> start() {
        String running = System.getProperty(RUNNING);
        if (running != null) {
            return Map.of("quarkus.oidc.auth-server-url", running);
        }
        if (keycloak == null) {
            try {
                keycloak = LocalKeycloak.start(Path.of("target/keycloak.log"));
            } catch (Exception e) {
                throw new IllegalStateException("could not start Keycloak for the tests: " + e.getMessage(), e);
            }
        }
        System.setProperty(RUNNING, keycloak.issuer());
        return Map.of("quarkus.oidc.auth-server-url", keycloak.issuer());
    }

    @Override
    public synchronized void stop() {
        // Kept for the JVM's lifetime, like the broker: test profiles restart the app against the same provider.
    }

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (keycloak != null) {
                keycloak.close();
            }
        }, "oidc-provider-shutdown"));
    }
}
