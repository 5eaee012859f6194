package dev.attune.simulation.day;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Catalogue;
import dev.attune.simulation.centre.Centre;
import dev.attune.simulation.des.SimulatedClock;
import java.util.Map;

/**
 * What a routing policy may know about one replication of a replay: the catalogue, the agents' profiles,
 * the clock, the average handle time of each call type and the average after-call time (what an ACD
 * reports as expected time to free).
 */
public record ReplayContext(
        Catalogue catalogue,
        OverlayModel overlay,
        Map<String, AgentProfile> profiles,
        SimulatedClock clock,
        Centre centre,
        int replication,
        Map<String, Double> meanHandleSecondsByType,
        double meanAfterCallSeconds) {

    /** The routing pool every simulated call and agent belongs to. */
    public static final String POOL = "simulation";
}
