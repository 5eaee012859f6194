package dev.attune.configuration;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.service.port.RoutingSetupFiles;
import java.nio.file.Path;
import java.util.List;

/**
 * The config/ folder: catalogue.json, roster.json and weights.json under one root, so the service and
 * the simulator read the very same files. See config/README.md.
 */
public record ConfigDirectory(Path root) implements RoutingSetupFiles {

    public static ConfigDirectory at(String root) {
        return new ConfigDirectory(Path.of(root));
    }

    public Path catalogueFile() {
        return root.resolve(CatalogueFile.FILE_NAME);
    }

    public Path rosterFile() {
        return root.resolve(RosterFile.FILE_NAME);
    }

    public Path weightsFile() {
        return root.resolve(WeightsFile.FILE_NAME);
    }

    public Catalogue catalogue() {
        return CatalogueFile.read(catalogueFile());
    }

    public List<AgentProfile> roster() {
        return RosterFile.read(rosterFile());
    }

    public RoutingWeights weights() {
        return WeightsFile.read(weightsFile());
    }
}
