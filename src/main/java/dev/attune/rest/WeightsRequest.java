package dev.attune.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A weight change: new weights by constraint name (constraints left out keep their weight) and why.
 * Values stay JSON until checked so that 2.5 or "ten" is refused with the constraint's name, not rounded.
 */
public record WeightsRequest(
        @NotNull @NotEmpty @Size(max = Bounds.MAX_WEIGHT_ENTRIES) Map<@NotBlank @Size(max = 100) String, @NotNull JsonNode> weights,
        @NotBlank @Size(max = 1000) String reason) {
}
