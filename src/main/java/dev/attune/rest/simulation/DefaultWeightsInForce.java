package dev.attune.rest.simulation;

import dev.attune.core.domain.RoutingWeights;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Until the engine host is wired in, "current" means every weight at 1. */
@DefaultBean
@ApplicationScoped
public class DefaultWeightsInForce implements WeightsInForce {
    @Override
    public RoutingWeights current() {
        return new RoutingWeights(Map.of());
    }
}
