package dev.attune.service;

import dev.attune.core.engine.PoolStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the engine has rebuilt its pools from history and is ticking. Kafka's readiness comes from the
 * messaging extension's check, so /q/health/ready is UP only when both are. PostgreSQL is not one of them:
 * routing does not need it, and a database outage must not take an instance out of service (the
 * decision-journal check reports it). Reads only volatile state: answers at once whatever the database does.
 */
@Readiness
@ApplicationScoped
public class EngineReadiness implements HealthCheck {
    private final EngineHost host;

    @Inject
    public EngineReadiness(EngineHost host) {
        this.host = host;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("routing-engine")
                .withData("state", host.state().name());
        Instant lastTick = host.lastTick();
        Duration sinceTick = lastTick == null ? null : Duration.between(lastTick, Instant.now());
        if (sinceTick != null) {
            response.withData("lastTickMillisAgo", sinceTick.toMillis());
        }
        int waiting = 0;
        int pending = 0;
        StringBuilder fallback = new StringBuilder();
        for (PoolStatus queue : host.statuses()) {
            waiting += queue.waitingCalls().size();
            pending += queue.pendingOffers().size();
            if (queue.fallbackActive()) {
                fallback.append(fallback.isEmpty() ? "" : ",").append(queue.poolId());
            }
        }
        response.withData("pools", host.statuses().size())
                .withData("waitingCalls", waiting)
                .withData("pendingOffers", pending);
        if (!fallback.isEmpty()) {
            // Still routing, deterministically: degraded, not down.
            response.withData("fallbackPools", fallback.toString());
        }
        if (host.recoveryProblem() != null) {
            response.withData("recoveryProblem", host.recoveryProblem());
        }
        if (host.lastRebuild() != null) {
            response.withData("lastRebuild", host.lastRebuild().toString());
        }
        boolean stalled = sinceTick == null || sinceTick.compareTo(host.settings().stallAfter()) > 0;
        if (stalled) {
            response.withData("reason", "the engine thread has not ticked for more than " + host.settings().stallAfter());
        }
        return response.status(host.state() == EngineHost.State.RUNNING && !stalled).build();
    }
}
