package dev.attune.simulation.day;

import java.nio.file.Path;

/**
 * What the log does not show about agents' capacity (config/simulation/capacity.json, fitted by
 * {@link CapacityFit} on one month and checked on another): after each call an agent stays unavailable
 * (after-call work, not-ready time, short breaks) for a time drawn from an empirical distribution, and
 * only a share of the half hours the log credits an agent with are worked.
 *
 * @param fittedOn          the month the numbers were estimated from
 * @param afterCallQuantiles unavailable seconds after a call at probabilities 0, 1/n, ..., 1 (a quantile function),
 *                          as measured in the log
 * @param afterCallScale    factor on those seconds (the log's gaps count only the moments a caller was waiting)
 * @param availability      share of the log's credited agent half hours actually worked, in (0, 1]
 */
public record CapacityModel(String description, String fittedOn, double[] afterCallQuantiles, double afterCallScale,
        double availability) {

    /** The light replay: agents free the moment a call ends, present every half hour the log credits. */
    public static final CapacityModel LIGHT = new CapacityModel("light replay: no after-call time, full availability",
            "none", new double[] {0, 0}, 1, 1);

    public CapacityModel {
        if (afterCallQuantiles.length < 2) {
            throw new IllegalArgumentException("capacity: afterCallQuantiles needs at least two points");
        }
        for (int i = 0; i < afterCallQuantiles.length; i++) {
            if (afterCallQuantiles[i] < 0 || (i > 0 && afterCallQuantiles[i] < afterCallQuantiles[i - 1])) {
                throw new IllegalArgumentException("capacity: afterCallQuantiles must be non-negative and rising");
            }
        }
        if (!(afterCallScale >= 0)) {
            throw new IllegalArgumentException("capacity: afterCallScale must not be negative");
        }
        if (!(availability > 0 && availability <= 1)) {
            throw new IllegalArgumentException("capacity: availability must be in (0, 1], was " + availability);
        }
    }

    public static CapacityModel read(Path file) {
        return SimulationJson.read(file, CapacityModel.class);
    }

    /** Unavailable seconds after a call for one uniform: linear between the stored quantiles. */
    public double afterCallSeconds(double uniform) {
        double x = uniform * (afterCallQuantiles.length - 1);
        int i = Math.min(afterCallQuantiles.length - 2, (int) x);
        double f = x - i;
        return afterCallScale * (afterCallQuantiles[i] + f * (afterCallQuantiles[i + 1] - afterCallQuantiles[i]));
    }

    /** Mean after-call seconds (what an ACD would report as the expected wrap-up). */
    public double meanAfterCallSeconds() {
        double sum = 0;
        for (int i = 1; i < afterCallQuantiles.length; i++) {
            sum += (afterCallQuantiles[i] + afterCallQuantiles[i - 1]) / 2;
        }
        return afterCallScale * sum / (afterCallQuantiles.length - 1);
    }

    public boolean light() {
        return meanAfterCallSeconds() == 0 && availability == 1;
    }
}
