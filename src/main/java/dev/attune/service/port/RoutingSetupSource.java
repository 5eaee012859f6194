package dev.attune.service.port;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.RoutingWeights;
import java.util.List;

/**
 * The routing setup in force (catalogue, roster, weights), wherever it is kept. Blocking: call it from a
 * worker thread, not the event loop.
 */
public interface RoutingSetupSource {

    /** All three read together, so they agree with each other. */
    RoutingSetup load();

    Catalogue catalogue();

    /** Every pool's agents. */
    List<AgentProfile> roster();

    List<AgentProfile> roster(String poolId);

    RoutingWeights weights();

    /** The routing pools that have agents. */
    List<String> pools();
}
