package dev.attune.learning;

/** Which empathy scores, or which proficiency levels, a pool routes on; a workforce manager chooses per pool. */
public enum ScoreSource {
    CONFIGURED,
    LEARNED,
    BLENDED
}
