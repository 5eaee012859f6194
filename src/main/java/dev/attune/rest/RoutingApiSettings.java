package dev.attune.rest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the REST endpoints behave (attune.rest.* in application.properties). */
@ConfigMapping(prefix = "attune.rest")
public interface RoutingApiSettings {

    /**
     * How long a synchronous routing request (POST /pools/{pool}/tasks) waits for an offer before it answers
     * "queued". A request's own deadlineMillis may shorten it, never lengthen it.
     */
    @WithDefault("PT0.2S")
    Duration taskDeadline();

    /** How long the workers list waits for the engine's live agent states before it answers without them. */
    @WithDefault("PT0.5S")
    Duration liveStateWait();

    /**
     * How long a routing request waits for a consumer-group rebalance in progress on this instance to settle before
     * it decides whether the pool is this instance's (applied here, answered with its offers) or another's
     * (forwarded, answered without).
     */
    @WithDefault("PT2S")
    Duration rebalanceWait();

    /** A roster import refuses a file with more agent lines than this (a 400 naming the first line over). */
    @WithDefault("20000")
    int rosterImportMaxLines();
}
