package dev.attune.dashboard;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Until the engine host is wired in, the dashboard honestly shows no pools. */
@DefaultBean
@ApplicationScoped
public class NoRoutingEngineYet implements QueueHealthSource {
    @Override
    public List<PoolHealth> pools() {
        return List.of();
    }
}
