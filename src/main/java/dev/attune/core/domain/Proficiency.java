package dev.attune.core.domain;

/** Skill proficiency on the 1-5 scale contact centres already use (Amazon Connect, Genesys). */
public final class Proficiency {
    public static final int MIN = 1;
    public static final int MAX = 5;

    private Proficiency() {
    }

    public static int check(int level) {
        if (level < MIN || level > MAX) {
            throw new IllegalArgumentException("proficiency must be 1-5, was " + level);
        }
        return level;
    }

    /** 0 for the best proficiency, 1 for the worst: the shortfall a high-stakes call pays for. */
    public static double shortfall(int level) {
        return (MAX - level) / (double) (MAX - MIN);
    }
}
