package dev.attune.kafka;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every CloudEvents type on Attune's topics, the topic it travels on and its data schema name
 * (src/main/resources/schemas/&lt;schemaName&gt;/v&lt;N&gt;.json). docs/events.md is the reader's version.
 */
public enum EventType {
    CALL_ARRIVED("call.arrived", Topic.CALLS),
    CALL_UPDATED("call.updated", Topic.CALLS),
    CALL_ABANDONED("call.abandoned", Topic.CALLS),
    CALL_ENDED("call.ended", Topic.CALLS),
    AGENT_STATE_CHANGED("agent.state-changed", Topic.AGENTS),
    AGENT_PROFILE_CHANGED("agent.profile-changed", Topic.AGENTS),
    OFFER_ACCEPTED("offer.accepted", Topic.AGENTS),
    OFFER_REJECTED("offer.rejected", Topic.AGENTS),
    OFFER_TIMED_OUT("offer.timed-out", Topic.AGENTS),
    EMOTION_ESTIMATED("emotion.estimated", Topic.EMOTIONS),
    OFFER_CREATED("offer.created", Topic.DECISIONS),
    OFFER_RESCINDED("offer.rescinded", Topic.DECISIONS),
    AGENT_SET_AWAY("agent.set-away", Topic.DECISIONS),
    CALL_UNROUTABLE("call.unroutable", Topic.DECISIONS);

    /** Prefix of every type name, reverse-DNS as CloudEvents recommends. */
    public static final String PREFIX = "dev.attune.";

    /** The logical topics; their names come from configuration (attune.kafka.topics.*). */
    public enum Topic {
        CALLS, AGENTS, EMOTIONS, DECISIONS, DEAD_LETTER
    }

    private static final Map<String, EventType> BY_TYPE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));

    private final String schemaName;
    private final Topic topic;

    EventType(String schemaName, Topic topic) {
        this.schemaName = schemaName;
        this.topic = topic;
    }

    /** The CloudEvents {@code type} attribute, e.g. dev.attune.call.arrived. */
    public String type() {
        return PREFIX + schemaName;
    }

    public String schemaName() {
        return schemaName;
    }

    public Topic topic() {
        return topic;
    }

    /** Whether Attune consumes this type (the others it produces). */
    public boolean inbound() {
        return topic != Topic.DECISIONS;
    }

    public static Optional<EventType> of(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }
}
