package dev.attune.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attune.core.domain.Product;
import dev.attune.core.domain.ServiceLevelTarget;
import dev.attune.kafka.ChangeBroadcast;
import dev.attune.kafka.ChangeFeed;
import dev.attune.service.EngineHost;
import dev.attune.service.port.ChangeNote;
import dev.attune.service.port.ProductCatalogue;
import dev.attune.testing.LocalInfrastructureResource;
import dev.attune.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The catalogue on several instances (issue 11, "Several instances, one floor"): a product stored and audited by
 * another instance reaches this engine through routing.changes, and one saved here over REST is audited, stored,
 * in force here and announced under this instance's name. Whether the engine has a product is seen as a router
 * sees it: a call for it is refused, then offered. ({@code ChangeFeedTest} covers weights, agents and the control arm.)
 */
@QuarkusTest
class CatalogueChangeFeedTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TOPIC = "routing.changes";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EngineHost host;
    @Inject
    ChangeFeed feed;
    @Inject
    ChangeBroadcast broadcast;
    @Inject
    ProductCatalogue products;

    private TestPool pool;
    private String agent;

    @BeforeEach
    void floor() {
        // The feed starts at the topic's end: a notice sent before it has its position would not be read.
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> feed.reading() && host.state() == EngineHost.State.RUNNING);
        pool = new TestPool();
        agent = pool.addAgent("gus", 0.7); // CARDS 3
        pool.state(agent, "AVAILABLE").statusCode(200);
    }

    @Test
    void aProductStoredByAnotherInstanceReachesThisEngineThroughTheChangeTopic() throws Exception {
        String code = "REMOTE_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        // What another instance does on a PUT /products: store with its audit entry, then announce.
        products.save(new Product(code, "Card limit review", "CARDS", 2, null, 0.3, 0.2,
                new ServiceLevelTarget(0.8, 25)), new ChangeNote("wfm-on-attune-4", "stored elsewhere", Instant.now()));
        call(code, "early").statusCode(400);

        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalInfrastructureResource.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            String notice = "{\"kind\":\"CATALOGUE\",\"subject\":\"" + code + "\",\"origin\":\"attune-4/other\"}";
            producer.send(new ProducerRecord<>(TOPIC, "changes", notice.getBytes(StandardCharsets.UTF_8)))
                    .get(10, TimeUnit.SECONDS);
        }
        // Refused until the engine has the product; then taken (offered at once, or queued and offered to gus
        // by the next tick on a loaded machine).
        Awaitility.await().atMost(WAIT).until(() -> call(code, "remote-1").extract().statusCode() != 400);
        Awaitility.await().atMost(WAIT).untilAsserted(() -> pool.task("remote-1").statusCode(200)
                .body("reservation.agentId", equalTo(agent)));
        given().auth().oauth2(Tokens.of("compliance")).get("/api/v1/products/" + code + "/history").then()
                .statusCode(200).body("changedBy", contains("wfm-on-attune-4"))
                .body("reason", contains("stored elsewhere")).body("[0].before", nullValue());
    }

    @Test
    void aProductSavedHereIsAuditedStoredInForceAndAnnouncedUnderThisInstance() throws Exception {
        String code = "LOCAL_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        try (KafkaConsumer<String, byte[]> reader = changeReader()) {
            given().auth().oauth2(Tokens.of("wfm")).contentType(ContentType.JSON).body("""
                    {"label": "Card limit review", "requiredSkill": "CARDS", "minimumProficiency": 2,
                     "requiredLicence": null, "baseStakes": 0.3, "baseDistress": 0.2,
                     "serviceLevel": {"share": 0.8, "thresholdSeconds": 25}, "reason": "made here"}""")
                    .put("/api/v1/products/" + code).then().statusCode(200);

            // In force once a call for it is no longer refused; gus then takes it (at once, or by the next tick
            // on a loaded machine: a second call would find gus reserved for the first).
            Awaitility.await().atMost(WAIT).until(() -> call(code, "local-1").extract().statusCode() != 400);
            Awaitility.await().atMost(WAIT).untilAsserted(() -> pool.task("local-1").statusCode(200)
                    .body("reservation.agentId", equalTo(agent)));
            given().auth().oauth2(Tokens.of("compliance")).get("/api/v1/products/" + code + "/history").then()
                    .statusCode(200).body("changedBy", contains("wfm")).body("reason", contains("made here"));
            Awaitility.await().atMost(WAIT).until(() -> announced(reader, code));
        }
    }

    private ValidatableResponse call(String code, String callId) {
        return given().contentType(ContentType.JSON)
                .body("{\"callId\": \"" + callId + "\", \"productCode\": \"" + code + "\", \"language\": \"en\"}")
                .post("/api/v1/pools/" + pool.id + "/tasks").then();
    }

    private KafkaConsumer<String, byte[]> changeReader() {
        KafkaConsumer<String, byte[]> reader = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalInfrastructureResource.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "catalogue-feed-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new ByteArrayDeserializer());
        reader.subscribe(List.of(TOPIC));
        return reader;
    }

    /** Whether a CATALOGUE notice for this product, under this instance's name, has been read. */
    private boolean announced(KafkaConsumer<String, byte[]> reader, String code) throws Exception {
        for (ConsumerRecord<String, byte[]> r : reader.poll(Duration.ofMillis(200))) {
            JsonNode notice = JSON.readTree(r.value());
            if (notice.path("kind").asText().equals("CATALOGUE") && notice.path("subject").asText().equals(code)
                    && notice.path("origin").asText().equals(broadcast.origin())) {
                return true;
            }
        }
        return false;
    }
}
