package dev.attune.learning.fairness;

/**
 * The rates the four-fifths rule compares between segments, each put so that higher is better (abandonment
 * and complaints as their complement), as adverse-impact ratios are.
 */
public enum FavourableRate {
    ANSWERED("answered (not abandoned)"),
    SERVICE_LEVEL("answered within the service level"),
    TOP_EMPATHY("answered by a top-quartile-empathy agent"),
    TOP_PROFICIENCY("answered by a top-quartile-proficiency agent"),
    RESOLVED("resolved"),
    NO_COMPLAINT("ended without a complaint");

    private final String words;

    FavourableRate(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
