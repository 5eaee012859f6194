package dev.attune.service.port;

import dev.attune.core.domain.Product;
import java.time.Instant;

/** One audited change to the product catalogue. {@code before} is null when the product was added. */
public record ProductChange(long id, String productCode, String changedBy, Instant changedAt, String reason,
        Product before, Product after) {
}
