package dev.attune.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An ACD's answer to a reservation: which agent answered (must be the reserved one) and, for a
 * rejection, why. Read with {@link StrictJson}.
 */
public record OfferAnswer(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String agentId,
        @Size(max = 500) String reason) {
}
