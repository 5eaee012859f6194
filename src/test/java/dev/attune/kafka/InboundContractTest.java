package dev.attune.kafka;

import static dev.attune.kafka.SampleEvents.POOL;
import static dev.attune.kafka.SampleEvents.TIME;
import static dev.attune.kafka.SampleEvents.bytes;
import static dev.attune.kafka.SampleEvents.data;
import static dev.attune.kafka.SampleEvents.envelope;
import static dev.attune.kafka.SampleEvents.valid;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.CallOutcome;
import dev.attune.core.domain.Channel;
import dev.attune.core.domain.ChannelCounts;
import dev.attune.core.engine.event.AgentProfileChanged;
import dev.attune.core.engine.event.AgentStateChanged;
import dev.attune.core.engine.event.CallAbandoned;
import dev.attune.core.engine.event.CallArrived;
import dev.attune.core.engine.event.CallEnded;
import dev.attune.core.engine.event.CallUpdated;
import dev.attune.core.engine.event.EmotionEstimated;
import dev.attune.core.engine.event.OfferAccepted;
import dev.attune.core.engine.event.OfferRejected;
import dev.attune.core.engine.event.OfferTimedOut;
import dev.attune.core.engine.event.RoutingEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The inbound event contract, type by type: what is accepted, what it means, and why anything else is refused. */
class InboundContractTest {
    private static final EventSchemas SCHEMAS = new EventSchemas();
    private static final TopicNames TOPICS = TopicNames.defaults();
    private final InboundDecoder decoder = new InboundDecoder(SCHEMAS, TOPICS);

    static Stream<EventType> inbound() {
        return Stream.of(EventType.values()).filter(EventType::inbound);
    }

    private Decoded decode(EventType type, byte[] value) {
        return decode(TOPICS.name(type.topic()), POOL, value);
    }

    private Decoded decode(String topic, String key, byte[] value) {
        return decoder.decode(new InboundRecord(topic, 0, 42, TIME, key, value, new RecordHeaders()));
    }

    private RoutingEvent usable(EventType type, byte[] value) {
        Decoded decoded = decode(type, value);
        assertInstanceOf(Decoded.Usable.class, decoded, decoded::toString);
        InboundEvent event = ((Decoded.Usable) decoded).event();
        assertEquals(type, event.type());
        assertEquals(1, event.version());
        assertEquals(TIME, event.time());
        assertEquals(POOL, event.event().poolId());
        return event.event();
    }

    private Rejection refused(Decoded decoded) {
        assertInstanceOf(Decoded.Unusable.class, decoded, decoded::toString);
        return ((Decoded.Unusable) decoded).rejection();
    }

    @ParameterizedTest
    @MethodSource("inbound")
    void everyInboundTypeIsAcceptedWithAllFields(EventType type) {
        usable(type, valid(type));
    }

    @ParameterizedTest
    @MethodSource("inbound")
    void everyInboundTypeIsAcceptedWithOnlyRequiredFields(EventType type) {
        ObjectNode data = data(type);
        data.remove(optionalFields(type));
        usable(type, bytes(envelope(type, data)));
    }

    @ParameterizedTest
    @MethodSource("inbound")
    void theSchemaVersionMayComeAsAnExtensionInsteadOfDataschema(EventType type) {
        ObjectNode envelope = envelope(type, data(type));
        envelope.remove("dataschema");
        envelope.put("schemaversion", "1");
        usable(type, bytes(envelope));
    }

    @Test
    void callArrivedCarriesTheCallAsTheAcdDescribedIt() {
        CallArrived arrived = (CallArrived) usable(EventType.CALL_ARRIVED, valid(EventType.CALL_ARRIVED));
        assertEquals("call-1", arrived.call().id());
        assertEquals("cust-9f2", arrived.call().customerId());
        assertEquals("401K_ROLLOVER", arrived.call().productCode());
        assertEquals("en", arrived.call().language());
        assertEquals(1, arrived.call().priority());
        assertTrue(arrived.call().vulnerable());
        assertEquals(180000.0, arrived.call().amountAtStake());
        assertEquals("BEREAVEMENT", arrived.call().lifeEvent());
        assertEquals("re-007", arrived.call().lastAgentId());
        assertEquals(TIME, arrived.call().arrivedAt());
        assertNull(arrived.call().emotion());
        assertEquals(Channel.VOICE, arrived.call().channel());
    }

