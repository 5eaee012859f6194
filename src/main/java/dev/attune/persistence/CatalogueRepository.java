package dev.attune.persistence;

import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.Product;
import dev.attune.service.port.ChangeNote;
import dev.attune.service.port.ProductCatalogue;
import dev.attune.service.port.ProductChange;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The product catalogue as stored, with an audit row for every change a workforce manager makes. The service
 * layer hands a saved change to the engine; this class never does.
 */
@ApplicationScoped
public class CatalogueRepository implements ProductCatalogue {
    @Inject
    JsonColumns json;

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
    public ProductChange save(Product product, ChangeNote note) {
        ProductEntity row = ProductEntity.findById(product.code());
        Product before = row == null ? null : row.toProduct();
        if (row == null) {
            ProductEntity.of(product, note.at()).persist();
        } else {
            row.copy(product, note.at());
        }
        ProductChangeEntity change = new ProductChangeEntity();
        change.productCode = product.code();
        change.changedBy = note.by();
        change.changedAt = note.at();
        change.reason = note.reason();
        change.before = json.write(before);
        change.after = json.write(product);
        change.persist();
        return toChange(change);
    }

    @Transactional
    public List<ProductChange> history(String code) {
        return ProductChangeEntity.<ProductChangeEntity>list("productCode", Sort.by("id"), code).stream()
                .map(this::toChange).toList();
    }

    private ProductChange toChange(ProductChangeEntity row) {
        return new ProductChange(row.id, row.productCode, row.changedBy, row.changedAt, row.reason,
                json.read(row.before, Product.class), json.read(row.after, Product.class));
    }

    @Transactional
    void seed(Catalogue catalogue, Instant at) {
        catalogue.products().forEach(product -> ProductEntity.of(product, at).persist());
    }
}
