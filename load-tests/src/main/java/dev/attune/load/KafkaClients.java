package dev.attune.load;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Kafka clients set up the way the load generator needs them, and the guard that keeps traffic local. Every
 * client takes the transport security of {@link KafkaSecurity#fromEnvironment()}.
 */
public final class KafkaClients {
    private KafkaClients() {
    }

    /** Bootstrap address, client id and the environment's security settings. */
    public static Properties base(String bootstrapServers, String clientId) {
        Properties props = new Properties();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(CommonClientConfigs.CLIENT_ID_CONFIG, clientId);
        return KafkaSecurity.fromEnvironment().applyTo(props);
    }

    /** acks=all and no linger, as an ACD that must not lose a call would send (and as the floor was measured). */
    public static KafkaProducer<String, byte[]> producer(String bootstrapServers, String clientId) {
        Properties props = base(bootstrapServers, clientId);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * A consumer on every partition of the topics, from their current end. Assigned, not subscribed: no
     * consumer-group rebalance to wait for before traffic starts, and nothing committed anywhere.
     */
    public static KafkaConsumer<String, byte[]> assignedConsumer(String bootstrapServers, String clientId,
            List<String> topics) {
        Properties props = base(bootstrapServers, clientId);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, "1");
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "100");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            if (infos == null || infos.isEmpty()) {
                consumer.close();
                throw new IllegalStateException("topic " + topic + " does not exist on " + bootstrapServers
                        + ": create it first (KafkaClients.ensureTopics)");
            }
            for (PartitionInfo info : infos) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end offsets now, before any traffic
        return consumer;
    }

    public static Admin admin(String bootstrapServers) {
        return Admin.create(base(bootstrapServers, "attune-load-admin"));
    }

    /**
     * Creates whichever of the ACD's, the router's and the ping's topics is missing, so nobody waits on
     * auto-creation and no consumer is assigned an empty topic list. The four pool-keyed topics must share
     * one partition count (the router refuses to become ready otherwise): a missing one gets the count of
     * those that exist, else {@code partitions}. Existing topics are left as they are.
     */
    public static void ensureTopics(String bootstrapServers, int partitions) {
        List<String> poolKeyed = List.of(AcdWire.CALLS, AcdWire.AGENTS, AcdWire.EMOTIONS, AcdWire.DECISIONS);
        try (Admin admin = admin(bootstrapServers)) {
            Set<String> existing = admin.listTopics().names().get();
            int count = partitions;
            List<String> present = poolKeyed.stream().filter(existing::contains).toList();
            if (!present.isEmpty()) {
                count = admin.describeTopics(present).allTopicNames().get().values().iterator().next()
                        .partitions().size();
            }
            List<NewTopic> missing = new ArrayList<>();
            for (String topic : poolKeyed) {
                if (!existing.contains(topic)) {
                    missing.add(new NewTopic(topic, count, (short) 1));
                }
            }
            for (String topic : List.of(AcdWire.DEAD_LETTER, BrokerPing.TOPIC)) {
                if (!existing.contains(topic)) {
                    missing.add(new NewTopic(topic, 1, (short) 1));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException) {
                return; // someone else created it meanwhile: fine
            }
            throw new IllegalStateException("cannot create topics on " + bootstrapServers + ": " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The load test sends traffic only to this machine: refuse any broker address that is not loopback. */
    public static void requireLoopback(String bootstrapServers) {
        for (String address : bootstrapServers.split(",")) {
            String host = address.trim().replaceAll(":\\d+$", "").replaceAll("^\\[|]$", "");
            try {
                for (InetAddress resolved : InetAddress.getAllByName(host)) {
                    if (!resolved.isLoopbackAddress()) {
                        throw new IllegalArgumentException("refusing to send load to " + address
                                + ": the load test only talks to a broker on this machine (localhost / 127.0.0.1)");
                    }
                }
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("cannot resolve Kafka host " + host, e);
            }
        }
    }
}
