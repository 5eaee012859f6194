package dev.attune.rest;

import dev.attune.service.port.WeightChange;
import dev.attune.service.port.WeightChanges;
import java.time.Instant;
import java.util.Map;

/** One weight change for compliance: who, when, why, and the weights before and after by constraint name. */
public record WeightChangeView(long id, String changedBy, Instant changedAt, String reason, Map<String, Long> before,
        Map<String, Long> after) {

    static WeightChangeView of(WeightChange change) {
        return new WeightChangeView(change.id(), change.changedBy(), change.changedAt(), change.reason(),
                change.before() == null ? null : WeightChanges.byName(change.before()),
                WeightChanges.byName(change.after()));
    }
}
