package dev.attune.configuration;

import dev.attune.service.port.RoutingSetupFiles;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Hands the service the config/ folder named by attune.config-dir as the routing setup a first start seeds. */
@Singleton
public class ShippedSetup {

    @Produces
    @Singleton
    RoutingSetupFiles files(@ConfigProperty(name = "attune.config-dir", defaultValue = "config") String root) {
        return ConfigDirectory.at(root);
    }
}
