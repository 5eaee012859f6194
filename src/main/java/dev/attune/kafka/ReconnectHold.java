package dev.attune.kafka;

import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Holds the input watermark back for a while after its proofs stopped: the broker was unreachable, the consumer
 * lost its partitions, or the reads stalled. Meanwhile the ACD's producer may have buffered its answers; they
 * reach the broker only once that producer reconnects, which may be after this instance's first successful read
 * of the end offsets. A proof read then would count every deadline of the gap as passed with the answers still in
 * flight, and rescind offers the ACD had accepted (the fault suite's broker30 saw it once in three runs). So after
 * a failed read, or a gap between successful reads longer than {@code gapLimit}, proofs count again only from
 * {@code grace} after the first successful read. A failed read alone is not enough to know: while the consumer
 * holds no partitions there is nothing to read, and nothing fails.
 */
final class ReconnectHold {
    private static final Logger LOG = Logger.getLogger(ReconnectHold.class);
    private final Duration grace;
    private final Duration gapLimit;
    private boolean failed;
    private Instant lastRead;
    private Instant heldUntil = Instant.MIN;

    ReconnectHold(Duration grace, Duration gapLimit) {
        this.grace = grace;
        this.gapLimit = gapLimit;
    }

    /** A read of the end offsets failed: the broker is unreachable from here, or too slow to answer. */
    synchronized void readFailed() {
        failed = true;
    }

    /**
     * A read of the end offsets begun at {@code readAt} succeeded: whether its proof may move the watermark.
     */
    synchronized boolean mayProve(Instant readAt) {
        boolean gap = lastRead != null && Duration.between(lastRead, readAt).compareTo(gapLimit) > 0;
        if (failed || gap) {
            heldUntil = readAt.plus(grace);
            LOG.infof("input progress proven again after %s: reservation deadlines are judged again from %s",
                    failed ? "failed reads" : "a gap of " + Duration.between(lastRead, readAt), heldUntil);
            failed = false;
        }
        lastRead = readAt;
        return !readAt.isBefore(heldUntil);
    }
}
