package dev.attune.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.attune.core.domain.CareNeed;
import dev.attune.core.domain.ConstraintContribution;
import dev.attune.core.domain.DecisionPath;
import dev.attune.core.domain.Explanation;
import dev.attune.core.domain.Offer;
import dev.attune.core.engine.RoutingDirective.OfferCreated;
import dev.attune.core.engine.RoutingDirective.OfferRescinded;
import dev.attune.service.Replayed;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/** What Attune publishes: valid against its own schemas, and readable back after a restart. */
class DecisionEventsTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:15:41.012Z");
    private final DecisionEvents events = new DecisionEvents(URI.create("urn:attune:router"));
    private final EventSchemas schemas = new EventSchemas();

    private static Offer offer(CareNeed care) {
        return new Offer("d-1", "retail-east", "call-1", "re-019", NOW, NOW.plusSeconds(15), -1840, DecisionPath.DECIDER,
                new Explanation(List.of(new ConstraintContribution("Empathy for distress", "SOFT", -310)),
                        List.of("empathy 0.94 for a high-care caller"), "Slow down and reassure.", care,
                        List.of("re-032")));
    }

    @Test
    void anOfferIsAValidCloudEventThatReadsBackAsTheSameOffer() {
        Offer offer = offer(new CareNeed(0.82, 0.71, 0.93));
        byte[] bytes = events.encode(new OfferCreated(offer), NOW, "em-187");
        JsonNode event = AcdSimulator.json(bytes);
        assertEquals("dev.attune.offer.created", event.path("type").asText());
        assertEquals("d-1", event.path("id").asText());
        assertEquals("call-1", event.path("subject").asText());
        assertEquals("em-187", event.path(DecisionEvents.CAUSATION_ID).asText());
        assertEquals("retail-east", event.path(DecisionEvents.PARTITION_KEY).asText());
        assertEquals("high care", event.path("data").path("careNeed").path("label").asText());
        schemas.validate(EventType.OFFER_CREATED, 1, event.path("data"));

        Replayed read = events.read(new RecordHeaders(), bytes, NOW).orElseThrow();
        assertEquals(new Replayed.Offered(offer, NOW), read);
    }

    @Test
    void anOfferWithoutACareAssessmentIsStillValid() {
        JsonNode event = AcdSimulator.json(events.encode(new OfferCreated(offer(null)), NOW, null));
        assertTrue(event.path("data").path("careNeed").isNull());
        assertFalse(event.has(DecisionEvents.CAUSATION_ID), "a timer decision names no cause");
        schemas.validate(EventType.OFFER_CREATED, 1, event.path("data"));
    }

    @Test
    void aRescindIsAValidCloudEventWithItsOwnId() {
        Instant later = NOW.plusSeconds(15);
        byte[] bytes = events.encode(new OfferRescinded(offer(null), "no answer by the reservation deadline"), later, null);
        JsonNode event = AcdSimulator.json(bytes);
        assertEquals("dev.attune.offer.rescinded", event.path("type").asText());
        assertEquals("d-1/rescinded", event.path("id").asText());
        assertEquals(later.toString(), java.time.OffsetDateTime.parse(event.path("time").asText()).toInstant().toString());
        schemas.validate(EventType.OFFER_RESCINDED, 1, event.path("data"));
        assertEquals(new Replayed.Rescinded("retail-east", "d-1", "call-1", later), events.read(new RecordHeaders(), bytes, later).orElseThrow());
    }

    @Test
    void somethingElseOnTheDecisionsTopicIsNotReplayed() {
        assertTrue(events.read(new RecordHeaders(), "not json".getBytes(), NOW).isEmpty());
        assertTrue(events.read(new RecordHeaders(), SampleEvents.valid(EventType.CALL_ARRIVED), NOW).isEmpty());
    }

    @Test
    void anOfferInBinaryModeCarriesItsAttributesInHeadersAndReadsBackTheSame() {
        Offer offer = offer(new CareNeed(0.82, 0.71, 0.93));
        RecordHeaders headers = new RecordHeaders();
        byte[] data = CloudEventRecords.toBinary(events.toCloudEvent(new OfferCreated(offer), NOW, "em-187", null), headers);
        assertEquals("dev.attune.offer.created", AcdSimulator.header(headers, "ce_type"));
        assertEquals("d-1", AcdSimulator.header(headers, "ce_id"));
        assertEquals("1.0", AcdSimulator.header(headers, "ce_specversion"));
        assertEquals(NOW.toString(), AcdSimulator.header(headers, "ce_time"));
        assertEquals("em-187", AcdSimulator.header(headers, "ce_" + DecisionEvents.CAUSATION_ID));
        assertEquals("application/json", AcdSimulator.header(headers, "content-type"));
        JsonNode value = AcdSimulator.json(data);
        assertEquals("d-1", value.path("decisionId").asText(), "the value is the data alone");
        schemas.validate(EventType.OFFER_CREATED, 1, value);
        assertEquals(new Replayed.Offered(offer, NOW), events.read(headers, data, NOW).orElseThrow());
    }
}
