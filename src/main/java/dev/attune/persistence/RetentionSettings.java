package dev.attune.persistence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the journal keeps what it holds about calls and changes (attune.retention.*, docs/privacy.md). */
@ConfigMapping(prefix = "attune.retention")
public interface RetentionSettings {
    /** Decisions (offers with their explanations and whispers) and answers waiting for their offer. */
    @WithDefault("P90D")
    Duration decisions();

    /** Call outcomes; must cover attune.learning.window, which the empathy model fits on. */
    @WithDefault("P90D")
    Duration outcomes();

    /** Who changed which agent, weight or empathy source: the newest weight set always stays (it is in force). */
    @WithDefault("P2555D")
    Duration changeHistory();

    /** How often the purge runs (RetentionJob's schedule; "off" turns it off), e.g. 1h. */
    @WithDefault("1h")
    String every();

    /** The first run after start-up, e.g. 10m. */
    @WithDefault("10m")
    String firstAfter();

    /** Rows deleted per transaction, so a first purge of a large table never holds long locks. */
    @WithDefault("5000")
    int batchSize();
}
