package dev.attune.core.domain;

/** The three score levels: hard never broken, medium (serve calls) before soft (serve them well). */
public enum ScoreLevel {
    HARD,
    MEDIUM,
    SOFT
}
