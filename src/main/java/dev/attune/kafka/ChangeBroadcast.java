package dev.attune.kafka;

import dev.attune.service.port.ChangeAnnouncements;
import dev.attune.service.port.ChangeNotice;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes change notices to the change topic (attune.kafka.topics.changes), which every instance reads in
 * full ({@link ChangeFeed}). Each notice names this instance as its origin, so the instance that made the
 * change does not apply it a second time.
 */
@ApplicationScoped
public class ChangeBroadcast implements ChangeAnnouncements {
    private static final Logger LOG = Logger.getLogger(ChangeBroadcast.class);
    /** One key: every notice on one partition, in the order announced. */
    static final String KEY = "changes";

    private final String topic;
    private final String origin;
    private final Map<String, Object> kafka;
    private final Counter unannounced;
    private KafkaProducer<String, byte[]> producer;

    @Inject
    public ChangeBroadcast(KafkaSettings settings, @Identifier("default-kafka-broker") Map<String, Object> kafka,
            @ConfigProperty(name = "attune.instance-id") Optional<String> instanceId, MeterRegistry registry) {
        this.topic = settings.topics().changes();
        this.kafka = kafka;
        // A restarted instance is a new origin: it must apply what the instance before it announced.
        this.origin = instanceId.map(String::trim).filter(id -> !id.isEmpty()).orElse("attune") + "/"
                + UUID.randomUUID();
        this.unannounced = Counter.builder("attune.changes.unannounced")
                .description("Workforce changes stored but not announced to the other instances (broker unreachable)")
                .register(registry);
    }

    /** This instance's name on its notices. */
    public String origin() {
        return origin;
    }

    @Override
    public void announce(ChangeNotice.Kind kind, String subject) {
        ChangeNotice notice = new ChangeNotice(kind, subject, origin, Instant.now());
        producer().send(new ProducerRecord<>(topic, KEY, ChangeNotices.write(notice)), (metadata, failure) -> {
            if (failure != null) {
                unannounced.increment();
                LOG.errorf("%s change %s is stored but other instances were not told (they see it at their next "
                        + "rebuild): %s", kind, subject, failure.toString());
            }
        });
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Map<String, Object> config = KafkaClients.connection(kafka);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            config.put(ProducerConfig.CLIENT_ID_CONFIG, "attune-changes-" + origin);
            producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
