package dev.attune.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.net.URI;
import java.time.Duration;

/** The event contract's configuration (attune.kafka.* in application.properties). */
@ConfigMapping(prefix = "attune.kafka")
public interface KafkaSettings {

    Topics topics();

    /** CloudEvents {@code source} of the events Attune publishes. */
    @WithDefault("urn:attune:router")
    URI source();

    /**
     * How far back a restarted instance re-reads its input topics to rebuild live queues. Must cover the
     * longest a call waits and the longest an agent stays in one state (a shift): an agent whose last state
     * event is older starts as logged out until the ACD reports it again.
     */
    @WithDefault("PT12H")
    Duration recoveryWindow();

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
