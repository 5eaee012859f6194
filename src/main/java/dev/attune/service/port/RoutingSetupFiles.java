package dev.attune.service.port;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.RoutingWeights;
import java.nio.file.Path;
import java.util.List;

/**
 * The routing setup as shipped (config/): what a first start copies into empty tables. Each part names
 * its file, for the audit trail of the seed.
 */
public interface RoutingSetupFiles {

    Catalogue catalogue();

    List<AgentProfile> roster();

    RoutingWeights weights();

    Path catalogueFile();

    Path rosterFile();

    Path weightsFile();
}
