package dev.attune.service.port;

import dev.attune.learning.EmpathySource;
import java.time.Instant;

/** One switch of a pool's empathy source, as the audit trail holds it; agents: how many scores changed. */
public record EmpathySourceChange(long id, String poolId, String changedBy, Instant changedAt, String reason,
        EmpathySource before, EmpathySource after, int agents) {
}
