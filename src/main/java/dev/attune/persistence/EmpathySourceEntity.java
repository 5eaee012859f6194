package dev.attune.persistence;

import dev.attune.learning.ScoreSource;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Which empathy scores a pool routes on; a pool without a row routes on the configured scores. */
@Entity
@Table(name = "empathy_source")
public class EmpathySourceEntity extends PanacheEntityBase {
    @Id
    @Column(name = "pool_id")
    public String poolId;
    @Enumerated(EnumType.STRING)
    public ScoreSource source;
    @Column(name = "changed_by")
    public String changedBy;
    @Column(name = "changed_at")
    public Instant changedAt;
}
