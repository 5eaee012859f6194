package dev.attune.simulation.des;

/** A point estimate over replications with its confidence interval (mean ± halfWidth). */
public record Estimate(double mean, double halfWidth, int replications) {

    public double lower() {
        return mean - halfWidth;
    }

    public double upper() {
        return mean + halfWidth;
    }

    public boolean contains(double value) {
        return value >= lower() && value <= upper();
    }

    public Estimate scaled(double factor) {
        return new Estimate(mean * factor, halfWidth * Math.abs(factor), replications);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.4f ± %.4f", mean, halfWidth);
    }
}