    @Test
    void aProfileGivesCapacityAsVoiceCallsOrPerChannelAndACallWithoutAChannelIsVoice() {
        ObjectNode voiceOnly = data(EventType.AGENT_PROFILE_CHANGED);
        assertEquals(ChannelCounts.ONE_VOICE, ((AgentProfileChanged) usable(EventType.AGENT_PROFILE_CHANGED,
                bytes(envelope(EventType.AGENT_PROFILE_CHANGED, voiceOnly)))).profile().capacity());
        ObjectNode perChannel = data(EventType.AGENT_PROFILE_CHANGED);
        perChannel.putObject("capacity").put("VOICE", 1).put("EMAIL", 1).put("CHAT", 0);
        assertEquals(new ChannelCounts(Map.of(Channel.VOICE, 1, Channel.EMAIL, 1)),
                ((AgentProfileChanged) usable(EventType.AGENT_PROFILE_CHANGED,
                        bytes(envelope(EventType.AGENT_PROFILE_CHANGED, perChannel)))).profile().capacity());
        assertEquals(Channel.CHAT, ((CallArrived) usable(EventType.CALL_ARRIVED, bytes(envelope(EventType.CALL_ARRIVED,
                data(EventType.CALL_ARRIVED).put("channel", "CHAT"))))).call().channel());
        ObjectNode noChannel = data(EventType.CALL_ARRIVED);
        noChannel.remove("channel");
        assertEquals(Channel.VOICE, ((CallArrived) usable(EventType.CALL_ARRIVED,
                bytes(envelope(EventType.CALL_ARRIVED, noChannel)))).call().channel());
    }

    @Test
    void anUnknownChannelOrABadCapacityIsRefusedByName() {
        assertInvalid(EventType.CALL_ARRIVED, data(EventType.CALL_ARRIVED).put("channel", "FAX"), "channel");
        assertRefusedNaming(EventType.CALL_ARRIVED, data(EventType.CALL_ARRIVED).put("channel", 1), "channel");
        ObjectNode fax = data(EventType.AGENT_PROFILE_CHANGED);
        fax.putObject("capacity").put("FAX", 1);
        assertRefusedNaming(EventType.AGENT_PROFILE_CHANGED, fax, "capacity");
        ObjectNode tooMany = data(EventType.AGENT_PROFILE_CHANGED);
        tooMany.putObject("capacity").put("CHAT", 21);
        assertRefusedNaming(EventType.AGENT_PROFILE_CHANGED, tooMany, "capacity");
        ObjectNode none = data(EventType.AGENT_PROFILE_CHANGED);
        none.putObject("capacity").put("CHAT", 0);
        assertRefusedNaming(EventType.AGENT_PROFILE_CHANGED, none, "capacity");
        assertRefusedNaming(EventType.AGENT_PROFILE_CHANGED, data(EventType.AGENT_PROFILE_CHANGED).put("capacity", 0),
                "capacity");
    }

    /** A schema oneOf reports a wrong-shaped value as a wrong type: either way it is refused and named. */
    private void assertRefusedNaming(EventType type, ObjectNode data, String field) {
        Rejection r = refused(decode(type, bytes(envelope(type, data))));
        assertTrue(Set.of(DeadLetterReason.INVALID_VALUE, DeadLetterReason.WRONG_TYPE).contains(r.reason()),
                () -> field + ": " + r);
        assertThat(field, r.detail(), containsString(field));
    }

    @Test
    void callArrivedDefaultsWhatItOmits() {
        ObjectNode data = data(EventType.CALL_ARRIVED);
        data.remove(List.of("customerId", "priority", "vulnerable", "amountAtStake", "lifeEvent", "lastAgentId"));
        CallArrived arrived = (CallArrived) usable(EventType.CALL_ARRIVED, bytes(envelope(EventType.CALL_ARRIVED, data)));
        assertEquals(0, arrived.call().priority());
        assertFalse(arrived.call().vulnerable());
        assertEquals(0.0, arrived.call().amountAtStake());
        assertNull(arrived.call().lifeEvent());
        assertNull(arrived.call().customerId());
    }

