package dev.attune.kafka;

import dev.attune.service.WorkforceChanges;
import dev.attune.service.port.ChangeNotice;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * Reads the change topic in full on every instance (no consumer group: each instance needs every notice) and
 * hands each notice of another instance to {@link WorkforceChanges#reload}, which reads the item back from the
 * database. It starts at the topic's end: what was announced before is in the database the engine was built
 * from, and the weights and catalogue are reloaded once the position is fixed so a change stored in between is
 * not missed (agent profiles are reloaded with their pools at every rebuild). A notice waits, retried, while
 * the database is away; a malformed one is dead-lettered by each instance that reads it.
 */
@ApplicationScoped
public class ChangeFeed {
    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(5);

    private final WorkforceChanges workforce;
    private final ChangeBroadcast broadcast;
    private final DeadLetters deadLetters;
    private final String topic;
    private final int maxBytes;
    private final Map<String, Object> kafka;
    private volatile boolean running;
    private volatile boolean reading;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    @Inject
    public ChangeFeed(WorkforceChanges workforce, ChangeBroadcast broadcast, DeadLetters deadLetters,
            KafkaSettings settings, @Identifier("default-kafka-broker") Map<String, Object> kafka) {
        this.workforce = workforce;
        this.broadcast = broadcast;
        this.deadLetters = deadLetters;
        this.topic = settings.topics().changes();
        this.maxBytes = settings.maxEventBytes();
        this.kafka = kafka;
    }

    // Before the engine host starts (default priority), so the position is fixed as early as possible.
    void onStart(@Observes @Priority(10) StartupEvent startup) {
        running = true;
        thread = new Thread(this::run, "attune-change-feed");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        }
    }

    /** Whether the feed has its position on the change topic: every notice sent from now on is read. */
    public boolean reading() {
        return reading && running;
    }

    private void run() {
        Map<String, Object> config = KafkaClients.connection(kafka);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "attune-change-feed-" + broadcast.origin());
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer = c;
            List<TopicPartition> partitions = partitions(c);
            c.assign(partitions);
            c.seekToEnd(partitions);
            partitions.forEach(c::position);
            reading = true;
            LOG.infof("change feed reads %s from its end as %s", topic, broadcast.origin());
            catchUp();
            while (running) {
                for (ConsumerRecord<String, byte[]> r : c.poll(POLL)) {
                    handle(r);
                }
            }
        } catch (WakeupException e) {
            // stopping
        } catch (RuntimeException e) {
            LOG.errorf(e, "the change feed stopped: changes made through other instances reach this one only "
                    + "at its next rebuild");
        }
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, byte[]> c) {
        while (running) {
            var infos = c.partitionsFor(topic);
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            }
            LOG.warnf("change topic %s has no partitions yet; waiting", topic);
            sleep(Duration.ofSeconds(2));
        }
        throw new WakeupException();
    }

    private void catchUp() {
        applyWithRetry(new ChangeNotice(ChangeNotice.Kind.WEIGHTS, "", "start", Instant.now()), "start");
        applyWithRetry(new ChangeNotice(ChangeNotice.Kind.CATALOGUE, "", "start", Instant.now()), "start");
        applyWithRetry(new ChangeNotice(ChangeNotice.Kind.LANGUAGE_MATCH, "", "start", Instant.now()), "start");
    }

    private void handle(ConsumerRecord<String, byte[]> r) {
        InboundRecord record = new InboundRecord(r.topic(), r.partition(), r.offset(),
                Instant.ofEpochMilli(r.timestamp()), r.key(), r.value(), r.headers());
        ChangeNotice notice;
        try {
            notice = ChangeNotices.read(r.value(), maxBytes);
        } catch (ChangeNotices.Refused e) {
            deadLetters.send(record, e.rejection, null, "change-notice");
            return;
        }
        if (!notice.origin().equals(broadcast.origin())) {
            applyWithRetry(notice, record.position());
        }
    }

    /** Blocks this feed (not the engine) until the database answers: later notices need it too. */
    private void applyWithRetry(ChangeNotice notice, String position) {
        Duration pause = Duration.ofMillis(500);
        for (int attempt = 1; running; attempt++) {
            try {
                workforce.reload(notice).toCompletableFuture().get(30, TimeUnit.SECONDS);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (attempt == 1) {
                    LOG.warnf("change %s %s from %s (%s) waits for the database: %s", notice.kind(), notice.subject(),
                            notice.origin(), position, e.toString());
                }
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : pause.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
