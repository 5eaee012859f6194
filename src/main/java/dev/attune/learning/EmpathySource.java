package dev.attune.learning;

/** Which empathy scores a pool routes on; a workforce manager chooses per pool. */
public enum EmpathySource {
    CONFIGURED,
    LEARNED,
    BLENDED
}
