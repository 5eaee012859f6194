package dev.attune.service;

import dev.attune.core.domain.ControlArm;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.time.Duration;

/**
 * The live benchmark's control arm until an admin first switches it (attune.benchmark.control.*); after
 * that the newest switch in PostgreSQL is in force (docs/fairness.md).
 */
@ConfigMapping(prefix = "attune.benchmark.control")
public interface ControlArmConfig {
    @WithDefault("false")
    boolean enabled();

    @WithDefault("0.1")
    @DecimalMin("0")
    @DecimalMax("1")
    double share();

    @WithDefault("HASH")
    ControlArm.Mode mode();

    @WithDefault("PT30M")
    Duration block();

    default ControlArm controlArm() {
        return new ControlArm(enabled(), share(), mode(), block());
    }
}
