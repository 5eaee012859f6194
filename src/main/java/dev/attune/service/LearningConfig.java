package dev.attune.service;

import dev.attune.learning.LearningSettings;
import dev.attune.learning.OutcomeScore;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/** Empathy learning (attune.learning.* in application.properties; the model in docs/learning.md). */
@ConfigMapping(prefix = "attune.learning")
public interface LearningConfig {
    /** Outcomes older than this are not read: people change, and a fit over years would hide it. */
    @WithDefault("P90D")
    Duration window();

    @WithDefault("0.9")
    @DecimalMin("0.5")
    @DecimalMax("0.999")
    double intervalLevel();

    @WithDefault("0.02")
    @DecimalMin("0.001")
    double minimumDeviationSd();

    @WithDefault("20")
    @Min(1)
    int callsForSpread();

    @WithDefault("0.5")
    @DecimalMin("0")
    @DecimalMax("1")
    double blendWeight();

    @WithDefault("5")
    @Min(1)
    int rounds();

    /** Weights of the outcome score the model regresses on. */
    Score score();

    interface Score {
        @WithDefault("1.0")
        double resolved();

        @WithDefault("1.0")
        double complaint();

        @WithDefault("0.5")
        double transferred();

        @WithDefault("1.0")
        double calming();

        @WithDefault("0.5")
        double csat();
    }

    default LearningSettings settings() {
        Score s = score();
        return new LearningSettings(new OutcomeScore(s.resolved(), s.complaint(), s.transferred(), s.calming(), s.csat()),
                intervalLevel(), minimumDeviationSd(), callsForSpread(), blendWeight(), rounds());
    }
}
