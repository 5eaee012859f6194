package dev.attune.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attune.core.domain.DecisionPath;
import dev.attune.core.domain.Explanation;
import dev.attune.core.domain.Offer;
import dev.attune.core.engine.RoutingDirective;
import dev.attune.core.engine.event.OfferAccepted;
import dev.attune.service.JournalEntry;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

/**
 * What the journal feed makes of a poll: the entries it must write, and none for a record whose entry this instance
 * journalled already (known by the record's CloudEvent source and id, in either mode, as the engine host keys it).
 */
class JournalRecordsTest {
    private static final TopicNames TOPICS = TopicNames.defaults();
    private static final Instant T0 = Instant.parse("2026-03-02T09:15:30Z");
    private final DecisionEvents decisionEvents = new DecisionEvents(URI.create("urn:attune:router"));
    private final Set<String> written = new HashSet<>();
    private final JournalRecords records = new JournalRecords(TOPICS, decisionEvents,
            new InboundDecoder(new EventSchemas(), TOPICS), written::contains);

    @Test
    void recordsOfEntriesWrittenHereArePassedOverAndTheOthersJournalled() {
        RoutingDirective.OfferCreated known = new RoutingDirective.OfferCreated(offer("d-known"));
        RoutingDirective.OfferCreated unknown = new RoutingDirective.OfferCreated(offer("d-unknown"));
        ObjectNode answered = SampleEvents.envelope(EventType.OFFER_ACCEPTED, SampleEvents.data(EventType.OFFER_ACCEPTED));
        ObjectNode ended = SampleEvents.envelope(EventType.CALL_ENDED, SampleEvents.data(EventType.CALL_ENDED));
        written.add(new JournalEntry.Decided(known).key());
        written.add(JournalEntry.appliedKey("urn:acd:test " + answered.path("id").asText()));

        List<JournalEntry> entries = records.entries(poll(
                decision(known, false), decision(unknown, true),
                input(answered, true), input(ended, false)));

        assertEquals(2, records.skipped());
        assertEquals(2, entries.size(), entries.toString());
        RoutingDirective offered = assertInstanceOf(JournalEntry.Decided.class, entries.get(0)).directive();
        assertEquals("d-unknown", offered.offer().decisionId());
        JournalEntry.Applied end = assertInstanceOf(JournalEntry.Applied.class, entries.get(1));
        // the feed's entry carries the same key as the engine host's would, so a replay of it is recognised too
        assertEquals(JournalEntry.appliedKey("urn:acd:test " + ended.path("id").asText()), end.key());
    }

    @Test
    void withNothingWrittenHereEveryJournalledRecordIsWritten() {
        ObjectNode answered = SampleEvents.envelope(EventType.OFFER_ACCEPTED, SampleEvents.data(EventType.OFFER_ACCEPTED));
        ObjectNode emotion = SampleEvents.envelope(EventType.EMOTION_ESTIMATED,
                SampleEvents.data(EventType.EMOTION_ESTIMATED));

        List<JournalEntry> entries = records.entries(poll(decision(new RoutingDirective.OfferCreated(offer("d-1")), false),
                input(answered, false), input(emotion, false)));

        assertEquals(0, records.skipped());
        assertEquals(2, entries.size(), "an emotion estimate is not journalled: " + entries);
        assertInstanceOf(OfferAccepted.class, assertInstanceOf(JournalEntry.Applied.class, entries.get(1)).event());
    }

    @Test
    void theEnvelopeIsReadFromEitherModeWithoutTheData() {
        ObjectNode event = SampleEvents.envelope(EventType.CALL_ARRIVED, SampleEvents.data(EventType.CALL_ARRIVED));
        RecordHeaders binary = new RecordHeaders(SampleEvents.binaryHeaders(event));
        String id = event.path("id").asText();
        JournalRecords.Envelope expected = new JournalRecords.Envelope(EventType.CALL_ARRIVED.type(), "urn:acd:test", id);

        assertEquals(expected, JournalRecords.Envelope.of(new RecordHeaders(), SampleEvents.bytes(event)));
        assertEquals(expected, JournalRecords.Envelope.of(binary, SampleEvents.bytes((ObjectNode) event.get("data"))));
        assertEquals(new JournalRecords.Envelope("", "", ""), JournalRecords.Envelope.of(new RecordHeaders(),
                "[1, 2]".getBytes()));
        assertEquals(new JournalRecords.Envelope("", "", ""), JournalRecords.Envelope.of(new RecordHeaders(),
                "{not json".getBytes()));
    }

    private ConsumerRecord<String, byte[]> decision(RoutingDirective directive, boolean binary) {
        RecordHeaders headers = new RecordHeaders();
        byte[] value = binary
                ? CloudEventRecords.toBinary(decisionEvents.toCloudEvent(directive, T0, null, null), headers)
                : decisionEvents.encode(directive, T0, null, null);
        return record(TOPICS.decisions(), directive.poolId(), value, headers);
    }

    private static ConsumerRecord<String, byte[]> input(ObjectNode event, boolean binary) {
        String topic = TOPICS.name(EventType.of(event.path("type").asText()).orElseThrow().topic());
        if (binary) {
            return record(topic, SampleEvents.POOL, SampleEvents.bytes((ObjectNode) event.get("data")),
                    new RecordHeaders(SampleEvents.binaryHeaders(event)));
        }
        return record(topic, SampleEvents.POOL, SampleEvents.bytes(event), new RecordHeaders());
    }

    private static ConsumerRecord<String, byte[]> record(String topic, String key, byte[] value, RecordHeaders headers) {
        return new ConsumerRecord<>(topic, 0, 0, T0.toEpochMilli(), TimestampType.CREATE_TIME, -1, value.length, key,
                value, headers, Optional.empty());
    }

    @SafeVarargs
    private static ConsumerRecords<String, byte[]> poll(ConsumerRecord<String, byte[]>... polled) {
        List<ConsumerRecord<String, byte[]>> all = new ArrayList<>(List.of(polled));
        Map<TopicPartition, List<ConsumerRecord<String, byte[]>>> byPartition = new java.util.LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : all) {
            byPartition.computeIfAbsent(new TopicPartition(record.topic(), record.partition()), p -> new ArrayList<>())
                    .add(record);
        }
        return new ConsumerRecords<>(byPartition, Map.of());
    }

    private static Offer offer(String decisionId) {
        return new Offer(decisionId, SampleEvents.POOL, "call-1", "re-007", T0, T0.plusSeconds(15), -160,
                DecisionPath.DECIDER, new Explanation(List.of(), List.of("why"), null, null, List.of()));
    }
}