    @Test
    void theOtherTypesMeanWhatTheySay() {
        CallUpdated updated = (CallUpdated) usable(EventType.CALL_UPDATED, valid(EventType.CALL_UPDATED));
        assertEquals(new CallUpdated(POOL, "call-1", "IRA", "es", 2, false, 5000, null, TIME), updated);
        assertEquals(new CallAbandoned(POOL, "call-1", TIME),
                usable(EventType.CALL_ABANDONED, valid(EventType.CALL_ABANDONED)));
        CallEnded ended = (CallEnded) usable(EventType.CALL_ENDED, valid(EventType.CALL_ENDED));
        assertEquals(CallOutcome.RESOLVED, ended.outcome());
        assertEquals(Integer.valueOf(5), ended.csat());
        assertEquals("re-007", ended.agentId());
        assertEquals(0.8, ended.emotionAtEnd().anxiety());
        assertEquals(Instant.parse("2026-03-02T09:20:00Z"), ended.emotionAtEnd().estimatedAt());
        assertEquals(new AgentStateChanged(POOL, "re-007", AgentState.WRAP_UP,
                        Instant.parse("2026-03-02T09:16:30Z"), TIME),
                usable(EventType.AGENT_STATE_CHANGED, valid(EventType.AGENT_STATE_CHANGED)));
        AgentProfileChanged profile = (AgentProfileChanged) usable(EventType.AGENT_PROFILE_CHANGED,
                valid(EventType.AGENT_PROFILE_CHANGED));
        assertEquals(Map.of("RETIREMENT", 4, "GENERAL", 3), profile.profile().skills());
        assertEquals(Set.of("en", "es"), profile.profile().languages());
        assertEquals(Set.of("FINRA_SERIES_7"), profile.profile().licences());
        assertEquals(0.8, profile.profile().empathy());
        assertEquals(new OfferAccepted(POOL, "call-1#1", "call-1", "re-007", TIME),
                usable(EventType.OFFER_ACCEPTED, valid(EventType.OFFER_ACCEPTED)));
        assertEquals(new OfferRejected(POOL, "call-1#1", "call-1", "re-007", "on a break", TIME),
                usable(EventType.OFFER_REJECTED, valid(EventType.OFFER_REJECTED)));
        assertEquals(new OfferTimedOut(POOL, "call-1#1", "call-1", "re-007", TIME),
                usable(EventType.OFFER_TIMED_OUT, valid(EventType.OFFER_TIMED_OUT)));
        EmotionEstimated emotion = (EmotionEstimated) usable(EventType.EMOTION_ESTIMATED,
                valid(EventType.EMOTION_ESTIMATED));
        assertEquals("call-1", emotion.estimate().callId());
        assertEquals(-0.6, emotion.estimate().valence());
        assertEquals(TIME, emotion.estimate().estimatedAt());
    }

    @Test
    void notJsonIsBadJson() {
        Rejection r = refused(decode(EventType.CALL_ARRIVED, "{\"specversion\": \"1.0\", oops".getBytes(StandardCharsets.UTF_8)));
        assertEquals(DeadLetterReason.BAD_JSON, r.reason());
        assertEquals(DeadLetterReason.BAD_JSON, refused(decode(EventType.CALL_ARRIVED, new byte[0])).reason());
        assertEquals(DeadLetterReason.BAD_JSON, refused(decode(EventType.CALL_ARRIVED, null)).reason());
        byte[] trailing = (new String(valid(EventType.CALL_ARRIVED), StandardCharsets.UTF_8) + " {}").getBytes(StandardCharsets.UTF_8);
        assertEquals(DeadLetterReason.BAD_JSON, refused(decode(EventType.CALL_ARRIVED, trailing)).reason());
    }

