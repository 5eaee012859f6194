package dev.attune.core.domain;

/** "80% of calls answered within 20 s": the share that must be answered within the threshold. */
public record ServiceLevelTarget(double share, int thresholdSeconds) {
    public ServiceLevelTarget {
        if (share <= 0 || share > 1) {
            throw new IllegalArgumentException("service level share must be in (0,1], was " + share);
        }
        if (thresholdSeconds <= 0) {
            throw new IllegalArgumentException("service level threshold must be positive, was " + thresholdSeconds);
        }
    }
}
