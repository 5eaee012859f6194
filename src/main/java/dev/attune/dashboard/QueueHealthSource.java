package dev.attune.dashboard;

import java.util.List;

/** Where the dashboard reads live queue health from: the routing engine's status of every pool it owns. */
public interface QueueHealthSource {

    /** Every pool this instance routes, at this moment. Called once per dashboard interval, off the engine thread. */
    List<PoolHealth> pools();
}
