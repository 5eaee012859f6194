package dev.attune.dashboard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** What the ops dashboard counts as high care or distressed, how often it refreshes, and what it shows. */
@ConfigMapping(prefix = "attune.dashboard")
public interface DashboardSettings {

    /** How often queue health is sampled and pushed to open dashboards. */
    @WithDefault("1s")
    Duration interval();

    /** Care need at or above which a waiting caller counts as high care (CareNeed calls 0.7 "high care"). */
    @WithDefault("0.7")
    double highCareThreshold();

    /** Distress at or above which a waiting caller counts as distressed. */
    @WithDefault("0.6")
    double distressThreshold();

    /** Router decision latency p99 that ops hold the service to, in milliseconds. */
    @WithDefault("50")
    double latencyTargetMillis();

    /** The decision latency p99 on the dashboard covers the decisions of this last stretch of time. */
    @WithDefault("1m")
    Duration latencyWindow();

    /** How many waiting calls per pool the dashboard lists (most urgent first). */
    @WithDefault("25")
    int waitingCallsShown();

    /** How many recent decisions per pool the dashboard lists. */
    @WithDefault("12")
    int recentDecisionsShown();

    /** The contact centre's time zone: "today" (service level, abandonment) starts at its midnight. Default: the server's. */
    Optional<String> zone();
}
