package dev.attune.core.domain;

/** Which arm of the live on/off benchmark routed a call: Attune's scoring, or the control's longest idle. */
public enum BenchmarkArm {
    ATTUNE,
    /** Skills-based longest idle, what the ACD did before Attune: the benchmark's baseline. */
    CONTROL
}
