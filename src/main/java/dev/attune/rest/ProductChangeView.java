package dev.attune.rest;

import dev.attune.service.port.ProductChange;
import java.time.Instant;

/** One entry of a product's history. {@code before} is absent when the product was added. */
public record ProductChangeView(long id, String code, String changedBy, Instant changedAt, String reason,
        ProductView before, ProductView after) {

    static ProductChangeView of(ProductChange change) {
        return new ProductChangeView(change.id(), change.productCode(), change.changedBy(), change.changedAt(),
                change.reason(), change.before() == null ? null : ProductView.of(change.before()),
                ProductView.of(change.after()));
    }
}