    @Test
    void anEnvelopeThatIsNotCloudEventsOneIsRefused() {
        assertEquals(DeadLetterReason.BAD_ENVELOPE,
                refused(decode(EventType.CALL_ARRIVED, "[1,2]".getBytes(StandardCharsets.UTF_8))).reason());
        for (String attribute : List.of("id", "source", "type", "specversion", "time", "data")) {
            ObjectNode envelope = envelope(EventType.CALL_ARRIVED, data(EventType.CALL_ARRIVED));
            envelope.remove(attribute);
            Rejection r = refused(decode(EventType.CALL_ARRIVED, bytes(envelope)));
            assertEquals(DeadLetterReason.BAD_ENVELOPE, r.reason(), attribute);
        }
        ObjectNode old = envelope(EventType.CALL_ARRIVED, data(EventType.CALL_ARRIVED)).put("specversion", "0.3");
        assertThat(refused(decode(EventType.CALL_ARRIVED, bytes(old))).detail(), containsString("1.0"));
        ObjectNode text = envelope(EventType.CALL_ARRIVED, data(EventType.CALL_ARRIVED));
        text.put("data", "a string");
        assertThat(refused(decode(EventType.CALL_ARRIVED, bytes(text))).detail(), containsString("JSON object"));
        ObjectNode xml = envelope(EventType.CALL_ARRIVED, data(EventType.CALL_ARRIVED)).put("datacontenttype", "text/xml");
        assertEquals(DeadLetterReason.BAD_ENVELOPE, refused(decode(EventType.CALL_ARRIVED, bytes(xml))).reason());
        ObjectNode badTime = envelope(EventType.CALL_ARRIVED, data(EventType.CALL_ARRIVED)).put("time", "yesterday");
        assertEquals(DeadLetterReason.BAD_ENVELOPE, refused(decode(EventType.CALL_ARRIVED, bytes(badTime))).reason());
    }

    private Decoded decodeBinary(EventType type, ObjectNode envelope, byte[] value) {
        RecordHeaders headers = new RecordHeaders();
        SampleEvents.binaryHeaders(envelope).forEach(headers::add);
        return decoder.decode(new InboundRecord(TOPICS.name(type.topic()), 0, 1, TIME, POOL, value, headers));
    }

    @ParameterizedTest
    @MethodSource("inbound")
    void everyInboundTypeIsAcceptedInBinaryModeAndMeansTheSameAsStructured(EventType type) {
        ObjectNode envelope = envelope(type, data(type)).put("schemaversion", "1");
        Decoded binary = decodeBinary(type, envelope, bytes(data(type)));
        assertInstanceOf(Decoded.Usable.class, binary, binary::toString);
        InboundEvent event = ((Decoded.Usable) binary).event();
        assertEquals(envelope.get("id").asText(), event.id());
        assertEquals(TIME, event.time());
        assertEquals(usable(type, bytes(envelope)), event.event());
    }

