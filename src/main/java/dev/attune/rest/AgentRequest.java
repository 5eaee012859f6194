package dev.attune.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.ChannelCounts;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An agent as a workforce manager creates or replaces it. Read with {@link StrictJson}: unknown fields
 * are refused, so a misspelt "empathy" is an error rather than a silent default. The id may be left out
 * of a PUT (the path names it).
 *
 * @param reason why the change is made, kept in the agent's audit trail
 */
@Schema(name = "WorkerRequest") // the API keeps TaskRouter's names (docs/glossary.md)
public record AgentRequest(
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String pool,
        @Size(max = 200) String displayName,
        @NotNull @Size(max = Bounds.MAX_SKILLS) Map<@NotBlank @Size(max = 64) String, @NotNull @Min(1) @Max(5) Integer> skills,
        @NotEmpty @Size(max = Bounds.MAX_LANGUAGES) Set<@NotNull @Pattern(regexp = Ids.LANGUAGE_PATTERN, message = Ids.LANGUAGE_MESSAGE) String> languages,
        @Size(max = Bounds.MAX_LICENCES) Set<@NotBlank @Size(max = 64) String> licences,
        @NotNull @DecimalMin("0") @DecimalMax("1") Double empathy,
        @Schema(description = "voice calls at once (a whole number), or calls per channel: "
                + "{\"VOICE\": 1, \"CHAT\": 3}; default 1 voice call", oneOf = {Integer.class, Map.class},
                example = "{\"VOICE\": 1, \"EMAIL\": 1}") JsonNode capacity,
        @Size(max = 1000) String reason) {

    AgentProfile toProfile(String agentId) {
        ChannelCounts channels = capacity == null ? ChannelCounts.ONE_VOICE : CapacityField.read(capacity);
        return InvalidRequestException.build(() -> new AgentProfile(agentId, pool, displayName, skills, languages,
                licences, empathy, channels));
    }
}
