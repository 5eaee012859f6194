package dev.attune.simulation.centre;

/** Brings contacts to the centre: a Poisson process, a replayed log. Schedules its own events on the centre's calendar. */
@FunctionalInterface
public interface ArrivalSource {
    void start(Centre centre);
}
