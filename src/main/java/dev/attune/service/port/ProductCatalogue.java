package dev.attune.service.port;

import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.Product;
import java.util.List;

/** The product catalogue as workforce managers keep it, with an audit trail of each change. */
public interface ProductCatalogue {

    Catalogue catalogue();

    /** Adds the product, or replaces the one with its code; audited. */
    ProductChange save(Product product, ChangeNote note);

    /** The product's changes, oldest first. */
    List<ProductChange> history(String code);
}
