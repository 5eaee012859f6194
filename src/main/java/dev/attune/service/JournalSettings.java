package dev.attune.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/** How the decision journal keeps up with routing (attune.journal.* in application.properties). */
@ConfigMapping(prefix = "attune.journal")
public interface JournalSettings {

    /**
     * At most this many entries are written in one transaction. Bounded because a batch's decisions are read
     * with one {@code in (...)} query, and PostgreSQL takes at most 32,767 parameters in one statement.
     */
    @WithDefault("500")
    @Min(1)
    @Max(10_000)
    int maxBatch();

    /**
     * How long the journal waits after an entry for more to write with it: the decision is on Kafka already,
     * the journal (and the dashboard fed with it) may trail by this much, and fewer transactions leave the CPU
     * to routing.
     */
    @WithDefault("PT0.2S")
    Duration linger();

    /** Above this many entries waiting, a WARN is logged (at most once a minute): the database is behind. */
    @WithDefault("10000")
    @Min(1)
    int backlogWarning();

    /**
     * Entries beyond this many waiting are left to the journal feed (attune_journal_deferred_total): the heap
     * must not grow without limit while the database is down, and routing must not stop for it.
     */
    @WithDefault("100000")
    @Min(1)
    int maxBacklog();

    /** A batch that could not be written is tried once more after this pause. */
    @WithDefault("PT1S")
    Duration retryAfter();

    /**
     * How many of its newest entries the journal remembers having committed, so the journal feed passes over the
     * records it finds among them instead of decoding and writing them again (0: it writes everything again).
     */
    @WithDefault("65536")
    @Min(0)
    int recentlyWritten();
}
