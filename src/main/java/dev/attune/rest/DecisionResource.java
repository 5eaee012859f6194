package dev.attune.rest;

import dev.attune.service.port.DecisionRecords;
import dev.attune.service.port.RoutingNotice;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Stored decisions with their explanations: "why did call X go to agent Y?" (ops and compliance). */
@Path("/api/v1/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Decisions", description = "Every routing decision with its explanation (compliance)")
public class DecisionResource {
    @Inject
    DecisionRecords decisions;

    @GET
    @Path("/{decisionId}")
    @Operation(summary = "One decision with its explanation, status and outcome")
    public DecisionView get(@PathParam("decisionId") String decisionId) {
        return decisions.find(decisionId).map(DecisionView::of)
                .orElseThrow(() -> new NotFoundException("unknown decision '" + decisionId + "'"));
    }

    @GET
    @Operation(summary = "Every decision made for a call, oldest first")
    public List<DecisionView> forCall(@QueryParam("callId") @Size(max = Ids.MAX_QUERY_VALUE) String callId) {
        if (callId == null || callId.isBlank()) {
            throw new InvalidRequestException("the callId query parameter is required, e.g. /api/v1/decisions?callId=c-123");
        }
        return decisions.forCall(callId).stream().map(DecisionView::of).toList();
    }

    @GET
    @Path("/notices")
    @Operation(summary = "What Attune announced about a call besides offers (call.unroutable, agent.set-away),"
            + " oldest first")
    public List<RoutingNotice> noticesForCall(@QueryParam("callId") @Size(max = Ids.MAX_QUERY_VALUE) String callId) {
        if (callId == null || callId.isBlank()) {
            throw new InvalidRequestException(
                    "the callId query parameter is required, e.g. /api/v1/decisions/notices?callId=c-123");
        }
        return decisions.noticesForCall(callId);
    }
}
