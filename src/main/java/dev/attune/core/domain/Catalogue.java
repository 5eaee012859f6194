package dev.attune.core.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The product catalogue: what callers call about and what serving them takes. Immutable; replace to change. */
public final class Catalogue {
    private final Map<String, Product> products;

    public Catalogue(Collection<Product> products) {
        Map<String, Product> byCode = new LinkedHashMap<>();
        for (Product product : products) {
            if (byCode.put(product.code(), product) != null) {
                throw new IllegalArgumentException("product '" + product.code() + "' appears twice in the catalogue");
            }
        }
        this.products = Collections.unmodifiableMap(byCode);
    }

    public Product product(String code) {
        Product product = products.get(code);
        if (product == null) {
            throw new UnknownProductException(code);
        }
        return product;
    }

    public Optional<Product> find(String code) {
        return Optional.ofNullable(products.get(code));
    }

    public Collection<Product> products() {
        return products.values();
    }
}
