package dev.attune.persistence;

import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.Product;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** The product catalogue as stored. */
@ApplicationScoped
public class CatalogueRepository {

    @Transactional
    public Catalogue catalogue() {
        // Seeded in file order; rowid order is not guaranteed, so keep a stable order by code.
        return new Catalogue(ProductEntity.<ProductEntity>listAll(Sort.by("code")).stream()
                .map(ProductEntity::toProduct).toList());
    }

    @Transactional
    public Optional<Product> find(String code) {
        return ProductEntity.<ProductEntity>findByIdOptional(code).map(ProductEntity::toProduct);
    }

    @Transactional
    public boolean isEmpty() {
        return ProductEntity.count() == 0;
    }

    @Transactional
    void seed(Catalogue catalogue, Instant at) {
        catalogue.products().forEach(product -> ProductEntity.of(product, at).persist());
    }
}
