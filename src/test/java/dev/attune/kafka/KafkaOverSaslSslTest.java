package dev.attune.kafka;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attune.testing.LocalInfrastructureResource;
import dev.attune.testing.OverSaslSsl;
import dev.attune.testing.SecureKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import dev.attune.load.KafkaSecurity;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The service against a broker that takes only SCRAM-SHA-512 over TLS (a CA made for this run) and enforces
 * the router's ACLs from deploy/kubernetes/kafka-users.yaml: a call arrives, an offer goes out, the decision
 * reaches the journal, and readiness is UP, so every client the service makes signed in and was allowed.
 */
@QuarkusTest
@TestProfile(OverSaslSsl.class)
class KafkaOverSaslSslTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private final AcdSimulator acd = new AcdSimulator("sasl");

    @AfterEach
    void close() {
        acd.close();
    }

    @Test
    void aCallIsRoutedEndToEndOverScramAndTls() {
        String agent = acd.agent("expert");
        ObjectNode profile = SampleEvents.data(EventType.AGENT_PROFILE_CHANGED).put("agentId", agent)
                .put("empathy", 0.9);
        profile.putObject("skills").put("RETIREMENT", 4).put("GENERAL", 3);
        profile.putArray("languages").add("en");
        profile.putArray("licences").add("FINRA_SERIES_7");
        acd.send(EventType.AGENT_PROFILE_CHANGED, profile);
        acd.send(EventType.AGENT_STATE_CHANGED, SampleEvents.data(EventType.AGENT_STATE_CHANGED)
                .put("agentId", agent).put("state", "AVAILABLE").putNull("expectedFreeAt"));
        acd.send(EventType.CALL_ARRIVED, SampleEvents.data(EventType.CALL_ARRIVED).put("callId", "call-1"));

        JsonNode offer = acd.awaitDecision(e -> e.path("type").asText().equals("dev.attune.offer.created"), WAIT);
        assertEquals(agent, offer.path("data").path("agentId").asText());
        String decisionId = offer.path("data").path("decisionId").asText();
        // The journal feed (its own consumer group, reading routing.decisions) wrote it to the database.
        Awaitility.await().atMost(WAIT).untilAsserted(() ->
                given().when().get("/api/v1/decisions/" + decisionId).then().statusCode(200));
        Awaitility.await().atMost(WAIT).untilAsserted(() ->
                given().when().get("/q/health/ready").then().statusCode(200).body("status", is("UP")));
    }

    @Test
    void aWrongPasswordIsRefused() {
        Map<String, Object> settings = new HashMap<>(LocalInfrastructureResource.secureKafka()
                .clientSettings(SecureKafka.ROUTER, "not-the-password"));
        assertInstanceOf(SaslAuthenticationException.class, sendFails(settings, "acd.calls"));
    }

    @Test
    void aBrokerNotSignedByTheConfiguredCaIsRefused() {
        Map<String, Object> settings = new HashMap<>(LocalInfrastructureResource.secureKafka()
                .clientSettings(SecureKafka.ROUTER));
        settings.remove(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG);
        settings.remove(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG);
        assertInstanceOf(SslAuthenticationException.class, sendFails(settings, "acd.calls"));
    }

    @Test
    void theRouterMayNotWriteTheTranscriptTopic() {
        Map<String, Object> settings = new HashMap<>(LocalInfrastructureResource.secureKafka()
                .clientSettings(SecureKafka.ROUTER));
        assertInstanceOf(TopicAuthorizationException.class, sendFails(settings, "acd.transcripts"));
    }

    @Test
    void theLoadGeneratorSignsInFromTheSameEnvironmentVariables() throws Exception {
        Map<String, String> acdSettings = LocalInfrastructureResource.secureKafka().clientSettings(SecureKafka.ACD);
        String jaas = acdSettings.get(SaslConfigs.SASL_JAAS_CONFIG);
        Map<String, String> env = Map.of(
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "ATTUNE_ACD_KAFKA_USER", SecureKafka.ACD,
                "ATTUNE_ACD_KAFKA_PASSWORD", jaas.replaceAll(".*password=\"([^\"]*)\".*", "$1"),
                "KAFKA_SSL_TRUSTSTORE_LOCATION", acdSettings.get(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG));
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, acdSettings.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG));
        try (Admin admin = Admin.create(KafkaSecurity.of(env).applyTo(props))) {
            assertTrue(admin.listTopics().names().get(30, TimeUnit.SECONDS).contains("acd.calls"));
        }
    }

    private static Throwable sendFails(Map<String, Object> settings, String topic) {
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(settings, new StringSerializer(),
                new ByteArraySerializer())) {
            ExecutionException failure = assertThrows(ExecutionException.class, () -> producer
                    .send(new ProducerRecord<>(topic, "sasl-test", new byte[] {1})).get(30, TimeUnit.SECONDS));
            return failure.getCause();
        }
    }
}
