package dev.attune.local;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A real single-node KRaft Kafka broker in this JVM on 127.0.0.1, started empty every time (a reused
 * log directory made start-up take 12 s and rebalances 30 s here). For tests and the local run only:
 * the production artifact never carries a broker.
 */
public final class LocalKafka implements AutoCloseable {
    private final EmbeddedKafkaBroker broker;

    private LocalKafka(EmbeddedKafkaBroker broker) {
        this.broker = broker;
    }

    public static LocalKafka start() {
        return start(0);
    }

    /** @param port the client port on 127.0.0.1, 0 for a free one */
    public static LocalKafka start(int port) {
        return new LocalKafka(broker(null, port, 0, UUID.randomUUID().toString()).start());
    }

    /**
     * A broker that can be stopped and started again as the same broker: same ports, cluster id and log
     * directory (kept on close), so clients reconnect to it and find their topics, offsets and groups. For the
     * fault suite's broker outage.
     */
    public static LocalKafka startKept(Path logDir, int kafkaPort, int controllerPort, String clusterId) {
        return new LocalKafka(broker(logDir, kafkaPort, controllerPort, clusterId).start());
    }

    private static EmbeddedKafkaBroker broker(Path logDir, int kafkaPort, int controllerPort, String clusterId) {
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker()
                .withDeleteLogDirsOnClose(logDir == null)
                .withClusterId(clusterId);
        if (kafkaPort > 0) {
            broker.withKafkaPort(kafkaPort);
        }
        if (controllerPort > 0) {
            broker.withControllerPort(controllerPort);
        }
        return broker
                .withAdditionalProperties(props -> {
                    if (logDir != null) {
                        props.put("log.dirs", logDir.toAbsolutePath().toString());
                    }
                    props.put("group.initial.rebalance.delay.ms", "0");
                    props.put("offsets.topic.replication.factor", "1");
                    props.put("transaction.state.log.replication.factor", "1");
                    props.put("transaction.state.log.min.isr", "1");
                    props.put("num.partitions", "4");
                    props.put("auto.create.topics.enable", "true");
                });
    }

    /** host:port list for kafka.bootstrap.servers. */
    public String bootstrapServers() {
        return broker.getAdvertisedListeners().replaceAll("[A-Z_]+://", "");
    }

    /** The broker's log directories, for a run's leftovers file. */
    public java.util.List<String> logDirectories() {
        return broker.getLogDirs();
    }

    @Override
    public void close() {
        broker.close();
    }
}
