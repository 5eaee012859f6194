package dev.attune.dashboard;

import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** Live queue health for the ops dashboard: one frame now, or a frame every interval as server-sent events. */
@Path("/api/v1/dashboard/queue-health")
public class QueueHealthResource {
    private final QueueHealthBoard board;
    private final DashboardSettings settings;

    @Inject
    public QueueHealthResource(QueueHealthBoard board, DashboardSettings settings) {
        this.board = board;
        this.settings = settings;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Queue health of every pool and of the router, now")
    public QueueHealthSnapshot now() {
        return board.latest();
    }

    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Queue health of every pool, pushed every interval (server-sent events)")
    public Multi<QueueHealthSnapshot> stream() {
        // The first frame goes out at once; a slow viewer then skips frames rather than buffering stale ones.
        Multi<QueueHealthSnapshot> everyInterval = Multi.createFrom().ticks().every(settings.interval())
                .onOverflow().drop()
                .map(tick -> board.latest());
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(board::latest), everyInterval);
    }
}
