package dev.attune.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A switch of a pool's language rule, and why.
 *
 * @param exactRegion true: a caller's es-US reaches only an agent who speaks es-US; false: any es agent
 */
public record LanguageMatchRequest(@NotNull Boolean exactRegion, @NotBlank @Size(max = 1000) String reason) {
}
