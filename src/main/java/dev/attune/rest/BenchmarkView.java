package dev.attune.rest;

import dev.attune.core.domain.ControlArm;
import dev.attune.learning.fairness.ArmComparison;
import java.time.Instant;

/** The live benchmark's per-arm report of a period, with the control arm in force now. */
public record BenchmarkView(Instant from, Instant to, String pool, double intervalLevel, ControlArm controlArm,
        ArmComparison arms) {
}
