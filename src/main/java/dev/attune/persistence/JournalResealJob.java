package dev.attune.persistence;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Runs the re-seal after each start (a key rotation is a restart with new keys) and then on a schedule
 * (attune.privacy.reseal.*). Logs per column how many rows it re-sealed and how many no key opens: when every
 * count of a run is 0, no row needs a previous key any more and it can be removed.
 */
@ApplicationScoped
public class JournalResealJob {
    private static final Logger LOG = Logger.getLogger(JournalResealJob.class);

    @Inject
    JournalReseal reseal;

    @Scheduled(identity = "attune-journal-reseal", every = "${attune.privacy.reseal.every:24h}",
            delayed = "${attune.privacy.reseal.first-after:2m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        if (SealedText.configured().currentId().isEmpty()) {
            return;
        }
        try {
            Map<String, JournalReseal.Tally> tallies = reseal.reseal();
            LOG.infof("journal re-seal under key %s: %s", SealedText.configured().currentId().orElseThrow(), tallies);
        } catch (RuntimeException e) {
            // The database may be down: the next run catches up. The exception class only, no row content.
            LOG.warnf("journal re-seal failed (%s); next run in attune.privacy.reseal.every", e.getClass().getSimpleName());
        }
    }
}
