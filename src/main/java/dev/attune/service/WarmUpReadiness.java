package dev.attune.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the decision path is warm ({@link DecisionWarmUp}): the first calls get the warm latency. */
@Readiness
@ApplicationScoped
public class WarmUpReadiness implements HealthCheck {
    private final DecisionWarmUp warmUp;

    @Inject
    public WarmUpReadiness(DecisionWarmUp warmUp) {
        this.warmUp = warmUp;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("decision-warm-up").withData("warmUp", warmUp.summary())
                .status(warmUp.done()).build();
    }
}
