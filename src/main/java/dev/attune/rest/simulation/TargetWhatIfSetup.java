package dev.attune.rest.simulation;

import dev.attune.service.port.RoutingSetupSource;
import dev.attune.simulation.whatif.TargetWhatIf;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The what-if against longest-idle as the service runs it: the stored catalogue, attune.what-if.data and config/. */
@Singleton
public class TargetWhatIfSetup {

    @Produces
    @Singleton
    TargetWhatIf targetWhatIf(RoutingSetupSource setup, WhatIfSettings settings,
            @ConfigProperty(name = "attune.config-dir", defaultValue = "config") String configDir) {
        return new TargetWhatIf(setup::catalogue, Path.of(configDir), Path.of(settings.data()));
    }
}
