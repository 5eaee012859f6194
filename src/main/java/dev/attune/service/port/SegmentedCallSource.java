package dev.attune.service.port;

import dev.attune.learning.fairness.SegmentedCall;
import java.time.Instant;
import java.util.List;

/** The journalled calls that arrived in a period, with their segment, arm and service: what the audit reads. */
public interface SegmentedCallSource {

    /** @param poolId one pool, or null for all */
    List<SegmentedCall> arrivedBetween(Instant from, Instant to, String poolId);
}
