package dev.attune.core.domain;

/** Checks and clamps values that live in [0,1] (emotion intensities, stakes, empathy). */
final class Unit {
    private Unit() {
    }

    static double check(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0,1], was " + value);
        }
        return value;
    }

    static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
