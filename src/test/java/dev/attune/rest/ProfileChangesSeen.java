package dev.attune.rest;

import dev.attune.core.engine.event.AgentProfileChanged;
import dev.attune.service.port.WeightChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Stands where the engine host listens, to check that saved changes are handed on. */
@ApplicationScoped
public class ProfileChangesSeen {
    private final List<AgentProfileChanged> profiles = new CopyOnWriteArrayList<>();
    private final List<WeightChange> weights = new CopyOnWriteArrayList<>();

    // Read through methods: the injected client proxy does not share the bean's fields.
    public List<AgentProfileChanged> profiles() {
        return List.copyOf(profiles);
    }

    public List<WeightChange> weights() {
        return List.copyOf(weights);
    }

    void onProfile(@Observes AgentProfileChanged change) {
        profiles.add(change);
    }

    void onWeights(@Observes WeightChange change) {
        weights.add(change);
    }
}
