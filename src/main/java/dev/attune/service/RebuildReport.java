package dev.attune.service;

import java.time.Duration;

/**
 * What a rebuild from history did, logged and returned to whoever asked for it.
 *
 * @param inputs        input events replayed
 * @param refused       replayed events the engine refused again (they were dead letters the first time)
 * @param adopted       published offers re-established
 * @param notAdopted    published offers the rebuilt state could not take (logged one by one)
 * @param liveDecisions decisions made right after the replay (calls that waited through the restart,
 *                      reservations that expired during it)
 */
public record RebuildReport(int inputs, int refused, int adopted, int notAdopted, int liveDecisions, Duration took) {
}
