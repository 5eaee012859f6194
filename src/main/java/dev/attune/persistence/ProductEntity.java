package dev.attune.persistence;

import dev.attune.core.domain.Product;
import dev.attune.core.domain.ServiceLevelTarget;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of the product catalogue. */
@Entity
@Table(name = "product")
public class ProductEntity extends PanacheEntityBase {
    @Id
    public String code;
    public String label;
    @Column(name = "required_skill")
    public String requiredSkill;
    @Column(name = "minimum_proficiency")
    public int minimumProficiency;
    @Column(name = "required_licence")
    public String requiredLicence;
    @Column(name = "base_stakes")
    public double baseStakes;
    @Column(name = "base_distress")
    public double baseDistress;
    @Column(name = "service_level_share")
    public double serviceLevelShare;
    @Column(name = "service_level_threshold_seconds")
    public int serviceLevelThresholdSeconds;
    /** See {@link RingColumn}. */
    public String rings;
    @Column(name = "updated_at")
    public Instant updatedAt;

    static ProductEntity of(Product product, Instant at) {
        ProductEntity row = new ProductEntity();
        row.copy(product, at);
        return row;
    }

    /** Takes the product's values (a workforce manager's edit keeps the row, so its code never changes). */
    void copy(Product product, Instant at) {
        code = product.code();
        label = product.label() == null ? product.code() : product.label();
        requiredSkill = product.requiredSkill();
        minimumProficiency = product.minimumProficiency();
        requiredLicence = product.requiredLicence();
        baseStakes = product.baseStakes();
        baseDistress = product.baseDistress();
        serviceLevelShare = product.serviceLevel().share();
        serviceLevelThresholdSeconds = product.serviceLevel().thresholdSeconds();
        rings = RingColumn.write(product.rings());
        updatedAt = at;
    }

    Product toProduct() {
        return new Product(code, label, requiredSkill, minimumProficiency, requiredLicence, baseStakes, baseDistress,
                new ServiceLevelTarget(serviceLevelShare, serviceLevelThresholdSeconds), RingColumn.read(rings));
    }
}
