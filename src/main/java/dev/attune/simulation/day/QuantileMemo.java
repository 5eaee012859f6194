package dev.attune.simulation.day;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import umontreal.ssj.probdist.BetaDist;

/**
 * Remembers Beta quantiles by (alpha, beta, uniform). SSJ inverts the Beta distribution numerically (about
 * half of a replication's CPU went there), and one experiment asks for the same quantiles again and again:
 * the light replay and most sensitivity variants draw the same callers with the same emotion priors as the
 * main run. A quantile is a pure function of its three numbers, so the remembered value is the very double
 * SSJ returned: results stay bit-identical. One memo lives as long as one experiment (never in the service).
 */
public final class QuantileMemo {
    private static final QuantileMemo NONE = new QuantileMemo(false);

    private final Map<Prior, Map<Long, Double>> byPrior = new ConcurrentHashMap<>();
    private final boolean remembers;

    private QuantileMemo(boolean remembers) {
        this.remembers = remembers;
    }

    /** A memo for one experiment's replays; safe to share between threads. */
    public static QuantileMemo create() {
        return new QuantileMemo(true);
    }

    /** Computes every quantile afresh (a single replay, or the service's what-if). */
    public static QuantileMemo none() {
        return NONE;
    }

    /** The quantile {@code dist.inverseF(u)}, computed once per prior and uniform. */
    public double inverse(BetaDist dist, double u) {
        if (!remembers) {
            return dist.inverseF(u);
        }
        Map<Long, Double> quantiles = byPrior.computeIfAbsent(new Prior(dist.getAlpha(), dist.getBeta()),
                p -> new ConcurrentHashMap<>());
        return quantiles.computeIfAbsent(Double.doubleToRawLongBits(u), bits -> dist.inverseF(u));
    }

    /** Remembered quantiles, for tests and reports. */
    public long size() {
        return byPrior.values().stream().mapToLong(Map::size).sum();
    }

    private record Prior(double alpha, double beta) {
    }
}
