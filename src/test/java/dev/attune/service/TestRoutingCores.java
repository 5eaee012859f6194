package dev.attune.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;

/**
 * The engine the service tests run on until the core engine is merged: {@link LongestIdleCore}. Agents
 * arrive through agent.profile-changed events, as the tests publish them.
 */
@ApplicationScoped
public class TestRoutingCores implements RoutingCoreFactory {
    @Override
    public RoutingCore create(Clock clock) {
        return new LongestIdleCore(clock, Duration.ofSeconds(15));
    }
}
