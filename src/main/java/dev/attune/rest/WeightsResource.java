package dev.attune.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.attune.core.domain.RoutingConstraint;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.service.port.ChangeNote;
import dev.attune.service.port.WeightChange;
import dev.attune.service.port.WeightChanges;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Constraint weights for workforce managers. A change is checked (known constraint names, whole numbers,
 * none negative, no hard constraint switched off), recorded with who, when, why, before and after, and
 * handed to the engine, where it applies to calls already waiting.
 */
@Path("/api/v1/weights")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Weights", description = "Routing constraint weights and their change history")
public class WeightsResource {
    @Inject
    Auditor auditor;
    @Inject
    WeightChanges history;
    @Inject
    Event<WeightChange> weightChanges;

    @GET
    @Operation(summary = "The weights in force, each constraint's level, and who set them when and why")
    public WeightsView current() {
        List<WeightChange> latest = history.history(1);
        return latest.isEmpty() ? WeightsView.of(history.current()) : WeightsView.of(latest.get(0));
    }

    @PUT
    @CustomDeserialization(StrictJson.class)
    @Operation(summary = "Change weights (constraints left out keep theirs); the change history names the signed-in user")
    public WeightChangeView change(@NotNull @Valid WeightsRequest body) {
        ChangeNote note = auditor.note(body.reason());
        RoutingWeights after = history.current();
        for (Map.Entry<String, JsonNode> entry : body.weights().entrySet()) {
            RoutingConstraint constraint = RoutingConstraint.byDisplayName(entry.getKey())
                    .orElseThrow(() -> new InvalidRequestException("unknown constraint '" + entry.getKey()
                            + "' (known: " + knownNames() + ")"));
            after = withWeight(after, constraint, entry.getValue());
        }
        WeightChange change = history.change(after, note);
        weightChanges.fire(change);
        return WeightChangeView.of(change);
    }

    @GET
    @Path("/history")
    @Operation(summary = "Weight changes, newest first: who, when, why, before and after")
    public List<WeightChangeView> changes(
            @QueryParam("limit") @Parameter(description = "1 to 1000, default 50") String limit) {
        return history.history(QueryNumber.read("limit", limit, 50, 1, 1000)).stream().map(WeightChangeView::of).toList();
    }

    private static RoutingWeights withWeight(RoutingWeights weights, RoutingConstraint constraint, JsonNode value) {
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new InvalidRequestException("weight of '" + constraint.displayName()
                    + "' must be a whole number, was " + value);
        }
        long weight = value.longValue();
        if (weight > Bounds.MAX_WEIGHT) {
            throw new InvalidRequestException("weights." + constraint.displayName(), "must be at most "
                    + Bounds.MAX_WEIGHT + ", was " + weight);
        }
        return InvalidRequestException.build(() -> weights.with(constraint, weight));
    }

    private static String knownNames() {
        return Arrays.stream(RoutingConstraint.values()).map(RoutingConstraint::displayName)
                .collect(Collectors.joining(", "));
    }
}
