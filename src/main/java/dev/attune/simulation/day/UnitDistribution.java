package dev.attune.simulation.day;

import umontreal.ssj.probdist.BetaDist;

/**
 * A quantity in [0,1] (an emotion intensity, an empathy score) drawn from a Beta distribution given by
 * its mean and standard deviation, which is how the overlay file states it.
 */
public record UnitDistribution(double mean, double sd) {

    public UnitDistribution {
        if (!(mean > 0 && mean < 1)) {
            throw new IllegalArgumentException("mean must be in (0,1), was " + mean);
        }
        if (!(sd > 0) || sd * sd >= mean * (1 - mean)) {
            throw new IllegalArgumentException("sd must be positive and below sqrt(mean (1 - mean)) = "
                    + Math.sqrt(mean * (1 - mean)) + ", was " + sd);
        }
    }

    /** Method of moments: α + β = m(1-m)/s² - 1. */
    public BetaDist beta() {
        double total = mean * (1 - mean) / (sd * sd) - 1;
        return new BetaDist(mean * total, (1 - mean) * total);
    }
}
