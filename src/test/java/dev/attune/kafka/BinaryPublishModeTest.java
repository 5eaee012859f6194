package dev.attune.kafka;

import static dev.attune.kafka.AcdSimulator.header;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** With attune.kafka.publish-mode=binary, offers go out with ce_* headers and the data alone as the value. */
@QuarkusTest
@TestProfile(BinaryPublishModeTest.Binary.class)
class BinaryPublishModeTest {
    private final AcdSimulator acd = new AcdSimulator("binary-out");

    public static class Binary implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("attune.kafka.publish-mode", "binary");
        }
    }

    @AfterEach
    void close() {
        acd.close();
    }

    @Test
    void offersArePublishedInBinaryModeAndValidAgainstTheirSchema() {
        acd.availableAgent("a1");
        acd.send(EventType.CALL_ARRIVED, SampleEvents.data(EventType.CALL_ARRIVED).put("callId", "c1")
                .put("productCode", "GENERAL"));
        acd.awaitDecision(e -> e.path("data").path("callId").asText().equals("c1"), Duration.ofSeconds(30));

        ConsumerRecord<String, byte[]> record = acd.decisionRecords().get(0);
        assertEquals("dev.attune.offer.created", header(record, "ce_type"));
        assertEquals("1.0", header(record, "ce_specversion"));
        assertEquals("c1", header(record, "ce_subject"));
        assertEquals(EventSchemas.dataSchema(EventType.OFFER_CREATED, 1).toString(), header(record, "ce_dataschema"));
        assertEquals("application/json", header(record, "content-type"));
        JsonNode data = AcdSimulator.json(record.value());
        assertEquals(header(record, "ce_id"), data.path("decisionId").asText());
        new EventSchemas().validate(EventType.OFFER_CREATED, 1, data);
    }
}
