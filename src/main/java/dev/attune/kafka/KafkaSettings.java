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

    /** How Attune writes the events it publishes (it reads either mode on every input topic). */
    @WithDefault("structured")
    ContentMode publishMode();

    /**
     * How far back a restarted instance re-reads its input topics to rebuild live queues. Must cover the
     * longest a call waits and the longest an agent stays in one state (a shift): an agent whose last state
     * event is older starts as logged out until the ACD reports it again.
     */
    @WithDefault("PT12H")
    Duration recoveryWindow();

    /**
     * The largest input record (value bytes) the router reads. Real events are a few KiB; a larger record is
     * dead-lettered as TOO_LARGE without being parsed, so no sender can make the router parse megabytes.
     */
    @WithDefault("65536")
    int maxEventBytes();

    /**
     * The most one fetch of the routing, transcript and journal consumers brings back, for the whole response and per
     * partition. The client reads a response into one array, and one of half a G1 region or more is humongous (regions
     * are 1 MB at the least, as with a 512 MB heap): each such allocation may start a concurrent GC cycle. The journal
     * feed, whose paused partitions are fetched two seconds at a time, did so every few seconds (docs/load-test.md).
     */
    @WithDefault("262144")
    int fetchMaxBytes();

    DeadLetter deadLetter();

    /**
     * How long the broker may take to acknowledge a REST routing event written to its pool's input topic
     * (docs/api.md) before the request is answered 503, with nothing applied.
     */
    @WithDefault("PT10S")
    Duration restInputTimeout();

    /** How unusable records reach routing.dead-letter (see DeadLetters). */
    interface DeadLetter {
        /**
         * The largest dead letter (key, value, headers) sent whole; a larger one is cut to this. Keep it under
         * the dead-letter topic's max.message.bytes and the producer's max.request.size (both about 1 MiB).
         */
        @WithDefault("1000000")
        int maxBytes();

        /** How long a dead letter may wait for the broker before it is counted unwritten and skipped. */
        @WithDefault("PT10S")
        Duration timeout();
    }

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

        /**
         * Workforce changes announced to every instance (weights, agent profiles, the catalogue): read in full by
         * each instance, not by a group. One partition keeps the notices in order; they are small and few.
         */
        @WithDefault("routing.changes")
        String changes();
    }

    /** The decoder for input records as configured here. */
    default InboundDecoder decoder() {
        return new InboundDecoder(new EventSchemas(), names(), maxEventBytes());
    }

    default TopicNames names() {
        Topics t = topics();
        return new TopicNames(t.calls(), t.agents(), t.emotions(), t.decisions(), t.deadLetter());
    }
}
