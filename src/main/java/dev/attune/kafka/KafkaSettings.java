package dev.attune.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.net.URI;

/** The event contract's configuration (attune.kafka.* in application.properties). */
@ConfigMapping(prefix = "attune.kafka")
public interface KafkaSettings {

    Topics topics();

    /** CloudEvents {@code source} of the events Attune publishes. */
    @WithDefault("urn:attune:router")
    URI source();

    interface Topics {
        @WithDefault("acd.calls")
        String calls();

        @WithDefault("acd.agents")
        String agents();

        @WithDefault("analytics.emotions")
        String emotions();

        @WithDefault("routing.decisions")
        String decisions();

        @WithName("dead-letter")
        @WithDefault("routing.dead-letter")
        String deadLetter();
    }

    default TopicNames names() {
        Topics t = topics();
        return new TopicNames(t.calls(), t.agents(), t.emotions(), t.decisions(), t.deadLetter());
    }
}
