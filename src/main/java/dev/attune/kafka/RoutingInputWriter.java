package dev.attune.kafka;

import dev.attune.core.engine.event.RoutingEvent;
import dev.attune.service.port.RoutingInput;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Writes the REST API's routing events to the pool-keyed input topics, keyed by pool as the ACD's records are,
 * with this instance as their CloudEvents source: the pool's owner consumes them (the instance that wrote one
 * and owns the pool has applied it already and drops the copy by its identity), and a restart replays them.
 */
@ApplicationScoped
public class RoutingInputWriter implements RoutingInput {
    private static final Logger LOG = Logger.getLogger(RoutingInputWriter.class);
    private final TopicNames topics;
    private final URI source;
    private final Map<String, Object> kafka;
    private final RecoveryListener ownership;
    private final Duration timeout;
    private KafkaProducer<String, byte[]> producer;

    @Inject
    public RoutingInputWriter(KafkaSettings settings, @Identifier("attune-recovery") RecoveryListener ownership,
            @Identifier("default-kafka-broker") Map<String, Object> kafka,
            @ConfigProperty(name = "attune.instance-id") Optional<String> instanceId) {
        this.topics = settings.names();
        this.kafka = kafka;
        this.ownership = ownership;
        this.timeout = settings.restInputTimeout();
        String instance = instanceId.map(String::trim).filter(id -> !id.isEmpty()).orElse("attune");
        this.source = URI.create(settings.source() + ":rest:" + instance.replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    /**
     * Creates the producer and reads the input topics' metadata at start, off the start-up thread: the first REST
     * call would otherwise pay for the producer's connection, its idempotence handshake and the metadata (seconds
     * on a loaded machine). A broker that is not up yet only leaves that to the first call.
     */
    void onStart(@Observes StartupEvent start) {
        Thread warm = new Thread(() -> {
            try {
                producer().partitionsFor(topics.calls());
                producer().partitionsFor(topics.agents());
            } catch (RuntimeException e) {
                LOG.debugf("input topics not reachable yet: %s", e.toString());
            }
        }, "attune-rest-input-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    @Override
    public boolean owns(String poolId) {
        return ownership.owns(poolId);
    }

    @Override
    public CompletionStage<Void> settled() {
        return ownership.settled();
    }

    @Override
    public boolean isSettled() {
        return ownership.isSettled();
    }

    @Override
    public CompletionStage<Written> write(RoutingEvent event) {
        String id = UUID.randomUUID().toString();
        String topic = topics.name(InputRecords.typeOf(event).topic());
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, event.poolId(),
                InputRecords.envelope(event, source, id));
        CompletableFuture<Written> written = new CompletableFuture<>();
        producer().send(record, (metadata, failure) -> {
            if (failure != null) {
                written.completeExceptionally(failure);
            } else {
                written.complete(new Written(source + " " + id, id,
                        metadata.topic() + "/" + metadata.partition() + "@" + metadata.offset()));
            }
        });
        return written;
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Map<String, Object> config = KafkaClients.connection(kafka);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            // A REST caller waits for the write: fail it (503) rather than hold it for the default two minutes.
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout.toMillis());
            config.put(ProducerConfig.CLIENT_ID_CONFIG, "attune-rest-input-" + Long.toHexString(System.nanoTime()));
            producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
        }
    }
}
