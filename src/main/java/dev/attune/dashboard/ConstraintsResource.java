package dev.attune.dashboard;

import dev.attune.core.domain.RoutingConstraint;
import dev.attune.core.domain.ScoreLevel;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The routing model's constraints, so the pages label and validate weights from the model, not a copy. */
@Path("/api/v1/dashboard/constraints")
public class ConstraintsResource {

    /** @param minimumWeight 1 for hard constraints (rules cannot be switched off), 0 otherwise */
    public record ConstraintInfo(String name, String displayName, String level, long minimumWeight) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every routing constraint with its score level, in the model's order")
    public List<ConstraintInfo> constraints() {
        return Arrays.stream(RoutingConstraint.values())
                .map(c -> new ConstraintInfo(c.name(), c.displayName(), c.level().name(),
                        c.level() == ScoreLevel.HARD ? 1 : 0))
                .toList();
    }
}
