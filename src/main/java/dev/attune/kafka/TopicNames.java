package dev.attune.kafka;

import dev.attune.kafka.EventType.Topic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The configured name of each logical topic (attune.kafka.topics.* in application.properties). */
public record TopicNames(String calls, String agents, String emotions, String decisions, String deadLetter) {

    public static TopicNames defaults() {
        return new TopicNames("acd.calls", "acd.agents", "analytics.emotions", "routing.decisions",
                "routing.dead-letter");
    }

    public TopicNames {
        Objects.requireNonNull(calls, "calls");
        Objects.requireNonNull(agents, "agents");
        Objects.requireNonNull(emotions, "emotions");
        Objects.requireNonNull(decisions, "decisions");
        Objects.requireNonNull(deadLetter, "deadLetter");
    }

    public String name(Topic topic) {
        return switch (topic) {
            case CALLS -> calls;
            case AGENTS -> agents;
            case EMOTIONS -> emotions;
            case DECISIONS -> decisions;
            case DEAD_LETTER -> deadLetter;
        };
    }

    public Optional<Topic> roleOf(String topicName) {
        for (Topic topic : Topic.values()) {
            if (name(topic).equals(topicName)) {
                return Optional.of(topic);
            }
        }
        return Optional.empty();
    }

    /** The topics the router consumes, all keyed by pool and partitioned alike. */
    public List<String> inputs() {
        return List.of(calls, agents, emotions);
    }
}
