package dev.attune.service.port;

import dev.attune.core.domain.ControlArm;
import java.time.Instant;

/** One switch of the live benchmark's control arm. {@code before} is null for the first (the configured default). */
public record ControlArmChange(long id, String changedBy, Instant changedAt, String reason, ControlArm before,
        ControlArm after) {
}
