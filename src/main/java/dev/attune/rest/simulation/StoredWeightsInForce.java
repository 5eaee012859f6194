package dev.attune.rest.simulation;

import dev.attune.core.domain.RoutingWeights;
import dev.attune.service.port.WeightChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The weights in force as stored: the engine starts from them and is handed every change to them. */
@ApplicationScoped
public class StoredWeightsInForce implements WeightsInForce {
    private final WeightChanges history;

    @Inject
    public StoredWeightsInForce(WeightChanges history) {
        this.history = history;
    }

    @Override
    public RoutingWeights current() {
        return history.current();
    }
}
