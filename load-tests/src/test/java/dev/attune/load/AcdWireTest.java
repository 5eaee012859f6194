package dev.attune.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** Every record the load generator plays is one the service accepts: the envelope and the data schemas. */
class AcdWireTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final AcdWire wire = new AcdWire();
    private final Instant now = Instant.parse("2026-11-23T10:15:30.123Z");
    private final Caller caller = new Caller("c-1", "wealth-west", "cust-9", "401K_ROLLOVER", "en", 0, true, 250_000,
            "BEREAVEMENT");
    private final OfferSeen offer = new OfferSeen("d-1", "wealth-west", "c-1", "ww-007", now.plusSeconds(15), 0);

    @Test
    void everyPlayedEventFollowsItsPublishedSchema() throws Exception {
        List<ProducerRecord<String, byte[]>> records = List.of(
                wire.callArrived(caller, now),
                wire.callArrived(new Caller("c-2", "wealth-west", "cust-9", "401K_ROLLOVER", "en", 0, false, 100, null,
                        dev.attune.core.domain.Channel.CHAT), now),
                wire.emotionEstimated("wealth-west", "c-1", new Emotion(0.7, 0.2, 0.1, 0.3, -0.4, 0.6, 0.8), now),
                wire.agentStateChanged("wealth-west", "ww-007", "AVAILABLE", null, now),
                wire.agentStateChanged("wealth-west", "ww-007", "BUSY", now.plusSeconds(240), now),
                wire.offerAnswered("offer.accepted", offer, null, now),
                wire.offerAnswered("offer.rejected", offer, "agent declined", now),
                wire.offerAnswered("offer.timed-out", offer, null, now),
                wire.callEnded("wealth-west", "c-1", "ww-007", "RESOLVED", 5, now),
                wire.callEnded("wealth-west", "c-1", "ww-007", "COMPLAINT", null, now));
        for (ProducerRecord<String, byte[]> record : records) {
            JsonNode event = JSON.readTree(record.value());
            String type = event.path("type").asText();
            assertTrue(type.startsWith("dev.attune."), type);
            String name = type.substring("dev.attune.".length());
            assertEquals("1.0", event.path("specversion").asText());
            assertEquals(now, Instant.parse(event.path("time").asText()), type + " carries its own time");
            assertEquals("https://attune.dev/schemas/events/" + name + "/v1.json", event.path("dataschema").asText());
            assertEquals(event.path("data").path("poolId").asText(), record.key(), type + " is keyed by its pool");
            Set<ValidationMessage> problems = schema(name).validate(event.path("data"));
            assertTrue(problems.isEmpty(), type + ": " + problems);
        }
    }

    @Test
    void readsTheOffersTheServicePublishes() throws Exception {
        String created = """
                {"specversion":"1.0","id":"d-1","source":"urn:attune:router","type":"dev.attune.offer.created",
                 "time":"2026-11-23T10:15:30Z","subject":"c-1","datacontenttype":"application/json",
                 "dataschema":"https://attune.dev/schemas/events/offer.created/v1.json","partitionkey":"wealth-west",
                 "data":{"decisionId":"d-1","poolId":"wealth-west","callId":"c-1","agentId":"ww-007",
                   "createdAt":"2026-11-23T10:15:30Z","reservationDeadline":"2026-11-23T10:15:45Z","score":-120,
                   "path":"DECIDER","careNeed":null,"reasons":[],"whisper":"","contributions":[],
                   "alternativeAgentIds":[]}}""";
        AcdWire.Decision decision = wire.decision(record(created), 42);
        OfferSeen seen = assertInstanceOf(AcdWire.Decision.Created.class, decision).offer();
        assertEquals(new OfferSeen("d-1", "wealth-west", "c-1", "ww-007", Instant.parse("2026-11-23T10:15:45Z"), 42),
                seen);

        String rescinded = created.replace("offer.created", "offer.rescinded")
                .replace("\"path\":\"DECIDER\"", "\"reason\":\"deadline passed\"");
        AcdWire.Decision.Rescinded withdrawn = assertInstanceOf(AcdWire.Decision.Rescinded.class,
                wire.decision(record(rescinded), 43));
        assertEquals("c-1", withdrawn.callId());
        assertInstanceOf(AcdWire.Decision.Other.class, wire.decision(record("not json"), 44));
    }

    private static ConsumerRecord<String, byte[]> record(String value) {
        return new ConsumerRecord<>(AcdWire.DECISIONS, 0, 0, "wealth-west", value.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonSchema schema(String name) throws Exception {
        try (InputStream in = AcdWireTest.class.getClassLoader().getResourceAsStream("schemas/" + name + "/v1.json")) {
            assertNotNull(in, "schema of " + name + " on the classpath");
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        }
    }
}
