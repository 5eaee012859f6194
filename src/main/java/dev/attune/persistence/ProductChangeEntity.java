package dev.attune.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;

/** One audited change to a catalogue product; before and after are the product as JSON. */
@Entity
@Table(name = "product_change")
public class ProductChangeEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "product_code")
    public String productCode;
    @Column(name = "changed_by")
    public String changedBy;
    @Column(name = "changed_at")
    public Instant changedAt;
    public String reason;
    @ColumnTransformer(write = "?::jsonb")
    public String before;
    @ColumnTransformer(write = "?::jsonb")
    public String after;
}
