package dev.attune.kafka;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.ControlArm;
import dev.attune.core.domain.RoutingConstraint;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.service.EngineHost;
import dev.attune.service.port.ChangeNote;
import dev.attune.service.port.ControlArmSwitch;
import dev.attune.service.port.Roster;
import dev.attune.service.port.WeightChanges;
import dev.attune.testing.LocalInfrastructureResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Workforce changes reach every instance's engine through routing.changes: a change another instance stored
 * (written to PostgreSQL, then announced on the topic, as that instance does) reaches this engine; a change made
 * here is announced under this instance's name; a malformed notice is a dead letter with its reason.
 */
@QuarkusTest
class ChangeFeedTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TOPIC = "routing.changes";

    @Inject
    EngineHost host;
    @Inject
    WeightChanges weights;
    @Inject
    Roster roster;
    @Inject
    ChangeBroadcast broadcast;
    @Inject
    ChangeFeed feed;
    @Inject
    ControlArmSwitch controlArm;

    private KafkaProducer<String, byte[]> producer;
    private KafkaConsumer<String, byte[]> reader;

    @BeforeEach
    void open() {
        String servers = LocalInfrastructureResource.bootstrapServers();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
        reader = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ConsumerConfig.GROUP_ID_CONFIG, "change-feed-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new ByteArrayDeserializer());
        reader.subscribe(List.of(TOPIC, "routing.dead-letter"));
    }

    @AfterEach
    void close() {
        producer.close(Duration.ofSeconds(2));
        reader.close(Duration.ofSeconds(2));
    }

    @Test
    void weightsStoredByAnotherInstanceReachThisEngine() throws Exception {
        awaitFeedRunning();
        RoutingWeights before = weights.current();
        long changed = before.of(RoutingConstraint.WAIT_TIME) + 7;
        RoutingWeights after = before.with(RoutingConstraint.WAIT_TIME, changed);
        weights.change(after, new ChangeNote("wfm-on-attune-1", "test: stored through another instance", Instant.now()));
        assertEquals(before, engineWeights(), "storing alone does not reach the engine");

        announce("{\"kind\":\"WEIGHTS\",\"origin\":\"attune-1/other\"}");
        Awaitility.await().atMost(WAIT).until(() -> engineWeights().equals(after));
    }

    @Test
    void anAgentStoredByAnotherInstanceReachesThisEngine() throws Exception {
        awaitFeedRunning();
        String pool = "changes-" + UUID.randomUUID().toString().substring(0, 8);
        roster.create(new AgentProfile(pool + "-ann", pool, "Ann", Map.of("GENERAL", 3), Set.of("en"), Set.of(),
                0.6, 1), new ChangeNote("wfm-on-attune-2", "test", Instant.now()));

        announce("{\"kind\":\"AGENT\",\"subject\":\"" + pool + "-ann\",\"origin\":\"attune-2/other\"}");
        Awaitility.await().atMost(WAIT).until(() -> enginePools().contains(pool));
    }

    @Test
    void aControlArmSwitchedThroughAnotherInstanceReachesThisEngine() throws Exception {
        awaitFeedRunning();
        ControlArm before = engineControlArm();
        ControlArm after = new ControlArm(!before.enabled(), 0.25, ControlArm.Mode.HASH, Duration.ofMinutes(30));
        controlArm.change(after, new ChangeNote("wfm-on-attune-3", "test: switched through another instance", Instant.now()));
        assertEquals(before, engineControlArm(), "storing alone does not reach the engine");
        try {
            announce("{\"kind\":\"CONTROL_ARM\",\"origin\":\"attune-3/other\"}");
            Awaitility.await().atMost(WAIT).until(() -> engineControlArm().equals(after));
        } finally {
            // Back to the arm the other tests of this run expect.
            controlArm.change(before, new ChangeNote("wfm-on-attune-3", "test: switched back", Instant.now()));
            announce("{\"kind\":\"CONTROL_ARM\",\"origin\":\"attune-3/other\"}");
            Awaitility.await().atMost(WAIT).until(() -> engineControlArm().equals(before));
        }
    }

    @Test
    void aWeightChangeMadeHereIsAnnouncedUnderThisInstance() {
        given().contentType("application/json").body("{\"weights\":{\"Wait time\":123},\"reason\":\"test\"}")
                .put("/api/v1/weights").then().statusCode(200);
        List<JsonNode> mine = new ArrayList<>();
        Awaitility.await().atMost(WAIT).until(() -> {
            for (ConsumerRecord<String, byte[]> r : reader.poll(Duration.ofMillis(100))) {
                if (r.topic().equals(TOPIC)) {
                    JsonNode notice = AcdSimulator.json(r.value());
                    // Other tests' REST changes on this instance are announced too: look for this one's kind.
                    if (notice.path("origin").asText().equals(broadcast.origin())
                            && notice.path("kind").asText().equals("WEIGHTS")) {
                        mine.add(notice);
                    }
                }
            }
            return !mine.isEmpty();
        });
        assertEquals("WEIGHTS", mine.get(0).path("kind").asText());
    }

    @Test
    void aMalformedNoticeIsADeadLetterWithItsReason() throws Exception {
        String key = "bad-" + UUID.randomUUID();
        producer.send(new ProducerRecord<>(TOPIC, key, "{\"kind\":\"PAYROLL\"}".getBytes(StandardCharsets.UTF_8)))
                .get(10, TimeUnit.SECONDS);
        List<ConsumerRecord<String, byte[]>> letters = new ArrayList<>();
        Awaitility.await().atMost(WAIT).until(() -> {
            for (ConsumerRecord<String, byte[]> r : reader.poll(Duration.ofMillis(100))) {
                if (r.topic().equals("routing.dead-letter") && key.equals(r.key())) {
                    letters.add(r);
                }
            }
            return !letters.isEmpty();
        });
        assertEquals("INVALID_VALUE", AcdSimulator.header(letters.get(0), DeadLetter.REASON));
        assertTrue(AcdSimulator.header(letters.get(0), DeadLetter.DETAIL).startsWith("kind:"));
    }

    /** The feed starts at the topic's end: a notice sent before it has its position would not be read. */
    private void awaitFeedRunning() {
        Awaitility.await().atMost(WAIT).until(() -> feed.reading() && host.state() == EngineHost.State.RUNNING);
    }

    private void announce(String json) throws Exception {
        producer.send(new ProducerRecord<>(TOPIC, ChangeBroadcast.KEY, json.getBytes(StandardCharsets.UTF_8)))
                .get(10, TimeUnit.SECONDS);
    }

    private ControlArm engineControlArm() {
        return host.withCore(core -> core.controlArm()).toCompletableFuture().join();
    }

    private RoutingWeights engineWeights() {
        return host.withCore(core -> core.weights()).toCompletableFuture().join();
    }

    private Set<String> enginePools() {
        return Set.copyOf(host.withCore(core -> core.statuses().stream().map(s -> s.poolId()).toList())
                .toCompletableFuture().join());
    }
}
