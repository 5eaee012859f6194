package dev.attune.service.port;

import dev.attune.learning.ScoreSource;
import java.time.Instant;

/** One switch of a pool's empathy or proficiency source, as the audit trail holds it; agents: how many agents were rescored. */
public record ScoreSourceChange(long id, String poolId, String changedBy, Instant changedAt, String reason,
        ScoreSource before, ScoreSource after, int agents) {
}
