package dev.attune.rest;

import dev.attune.text.Utterance;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * One utterance posted by an IVR or chat front end: the fields of a transcript.utterance (docs/events.md),
 * pool and call taken from the path.
 *
 * @param utteranceId the front end's id for the utterance: a repeat with the same id is published with the
 *                    same event ids, so the router applies it once; a fresh id when left out
 * @param saidAt      when it was said; now when left out
 */
public record UtteranceRequest(
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}", message = "must be 1-128 letters, digits, '.', '_', ':', '@' or '-'")
        String utteranceId,
        @NotNull Utterance.Speaker speaker,
        @NotNull @Min(0) @Max(86_400_000) Long offsetMillis,
        @NotBlank @Size(max = 4000) String text,
        @NotBlank @Pattern(regexp = "[a-z]{2}(-[A-Za-z]{2})?", message = "must be a language code such as en or en-GB")
        String language,
        Instant saidAt) {
}
