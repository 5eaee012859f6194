package dev.attune.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The journal feed: the decision journal as a projection of the topics (attune.journal.feed.*). */
@ConfigMapping(prefix = "attune.journal.feed")
public interface JournalFeedSettings {

    /** Off only for a service that must not write the journal at all (a read-only replica of the API). */
    @WithDefault("true")
    boolean enabled();

    /** Its own consumer group: its committed offsets say how far the journal holds what happened. */
    @WithDefault("attune-journal")
    String group();

    /** After a failed write (the database away) the same records are read again after this pause... */
    @WithDefault("PT0.5S")
    Duration retryAfter();

    /** ...doubling up to this, so an outage of any length costs a log line now and then, not a busy loop. */
    @WithDefault("PT5S")
    Duration maxRetryAfter();

    /**
     * How old a record must be before the feed reads it: by then the engine host's own hand-off has usually made
     * it durable, and the feed does not write it again (JournalSink#wroteRecently). Zero: at once.
     */
    @WithDefault("PT2S")
    Duration delay();
}
