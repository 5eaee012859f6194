package dev.attune.testing;

import dev.attune.local.LocalKafka;
import dev.attune.local.LocalPostgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;

/**
 * Starts a real Kafka broker and a real PostgreSQL server once for the whole test run (there is no
 * Docker here, so Dev Services cannot) and points the service at them.
 */
public class LocalInfrastructureResource implements QuarkusTestResourceLifecycleManager {
    private static LocalKafka kafka;
    private static LocalPostgres postgres;
    /** The broker of a test whose profile is {@link OverSaslSsl}, started for it and stopped after it. */
    private static SecureKafka secureKafka;
    private static final String JOURNAL_KEY = "attune.test.journal-key";
    private boolean secure;

    @Override
    public void setContext(Context context) {
        secure = OverSaslSsl.marks(context.testProfile());
    }

    @Override
    public synchronized Map<String, String> start() {
        if (kafka == null) {
            kafka = LocalKafka.start();
            postgres = LocalPostgres.start();
        }
        Map<String, String> settings = new HashMap<>(Map.of(
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
                "quarkus.datasource.username", LocalPostgres.USER,
                "quarkus.datasource.password", LocalPostgres.PASSWORD,
                "attune.privacy.journal-key", journalKey()));
        if (secure) {
            secureKafka = SecureKafka.start();
            settings.putAll(secureKafka.serviceSettings());
        }
        return settings;
    }

    @Override
    public synchronized void stop() {
        // The shared servers are kept for the JVM's lifetime: test profiles restart the app against them.
        if (secure && secureKafka != null) {
            secureKafka.close();
            secureKafka = null;
        }
    }

    /**
     * The key that seals whispers and status reasons in the journal: made for this JVM, never committed, and kept
     * in a system property so an app restarted by a test profile (in a new class loader) reads the same rows.
     */
    private static String journalKey() {
        String key = System.getProperty(JOURNAL_KEY);
        if (key == null) {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            key = Base64.getEncoder().encodeToString(bytes);
            System.setProperty(JOURNAL_KEY, key);
        }
        return key;
    }

    /** host:port of the plain broker every test but the {@link OverSaslSsl} ones uses. */
    public static String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /**
     * What a test client needs to reach the broker the running service uses: the plain broker's address, or
     * the secure broker's over SASL_SSL as the test ACD (a super user).
     */
    public static Map<String, Object> clientSettings() {
        if (secureKafka != null) {
            return Map.copyOf(secureKafka.clientSettings(SecureKafka.ACD));
        }
        return Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    }

    /** The secure broker while an {@link OverSaslSsl} test runs. */
    public static SecureKafka secureKafka() {
        return secureKafka;
    }

    /**
     * The shared PostgreSQL server, for tests of a database outage: {@link LocalPostgres#pause()} stops it,
     * {@link LocalPostgres#resume()} starts it again on the same port with the same data. A test that pauses it
     * must resume it (in a finally) before it ends: every other test uses it.
     */
    public static LocalPostgres postgres() {
        return postgres;
    }

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (kafka != null) {
                kafka.close();
                postgres.close();
            }
        }, "local-infrastructure-shutdown"));
    }
}