    @Test
    void binaryModeIsRefusedForTheSameReasonsAsStructured() {
        EventType type = EventType.CALL_ARRIVED;
        ObjectNode noId = envelope(type, data(type));
        noId.remove("id");
        assertEquals(DeadLetterReason.BAD_ENVELOPE, refused(decodeBinary(type, noId, bytes(data(type)))).reason());
        Rejection notJson = refused(decodeBinary(type, envelope(type, data(type)), "<call/>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(DeadLetterReason.BAD_JSON, notJson.reason());
        assertThat(notJson.detail(), containsString("binary mode"));
        ObjectNode xml = envelope(type, data(type)).put("datacontenttype", "text/xml");
        assertEquals(DeadLetterReason.BAD_ENVELOPE, refused(decodeBinary(type, xml, "<call/>".getBytes(StandardCharsets.UTF_8))).reason());
        ObjectNode missing = data(type);
        missing.remove("productCode");
        Rejection field = refused(decodeBinary(type, envelope(type, missing), bytes(missing)));
        assertEquals(DeadLetterReason.MISSING_FIELD, field.reason());
        assertThat(field.detail(), containsString("productCode"));
        ObjectNode v9 = envelope(type, data(type)).put("dataschema", EventSchemas.dataSchema(type, 9).toString());
        assertEquals(DeadLetterReason.UNKNOWN_VERSION, refused(decodeBinary(type, v9, bytes(data(type)))).reason());
    }

    @Test
    void aStructuredEventWithStrayCeHeadersIsReadAsStructured() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        headers.add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        Decoded decoded = decoder.decode(new InboundRecord("acd.calls", 0, 1, TIME, POOL,
                valid(EventType.CALL_ARRIVED), headers));
        assertInstanceOf(Decoded.Usable.class, decoded, decoded::toString);
    }

    @Test
    void anUnknownTypeIsRefused() {
        ObjectNode envelope = envelope(EventType.CALL_ARRIVED, data(EventType.CALL_ARRIVED)).put("type", "dev.attune.call.teleported");
        Decoded.Unusable unusable = (Decoded.Unusable) decode(EventType.CALL_ARRIVED, bytes(envelope));
        assertEquals(DeadLetterReason.UNKNOWN_TYPE, unusable.rejection().reason());
        assertThat(unusable.rejection().detail(), containsString("dev.attune.call.teleported"));
        assertEquals(envelope.get("id").asText(), unusable.eventId());
    }

    @Test
    void aTypeOnTheWrongTopicIsRefused() {
        Rejection r = refused(decode("acd.calls", POOL, valid(EventType.AGENT_STATE_CHANGED)));
        assertEquals(DeadLetterReason.UNEXPECTED_TOPIC, r.reason());
        assertThat(r.detail(), containsString("acd.agents"));
        ObjectNode offer = envelope(EventType.OFFER_CREATED, data(EventType.OFFER_ACCEPTED));
        assertEquals(DeadLetterReason.UNEXPECTED_TOPIC, refused(decode("acd.agents", POOL, bytes(offer))).reason());
    }

    @Test
    void anUnknownOrMissingVersionIsRefused() {
        ObjectNode v2 = envelope(EventType.CALL_ARRIVED, data(EventType.CALL_ARRIVED));
        v2.put("dataschema", EventSchemas.dataSchema(EventType.CALL_ARRIVED, 2).toString());
        Rejection r = refused(decode(EventType.CALL_ARRIVED, bytes(v2)));
        assertEquals(DeadLetterReason.UNKNOWN_VERSION, r.reason());
        assertThat(r.detail(), containsString("supported: [1]"));

        ObjectNode extension = envelope(EventType.CALL_ARRIVED, data(EventType.CALL_ARRIVED));
        extension.remove("dataschema");
        extension.put("schemaversion", "7");
        assertEquals(DeadLetterReason.UNKNOWN_VERSION, refused(decode(EventType.CALL_ARRIVED, bytes(extension))).reason());

        ObjectNode foreign = envelope(EventType.CALL_ARRIVED, data(EventType.CALL_ARRIVED))
                .put("dataschema", "https://example.com/call.json");
        assertEquals(DeadLetterReason.UNKNOWN_VERSION, refused(decode(EventType.CALL_ARRIVED, bytes(foreign))).reason());

        ObjectNode none = envelope(EventType.CALL_ARRIVED, data(EventType.CALL_ARRIVED));
        none.remove("dataschema");
        Rejection missing = refused(decode(EventType.CALL_ARRIVED, bytes(none)));
        assertEquals(DeadLetterReason.BAD_ENVELOPE, missing.reason());
        assertThat(missing.detail(), containsString("schemaversion"));

        ObjectNode disagree = envelope(EventType.CALL_ARRIVED, data(EventType.CALL_ARRIVED)).put("schemaversion", "2");
        assertEquals(DeadLetterReason.BAD_ENVELOPE, refused(decode(EventType.CALL_ARRIVED, bytes(disagree))).reason());
    }

    static Stream<Arguments> requiredFields() {
        List<Arguments> cases = new ArrayList<>();
        inbound().forEach(type -> SCHEMAS_REQUIRED(type).forEach(field -> cases.add(Arguments.of(type, field))));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("requiredFields")
    void aMissingRequiredFieldIsRefusedByName(EventType type, String field) {
        ObjectNode data = data(type);
        data.remove(field);
        Rejection r = refused(decode(type, bytes(envelope(type, data))));
        assertEquals(DeadLetterReason.MISSING_FIELD, r.reason());
        assertThat(r.detail(), containsString(field));
    }

    @ParameterizedTest
    @MethodSource("inbound")
    void aWrongTypeIsRefused(EventType type) {
        ObjectNode data = data(type).put("poolId", 12);
        Rejection r = refused(decode(type, bytes(envelope(type, data))));
        assertEquals(DeadLetterReason.WRONG_TYPE, r.reason());
        assertThat(r.detail(), containsString("poolId"));
    }

    @ParameterizedTest
    @MethodSource("inbound")
    void anUnknownFieldIsRefused(EventType type) {
        ObjectNode data = data(type).put("customerName", "Jane Doe");
        Rejection r = refused(decode(type, bytes(envelope(type, data))));
        assertEquals(DeadLetterReason.UNKNOWN_FIELD, r.reason());
        assertThat(r.detail(), containsString("customerName"));
    }

    @Test
    void valuesOutOfRangeAreRefused() {
        assertInvalid(EventType.EMOTION_ESTIMATED, data(EventType.EMOTION_ESTIMATED).put("anxiety", 1.4), "anxiety");
        assertInvalid(EventType.EMOTION_ESTIMATED, data(EventType.EMOTION_ESTIMATED).put("valence", -2), "valence");
        assertInvalid(EventType.CALL_ARRIVED, data(EventType.CALL_ARRIVED).put("priority", -1), "priority");
        assertInvalid(EventType.CALL_ARRIVED, data(EventType.CALL_ARRIVED).put("amountAtStake", -5), "amountAtStake");
        assertInvalid(EventType.AGENT_STATE_CHANGED, data(EventType.AGENT_STATE_CHANGED).put("state", "SLEEPING"), "state");
        assertInvalid(EventType.AGENT_STATE_CHANGED, data(EventType.AGENT_STATE_CHANGED).put("expectedFreeAt", "soon"), "expectedFreeAt");
        ObjectNode profile = data(EventType.AGENT_PROFILE_CHANGED);
        profile.putObject("skills").put("RETIREMENT", 9);
        assertInvalid(EventType.AGENT_PROFILE_CHANGED, profile, "RETIREMENT");
        assertInvalid(EventType.CALL_ENDED, data(EventType.CALL_ENDED).put("csat", 6), "csat");
        assertInvalid(EventType.CALL_ENDED, data(EventType.CALL_ENDED).put("outcome", "HAPPY"), "outcome");
        assertInvalid(EventType.CALL_ARRIVED, data(EventType.CALL_ARRIVED).put("callId", ""), "callId");
        assertInvalid(EventType.CALL_ARRIVED, data(EventType.CALL_ARRIVED).put("amountAtStake", 1e13), "amountAtStake");
        ObjectNode crowded = data(EventType.AGENT_PROFILE_CHANGED);
        ObjectNode skills = crowded.putObject("skills");
        for (int i = 0; i <= 100; i++) {
            skills.put("SKILL_" + i, 3);
        }
        assertInvalid(EventType.AGENT_PROFILE_CHANGED, crowded, "skills");
    }

    @Test
    void aRecordLargerThanAnyEventIsRefusedUnread() {
        ObjectNode data = data(EventType.CALL_ARRIVED).put("lifeEvent", "x".repeat(InboundDecoder.MAX_EVENT_BYTES));
        Rejection r = refused(decode("acd.calls", POOL, bytes(envelope(EventType.CALL_ARRIVED, data))));
        assertEquals(DeadLetterReason.TOO_LARGE, r.reason());
        assertThat(r.detail(), containsString("attune.kafka.max-event-bytes"));
    }

    private void assertInvalid(EventType type, ObjectNode data, String field) {
        Rejection r = refused(decode(type, bytes(envelope(type, data))));
        assertEquals(DeadLetterReason.INVALID_VALUE, r.reason(), field);
        assertThat(field, r.detail(), containsString(field));
    }

    @Test
    void theKeyMustBeThePool() {
        Rejection r = refused(decode("acd.calls", "retail-west", valid(EventType.CALL_ARRIVED)));
        assertEquals(DeadLetterReason.KEY_MISMATCH, r.reason());
        assertThat(r.detail(), containsString(POOL));
        assertThat(r.detail(), containsString("retail-west"));
        assertEquals(DeadLetterReason.KEY_MISMATCH,
                refused(decode("acd.calls", null, valid(EventType.CALL_ARRIVED))).reason());
    }

    private static List<String> SCHEMAS_REQUIRED(EventType type) {
        List<String> required = new ArrayList<>();
        ObjectNode data = data(type);
        for (Iterator<String> names = data.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!optionalFields(type).contains(name)) {
                required.add(name);
            }
        }
        return required;
    }

    private static List<String> optionalFields(EventType type) {
        return switch (type) {
            case CALL_ARRIVED -> List.of("customerId", "priority", "vulnerable", "amountAtStake", "lifeEvent", "lastAgentId",
                    "channel");
            case CALL_UPDATED -> List.of("priority", "vulnerable", "amountAtStake", "lifeEvent");
            case CALL_ENDED -> List.of("csat", "emotionAtEnd");
            case AGENT_STATE_CHANGED -> List.of("expectedFreeAt");
            case AGENT_PROFILE_CHANGED -> List.of("displayName", "licences", "capacity");
            case OFFER_REJECTED -> List.of("reason");
            default -> List.of();
        };
    }
}
