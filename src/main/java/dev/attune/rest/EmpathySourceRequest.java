package dev.attune.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A workforce manager's choice of empathy scores for a pool: CONFIGURED, LEARNED or BLENDED, and why.
 * The source stays a string until checked so that a wrong value is refused naming the field.
 */
public record EmpathySourceRequest(@NotNull String source, @NotBlank @Size(max = 1000) String reason) {
}
