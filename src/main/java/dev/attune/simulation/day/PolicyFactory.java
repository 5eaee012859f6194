package dev.attune.simulation.day;

import dev.attune.simulation.centre.Router;

/** A named routing policy for the comparison: builds a fresh router for each replication. */
public interface PolicyFactory {
    String name();

    Router create(ReplayContext context);
}
