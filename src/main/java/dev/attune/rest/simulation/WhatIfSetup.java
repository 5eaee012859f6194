package dev.attune.rest.simulation;

import dev.attune.learning.fairness.FairnessRules;
import dev.attune.service.FairnessConfig;
import dev.attune.service.port.RoutingSetupSource;
import dev.attune.simulation.whatif.SimulatedWhatIf;
import dev.attune.simulation.whatif.WhatIfDay;
import dev.attune.simulation.whatif.WhatIfSimulator;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The what-if as the service runs it: on the stored catalogue, the day attune.what-if.* names and config/. */
@Singleton
public class WhatIfSetup {

    @Produces
    @Singleton
    WhatIfSimulator simulator(RoutingSetupSource setup, WhatIfSettings settings, FairnessConfig fairness,
            @ConfigProperty(name = "attune.config-dir", defaultValue = "config") String configDir) {
        Path config = Path.of(configDir);
        return new SimulatedWhatIf(setup::catalogue, config,
                new WhatIfDay(settings.callLog().trim(), settings.days(), Path.of(settings.data()), config),
                new FairnessRules(fairness.segmentAttributes(), fairness.band(), fairness.minimumCalls(),
                        fairness.intervalLevel()));
    }
}
