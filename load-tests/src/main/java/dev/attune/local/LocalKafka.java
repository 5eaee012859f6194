package dev.attune.local;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
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
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker()
                .withDeleteLogDirsOnClose(true)
                .withClusterId(UUID.randomUUID().toString())
                .withAdditionalProperties(props -> {
                    props.put("group.initial.rebalance.delay.ms", "0");
                    props.put("offsets.topic.replication.factor", "1");
                    props.put("transaction.state.log.replication.factor", "1");
                    props.put("transaction.state.log.min.isr", "1");
                    props.put("num.partitions", "4");
                    props.put("auto.create.topics.enable", "true");
                });
        if (port > 0) {
            broker.withKafkaPort(port);
        }
        return new LocalKafka(broker.start());
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
