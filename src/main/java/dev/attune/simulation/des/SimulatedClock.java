package dev.attune.simulation.des;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A {@link Clock} that reads the simulator's time, so the real routing engine (which takes an injected
 * clock) runs on simulated time, as fast as the events come, and a seed replays it exactly.
 */
public final class SimulatedClock extends Clock {
    private final Simulator simulator;
    private final Instant origin;
    private final double secondsPerUnit;
    private final ZoneId zone;

    /**
     * @param origin         the instant simulated time zero stands for
     * @param secondsPerUnit how many seconds one unit of simulated time is (60 when the model counts minutes)
     */
    public SimulatedClock(Simulator simulator, Instant origin, double secondsPerUnit) {
        this(simulator, origin, secondsPerUnit, ZoneOffset.UTC);
    }

    private SimulatedClock(Simulator simulator, Instant origin, double secondsPerUnit, ZoneId zone) {
        if (!(secondsPerUnit > 0)) {
            throw new IllegalArgumentException("secondsPerUnit must be positive");
        }
        this.simulator = simulator;
        this.origin = origin;
        this.secondsPerUnit = secondsPerUnit;
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new SimulatedClock(simulator, origin, secondsPerUnit, newZone);
    }

    @Override
    public Instant instant() {
        return at(simulator.now());
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }

    /** The instant a simulated time stands for, to the microsecond. */
    public Instant at(double time) {
        long micros = Math.round(time * secondsPerUnit * 1e6);
        return origin.plusSeconds(Math.floorDiv(micros, 1_000_000L)).plusNanos(Math.floorMod(micros, 1_000_000L) * 1000L);
    }

    /** The simulated time an instant stands for. */
    public double timeOf(Instant instant) {
        long seconds = instant.getEpochSecond() - origin.getEpochSecond();
        long nanos = instant.getNano() - origin.getNano();
        return (seconds + nanos / 1e9) / secondsPerUnit;
    }
}
