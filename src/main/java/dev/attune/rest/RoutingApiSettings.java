package dev.attune.rest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the ACD-facing endpoints behave (attune.rest.* in application.properties). */
@ConfigMapping(prefix = "attune.rest")
public interface RoutingApiSettings {

    /**
     * How long a synchronous routing request (POST /pools/{pool}/tasks) waits for an offer before it answers
     * "queued". A request's own deadlineMillis may shorten it, never lengthen it.
     */
    @WithDefault("PT0.2S")
    Duration taskDeadline();
}
