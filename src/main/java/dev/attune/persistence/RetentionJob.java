package dev.attune.persistence;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.jboss.logging.Logger;

/** Runs the retention purge on a schedule (attune.retention.every); logs and counts rows, never their content. */
@ApplicationScoped
public class RetentionJob {
    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    private final Retention retention;
    private final MeterRegistry registry;

    @Inject
    public RetentionJob(Retention retention, MeterRegistry registry) {
        this.retention = retention;
        this.registry = registry;
    }

    @Scheduled(identity = "attune-retention", every = "${attune.retention.every:1h}",
            delayed = "${attune.retention.first-after:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        try {
            Map<String, Long> deleted = retention.purge(Instant.now());
            deleted.forEach((table, rows) -> Counter.builder("attune.retention.purged")
                    .description("Journal rows deleted because they outlived their retention period")
                    .tag("table", table).register(registry).increment(rows));
            LOG.infof("retention purge: %s", deleted);
        } catch (RuntimeException e) {
            // The database may be down: the next run catches up. The exception class only, no row content.
            LOG.warnf("retention purge failed (%s); next run in attune.retention.every", e.getClass().getSimpleName());
        }
    }
}
