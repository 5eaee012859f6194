package dev.attune.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A switch of the live benchmark's control arm, and why. Mode stays a string until checked so that a wrong
 * value is refused naming the field.
 *
 * @param mode         HASH (a stable hash of the call id) or TIME_BLOCKS (alternating blocks); default HASH
 * @param blockMinutes TIME_BLOCKS only: each block's length; default 30
 */
public record ControlArmRequest(@NotNull Boolean enabled, @NotNull @DecimalMin("0") @DecimalMax("1") Double share,
        String mode, @Min(1) @Max(10_080) Integer blockMinutes, @NotBlank @Size(max = 1000) String reason) {
}
