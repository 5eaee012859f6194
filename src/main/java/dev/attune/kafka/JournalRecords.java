package dev.attune.kafka;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.attune.core.domain.DecisionPath;
import dev.attune.core.domain.Explanation;
import dev.attune.core.domain.Offer;
import dev.attune.core.engine.RoutingDirective;
import dev.attune.core.engine.Unroutability;
import dev.attune.core.engine.event.CallAbandoned;
import dev.attune.core.engine.event.CallArrived;
import dev.attune.core.engine.event.CallEnded;
import dev.attune.core.engine.event.OfferAccepted;
import dev.attune.core.engine.event.OfferRejected;
import dev.attune.core.engine.event.OfferTimedOut;
import dev.attune.core.engine.event.RoutingEvent;
import dev.attune.service.JournalEntry;
import dev.attune.service.Replayed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * What the journal needs from a poll of routing.decisions and the input topics: offers and rescinds, answers
 * to offers and call endings, as the journal's entries. Decisions come first, so an offer and its answer in
 * the same poll land in order. Anything else, and any record the intake would dead-letter, is skipped here:
 * the intake reports it. So is a record whose entry this instance wrote lately ({@code written}, by the key of
 * {@link JournalEntry#key()}), found from its envelope's attributes alone, before its data is decoded.
 */
final class JournalRecords {
    private static final Set<String> JOURNALLED_INPUTS = Set.of(EventType.OFFER_ACCEPTED.type(),
            EventType.OFFER_REJECTED.type(), EventType.OFFER_TIMED_OUT.type(), EventType.CALL_ENDED.type(),
            EventType.CALL_ARRIVED.type(), EventType.CALL_ABANDONED.type());
    private static final JsonFactory JSON_FACTORY = new JsonFactory();

    private final ObjectMapper json = JsonMapper.builder().build();
    private final TopicNames topics;
    private final DecisionEvents decisions;
    private final InboundDecoder decoder;
    private final Predicate<String> written;
    private long skipped;

    /** @param written whether the journal holds the entry of this key already (written here lately) */
    JournalRecords(TopicNames topics, DecisionEvents decisions, InboundDecoder decoder, Predicate<String> written) {
        this.topics = topics;
        this.decisions = decisions;
        this.decoder = decoder;
        this.written = written;
    }

    /** Records passed over so far because their entries were written here already. */
    long skipped() {
        return skipped;
    }

    List<JournalEntry> entries(ConsumerRecords<String, byte[]> records) {
        List<JournalEntry> decided = new ArrayList<>();
        List<JournalEntry> applied = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (record.value() == null) {
                continue;
            }
            boolean decision = record.topic().equals(topics.decisions());
            Envelope envelope = Envelope.of(record.headers(), record.value());
            if (written.test(decision ? JournalEntry.decidedKey(envelope.id())
                    : JournalEntry.appliedKey(InboundEvent.identity(envelope.source(), envelope.id())))) {
                skipped++;
            } else if (decision) {
                decision(record).ifPresent(decided::add);
            } else if (JOURNALLED_INPUTS.contains(envelope.type())) {
                input(record).ifPresent(applied::add);
            }
        }
        decided.addAll(applied);
        return decided;
    }

    private Optional<JournalEntry> decision(ConsumerRecord<String, byte[]> record) {
        Instant at = Instant.ofEpochMilli(record.timestamp());
        Optional<Replayed> read = decisions.read(record.headers(), record.value(), at);
        if (read.isPresent() && read.get() instanceof Replayed.Offered offered) {
            return Optional.of(new JournalEntry.Decided(new RoutingDirective.OfferCreated(offered.offer())));
        }
        if (read.isPresent() && read.get() instanceof Replayed.Rescinded rescinded) {
            return Optional.of(new JournalEntry.Decided(rescind(rescinded, record)));
        }
        return notice(record).map(JournalEntry.Decided::new);
    }

    /** A call.unroutable or agent.set-away notice, for the call's history; empty for anything else. */
    private Optional<RoutingDirective> notice(ConsumerRecord<String, byte[]> record) {
        try {
            JsonNode event = CloudEventRecords.tree(record.headers(), record.value(), json);
            String type = event == null ? "" : event.path("type").asText();
            JsonNode d = event == null ? null : event.path("data");
            if (type.equals(EventType.CALL_UNROUTABLE.type())) {
                return Optional.of(new RoutingDirective.CallUnroutable(d.path("poolId").asText(),
                        d.path("callId").asText(), Unroutability.valueOf(d.path("reason").asText()),
                        d.path("rule").asText(), Instant.parse(d.path("refusedAt").asText())));
            }
            if (type.equals(EventType.AGENT_SET_AWAY.type())) {
                Instant at = Instant.parse(d.path("setAwayAt").asText());
                Offer offer = bareOffer(d.path("decisionId").asText(), d.path("poolId").asText(),
                        d.path("callId").asText(), d.path("agentId").asText(), at);
                return Optional.of(new RoutingDirective.AgentSetAway(offer, d.path("reason").asText(), at));
            }
        } catch (IOException | RuntimeException e) {
            // not a notice this journal can read: the engine host's own journal has it
        }
        return Optional.empty();
    }

    /**
     * A rescind names its offer but does not repeat it: the journal has the offer from the same partition,
     * written before. Only if it never reached the journal is the rescind recorded with what it says.
     */
    private RoutingDirective.OfferRescinded rescind(Replayed.Rescinded rescinded, ConsumerRecord<String, byte[]> record) {
        String agentId;
        String reason;
        try {
            JsonNode data = CloudEventRecords.tree(record.headers(), record.value(), json).path("data");
            agentId = data.path("agentId").asText();
            reason = data.path("reason").asText("rescinded");
        } catch (IOException | RuntimeException e) {
            agentId = "";
            reason = "rescinded";
        }
        Offer offer = bareOffer(rescinded.decisionId(), rescinded.poolId(), rescinded.callId(), agentId,
                rescinded.at());
        return new RoutingDirective.OfferRescinded(offer, reason);
    }

    /** An offer known only by what a later record about it says: enough to journal that record. */
    private static Offer bareOffer(String decisionId, String poolId, String callId, String agentId, Instant at) {
        return new Offer(decisionId, poolId, callId, agentId, at, at, 0, DecisionPath.DECIDER,
                new Explanation(List.of(), List.of(), null, null, List.of()));
    }

    /** An input record of a type the journal keeps: checked in full as the intake would. */
    private Optional<JournalEntry> input(ConsumerRecord<String, byte[]> record) {
        InboundRecord inbound = new InboundRecord(record.topic(), record.partition(), record.offset(),
                Instant.ofEpochMilli(record.timestamp()), record.key(), record.value(), record.headers());
        if (decoder.decode(inbound) instanceof Decoded.Usable usable && journalled(usable.event().event())) {
            return Optional.of(new JournalEntry.Applied(usable.event().event(), usable.event().identity()));
        }
        return Optional.empty();
    }

    private static boolean journalled(RoutingEvent event) {
        return event instanceof OfferAccepted || event instanceof OfferRejected || event instanceof OfferTimedOut
                || event instanceof CallEnded || event instanceof CallArrived || event instanceof CallAbandoned;
    }

    /**
     * The CloudEvent's type, source and id (ce_ headers in binary mode), read without building the tree: most
     * input records (arrivals, emotions, agent states) mean nothing to the journal, and most of the rest it
     * holds already. "" for an attribute that is not there.
     */
    record Envelope(String type, String source, String id) {
        private static final Envelope NONE = new Envelope("", "", "");

        static Envelope of(Headers headers, byte[] value) {
            if (CloudEventRecords.binary(headers)) {
                return new Envelope(header(headers, "type"), header(headers, "source"), header(headers, "id"));
            }
            String type = "";
            String source = "";
            String id = "";
            try (JsonParser parser = JSON_FACTORY.createParser(value)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    return NONE;
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME && (type.isEmpty() || source.isEmpty() || id.isEmpty())) {
                    String field = parser.currentName();
                    JsonToken token = parser.nextToken();
                    if (token == JsonToken.VALUE_STRING && field.equals("type")) {
                        type = parser.getText();
                    } else if (token == JsonToken.VALUE_STRING && field.equals("source")) {
                        source = parser.getText();
                    } else if (token == JsonToken.VALUE_STRING && field.equals("id")) {
                        id = parser.getText();
                    } else {
                        parser.skipChildren();
                    }
                }
                return new Envelope(type, source, id);
            } catch (IOException e) {
                return NONE;
            }
        }

        private static String header(Headers headers, String attribute) {
            Header header = headers.lastHeader(CloudEventRecords.PREFIX + attribute);
            return header == null || header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
        }
    }
}
