package dev.attune.rest;

import dev.attune.service.port.UtteranceReader;
import dev.attune.text.Utterance;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Utterances from IVR and chat front ends, read exactly like the transcript topic's: the estimates are
 * published as emotion.estimated (and call.updated when the words name a product) before the answer, which
 * repeats them. The text is neither kept nor logged. Role: acd (docs/security.md).
 */
@Path("/api/v1/pools/{pool}/calls/{callId}/utterances")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Text", description = "Emotion and intent read from what callers say (IVR, chat)")
public class UtteranceResource {
    @Inject
    UtteranceReader reader;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @CustomDeserialization(StrictJson.class)
    @Operation(summary = "Read one utterance: the routing emotions and intent it shows, published to the router "
            + "as emotion.estimated and (for a call still without a specific product) call.updated")
    public CompletionStage<UtteranceView> read(
            @PathParam("pool") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,127}", message = "must be a pool id") String pool,
            @PathParam("callId") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}", message = "must be a call id") String callId,
            @NotNull @Valid UtteranceRequest body) {
        String id = body.utteranceId() != null ? "rest:" + pool + ":" + callId + ":" + body.utteranceId()
                : "rest:" + UUID.randomUUID();
        Instant now = Instant.now();
        Instant said = body.saidAt() == null || body.saidAt().isAfter(now) ? now : body.saidAt();
        Utterance utterance = new Utterance(id, pool, callId, body.speaker(), body.offsetMillis(), body.text(),
                body.language(), said);
        return reader.read(utterance).thenApply(read -> UtteranceView.of(id, read));
    }
}
