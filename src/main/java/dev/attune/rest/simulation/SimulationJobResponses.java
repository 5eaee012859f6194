package dev.attune.rest.simulation;

import dev.attune.core.domain.RoutingWeights;
import dev.attune.rest.InvalidRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The REST contract every what-if shares: a bounded option refused naming its field (400), a submitted job
 * answered at once with its view and its Location (202) or refused while too many wait (429), a job polled by id
 * (200, or 404 naming the id).
 */
final class SimulationJobResponses {
    private SimulationJobResponses() {
    }

    /** The asked value, or the default when not asked; refused naming the field unless in 1..max. */
    static int bounded(String field, Integer asked, int byDefault, int max) {
        int value = asked == null ? byDefault : asked;
        if (value < 1 || value > max) {
            throw new InvalidRequestException(field, "must be 1-" + max + ", was " + value);
        }
        return value;
    }

    /** 202 with the job's view and where to poll it, or 429 saying {@code busy} when it was not queued. */
    static <J extends SimulationJob<?>> Response accepted(Optional<J> job, Function<J, ?> view, UriInfo uri,
            String busy) {
        return job.map(j -> Response.accepted(view.apply(j))
                        .location(uri.getAbsolutePathBuilder().path(j.id()).build()).build())
                .orElseGet(() -> problem(Response.Status.TOO_MANY_REQUESTS, busy));
    }

    /** 200 with the job's view, or 404 saying {@code missing}. */
    static <J extends SimulationJob<?>> Response found(Optional<J> job, Function<J, ?> view, String missing) {
        return job.map(j -> Response.ok(view.apply(j)).build())
                .orElseGet(() -> problem(Response.Status.NOT_FOUND, missing));
    }

    /** The proposal applied to the weights in force, refused naming the weights field when it names no constraint. */
    static RoutingWeights proposed(Map<String, Long> weights, RoutingWeights current) {
        try {
            return ProposedWeights.apply(weights, current);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("weights", e.getMessage().replaceFirst("^weights: ", ""));
        }
    }

    static Response problem(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("message", message)).build();
    }

    /** A value quoted back in an error, cut at 40 characters. */
    static String abbreviated(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}
