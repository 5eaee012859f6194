package dev.attune.load;

import dev.attune.local.LocalKafka;
import java.io.IOException;

/**
 * Runs the embedded broker (LocalKafka) in a JVM of its own, so neither the load generator's garbage
 * collections nor the service's stall it, as on a real deployment. Prints {@code BOOTSTRAP host:port}
 * when ready and stops when its standard input closes (its parent ended, however it ended).
 */
public final class BrokerMain {
    public static final String READY = "BOOTSTRAP ";

    public static void main(String[] args) throws IOException {
        QuietLogs.apply();
        LocalKafka kafka = LocalKafka.start();
        System.out.println(READY + kafka.bootstrapServers());
        System.out.flush();
        while (System.in.read() >= 0) {
            // wait for the parent to go away
        }
        kafka.close();
        System.exit(0);
    }
}
