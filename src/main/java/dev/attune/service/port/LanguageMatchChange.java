package dev.attune.service.port;

import java.time.Instant;

/** One switch of a pool's language rule: whether its callers' regions must match exactly (before and after). */
public record LanguageMatchChange(long id, String pool, String changedBy, Instant changedAt, String reason,
        boolean exactRegionBefore, boolean exactRegion) {
}
