package dev.attune.service.port;

import dev.attune.learning.ServedCall;
import java.time.Instant;
import java.util.List;

/** The calls a pool's agents answered since a moment, with their outcomes: what empathy and proficiency are learned from. */
public interface ServedCallSource {

    List<ServedCall> inPool(String poolId, Instant since);
}
