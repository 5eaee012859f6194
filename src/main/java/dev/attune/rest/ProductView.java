package dev.attune.rest;

import dev.attune.core.domain.Product;
import dev.attune.core.domain.RelaxationRing;
import dev.attune.core.domain.ServiceLevelTarget;
import java.util.List;

/** A catalogue product as the API shows it: the same fields as config/catalogue.json. */
public record ProductView(String code, String label, String requiredSkill, int minimumProficiency,
        String requiredLicence, double baseStakes, double baseDistress, ServiceLevelTarget serviceLevel,
        List<RelaxationRing> rings) {

    static ProductView of(Product product) {
        return new ProductView(product.code(), product.label(), product.requiredSkill(), product.minimumProficiency(),
                product.requiredLicence(), product.baseStakes(), product.baseDistress(), product.serviceLevel(),
                product.rings());
    }
}
