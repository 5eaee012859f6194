package dev.attune.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The decision journal on /q/health/ready: how far behind it is and since when the database refuses it. Always
 * UP: a database outage delays the journal (the feed catches up from Kafka) and does not stop routing, so it
 * must not take the instance out of service. Reads only what the feed last saw, so it answers at once whatever
 * the database does (the datasource's own check, which would wait for a connection, is off).
 */
@Readiness
@ApplicationScoped
public class JournalReadiness implements HealthCheck {
    private final JournalFeed feed;

    @Inject
    public JournalReadiness(JournalFeed feed) {
        this.feed = feed;
    }

    @Override
    public HealthCheckResponse call() {
        JournalFeedHealth health = feed.health();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("decision-journal").up()
                .withData("behindRecords", health.lag());
        Instant failingSince = health.failingSince();
        if (failingSince != null) {
            response.withData("database", "unavailable for "
                    + Duration.between(failingSince, Instant.now()).toSeconds() + " s: decisions are journalled "
                    + "when it is back")
                    .withData("lastFailure", String.valueOf(health.lastFailure()));
        }
        return response.build();
    }
}
