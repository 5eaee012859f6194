package dev.attune.dashboard;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Samples queue health once per interval and keeps the latest frame, so every open dashboard, the REST
 * snapshot and the Prometheus gauges read the same numbers and the engine is asked once, not once per viewer.
 */
@ApplicationScoped
public class QueueHealthBoard {
    private static final Logger LOG = Logger.getLogger(QueueHealthBoard.class);

    private final EngineQueueHealth engine;
    private final RouterMetrics routerMetrics;
    private volatile QueueHealthSnapshot latest;
    private volatile String lastProblem;

    @Inject
    public QueueHealthBoard(EngineQueueHealth engine, RouterMetrics routerMetrics) {
        this.engine = engine;
        this.routerMetrics = routerMetrics;
    }

    public QueueHealthSnapshot latest() {
        QueueHealthSnapshot frame = latest;
        return frame != null ? frame : refresh();
    }

    @Scheduled(every = "${attune.dashboard.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sample() {
        refresh();
    }

    synchronized QueueHealthSnapshot refresh() {
        QueueHealthSnapshot previous = latest;
        QueueHealthSnapshot frame;
        try {
            List<PoolHealth> pools = engine.pools();
            frame = new QueueHealthSnapshot(Instant.now(), pools, routerMetrics.read(), null);
            lastProblem = null;
        } catch (RuntimeException e) {
            String problem = "queue health could not be read: " + e.getMessage();
            if (!problem.equals(lastProblem)) {
                LOG.warnf(e, "Dashboard %s", problem);
                lastProblem = problem;
            }
            frame = new QueueHealthSnapshot(Instant.now(), previous == null ? List.of() : previous.pools(),
                    previous == null ? null : previous.router(), problem);
        }
        latest = frame;
        return frame;
    }
}
