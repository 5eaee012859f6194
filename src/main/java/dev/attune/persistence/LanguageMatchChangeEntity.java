package dev.attune.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One switch of a pool's language rule; the pool's newest row is the setting in force. */
@Entity
@Table(name = "language_match_change")
public class LanguageMatchChangeEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "pool_id")
    public String poolId;
    @Column(name = "changed_by")
    public String changedBy;
    @Column(name = "changed_at")
    public Instant changedAt;
    public String reason;
    @Column(name = "exact_region")
    public boolean exactRegion;
    @Column(name = "before_exact_region")
    public boolean exactRegionBefore;
}
