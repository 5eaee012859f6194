package dev.attune.rest;

import dev.attune.learning.ScoreSource;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;

/**
 * A workforce manager's choice of empathy scores (or proficiency levels) for a pool: CONFIGURED, LEARNED or
 * BLENDED, and why. The source stays a string until checked so that a wrong value is refused naming the field.
 */
public record ScoreSourceRequest(@NotNull @Size(max = 16) String source, @NotBlank @Size(max = 1000) String reason) {

    /** The source, or a 400 naming the field. */
    ScoreSource parsedSource() {
        return Arrays.stream(ScoreSource.values()).filter(s -> s.name().equals(source)).findFirst()
                .orElseThrow(() -> new InvalidRequestException("source must be one of "
                        + Arrays.toString(ScoreSource.values()) + ", was '" + source + "'"));
    }
}
