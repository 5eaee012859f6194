package dev.attune.load;

import java.util.List;
import java.util.logging.Level;
import org.jboss.logmanager.Logger;

/**
 * Keeps the console readable: the Kafka clients and the embedded broker log every configuration at
 * INFO. Warnings and errors still show. (slf4j goes to the JBoss LogManager on this classpath.)
 */
public final class QuietLogs {
    private static final List<String> NOISY = List.of("org.apache.kafka", "kafka", "state.change.logger",
            "io.smallrye.reactive.messaging.kafka.companion", "org.apache.zookeeper");
    // Held so the configured loggers are not collected and recreated with default levels.
    private static final List<Logger> HELD = NOISY.stream().map(Logger::getLogger).toList();

    private QuietLogs() {
    }

    public static void apply() {
        HELD.forEach(logger -> logger.setLevel(Level.WARNING));
    }
}
