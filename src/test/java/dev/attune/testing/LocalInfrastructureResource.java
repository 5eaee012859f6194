package dev.attune.testing;

import dev.attune.local.LocalKafka;
import dev.attune.local.LocalPostgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Starts a real Kafka broker and a real PostgreSQL server once for the whole test run (there is no
 * Docker here, so Dev Services cannot) and points the service at them.
 */
public class LocalInfrastructureResource implements QuarkusTestResourceLifecycleManager {
    private static LocalKafka kafka;
    private static LocalPostgres postgres;

    @Override
    public synchronized Map<String, String> start() {
        if (kafka == null) {
            kafka = LocalKafka.start();
            postgres = LocalPostgres.start();
        }
        return Map.of(
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
                "quarkus.datasource.username", LocalPostgres.USER,
                "quarkus.datasource.password", LocalPostgres.PASSWORD);
    }

    @Override
    public synchronized void stop() {
        // Kept for the JVM's lifetime: several Quarkus test profiles restart the app against the same servers.
    }

    public static String bootstrapServers() {
        return kafka.bootstrapServers();
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
