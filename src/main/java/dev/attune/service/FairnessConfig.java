package dev.attune.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.List;

/** The fairness audit (attune.fairness.* in application.properties; docs/fairness.md). */
@ConfigMapping(prefix = "attune.fairness")
public interface FairnessConfig {
    /**
     * The segment attributes the ACD may send on call.arrived ({@code segments}) that are journalled; any other
     * attribute is dropped unread, so nothing undeclared is ever stored.
     */
    @WithDefault("channel,age-band,customer-tier")
    List<String> segmentAttributes();

    /** A segment whose rate is below this share of the best-served segment's is flagged (the four-fifths rule). */
    @WithDefault("0.8")
    @DecimalMin("0.01")
    @DecimalMax("1")
    double band();

    /** Segments with fewer calls are reported but never flagged: their rates say too little. */
    @WithDefault("30")
    @Min(1)
    int minimumCalls();

    /** The level of every interval in the audit and the benchmark report. */
    @WithDefault("0.9")
    @DecimalMin("0.5")
    @DecimalMax("0.999")
    double intervalLevel();

    /** The period an audit covers when the request names none: up to now. */
    @WithDefault("P7D")
    Duration defaultPeriod();
}
