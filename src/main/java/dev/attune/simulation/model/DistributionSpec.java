package dev.attune.simulation.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import umontreal.ssj.probdist.ContinuousDistribution;
import umontreal.ssj.probdist.GammaDist;
import umontreal.ssj.probdist.LognormalDist;
import umontreal.ssj.rng.RandomStream;

/**
 * A distribution as written in config/simulation/*.json.
 * <ul>
 * <li>{@code exponential}: {@code mean}</li>
 * <li>{@code uniform}: {@code min}, {@code max}</li>
 * <li>{@code lognormal}, {@code gamma}: {@code mean}, {@code sd} (moments, not the log-scale parameters)</li>
 * <li>{@code constant}: {@code value}</li>
 * <li>{@code infinite}: never (a caller who never abandons)</li>
 * </ul>
 */
public record DistributionSpec(String distribution, Double mean, Double sd, Double min, Double max, Double value) {

    public static DistributionSpec exponential(double mean) {
        return new DistributionSpec("exponential", mean, null, null, null, null);
    }

    public static DistributionSpec uniform(double min, double max) {
        return new DistributionSpec("uniform", null, null, min, max, null);
    }

    public static DistributionSpec infinite() {
        return new DistributionSpec("infinite", null, null, null, null, null);
    }

    /** Compiles the spec to a sampler; fails with the offending field named. */
    public Sampler sampler() {
        String kind = distribution == null ? "" : distribution.trim().toLowerCase(java.util.Locale.ROOT);
        return switch (kind) {
            case "exponential" -> {
                double m = positive("mean", mean);
                yield u -> -m * Math.log1p(-u);
            }
            case "uniform" -> {
                double a = required("min", min);
                double b = required("max", max);
                if (b < a) {
                    throw new IllegalArgumentException("uniform distribution: max " + b + " is below min " + a);
                }
                yield u -> a + (b - a) * u;
            }
            case "lognormal" -> {
                double m = positive("mean", mean);
                double s = positive("sd", sd);
                double sigma2 = Math.log(1 + (s * s) / (m * m));
                yield inversion(new LognormalDist(Math.log(m) - sigma2 / 2, Math.sqrt(sigma2)));
            }
            case "gamma" -> {
                double m = positive("mean", mean);
                double s = positive("sd", sd);
                double shape = (m * m) / (s * s);
                yield inversion(new GammaDist(shape, shape / m));
            }
            case "constant" -> {
                double v = required("value", value);
                yield u -> v;
            }
            case "infinite" -> u -> Double.POSITIVE_INFINITY;
            default -> throw new IllegalArgumentException("unknown distribution '" + distribution
                    + "' (use exponential, uniform, lognormal, gamma, constant or infinite)");
        };
    }

    @JsonIgnore
    public double expectedValue() {
        String kind = distribution == null ? "" : distribution.trim().toLowerCase(java.util.Locale.ROOT);
        return switch (kind) {
            case "exponential", "lognormal", "gamma" -> mean;
            case "uniform" -> (min + max) / 2;
            case "constant" -> value;
            default -> Double.POSITIVE_INFINITY;
        };
    }

    private static Sampler inversion(ContinuousDistribution dist) {
        return dist::inverseF;
    }

    private double required(String field, Double v) {
        if (v == null || !Double.isFinite(v)) {
            throw new IllegalArgumentException(distribution + " distribution needs a finite '" + field + "'");
        }
        return v;
    }

    private double positive(String field, Double v) {
        double value = required(field, v);
        if (value <= 0) {
            throw new IllegalArgumentException(distribution + " distribution needs a positive '" + field + "', was " + value);
        }
        return value;
    }

    /** Draws by inversion of one uniform from the given stream. */
    @FunctionalInterface
    public interface Sampler {
        double inverse(double uniform);

        default double sample(RandomStream stream) {
            return inverse(stream.nextDouble());
        }
    }
}
