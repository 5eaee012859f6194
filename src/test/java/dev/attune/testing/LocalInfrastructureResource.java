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

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (kafka != null) {
                kafka.close();
                postgres.close();
            }
        }, "local-infrastructure-shutdown"));
    }
}
