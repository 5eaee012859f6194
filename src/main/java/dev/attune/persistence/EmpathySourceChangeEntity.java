package dev.attune.persistence;

import dev.attune.learning.ScoreSource;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One switch (or refresh) of a pool's empathy source: who, when, why, before, after, agents rescored. */
@Entity
@Table(name = "empathy_source_change")
public class EmpathySourceChangeEntity extends PanacheEntityBase {
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
    @Enumerated(EnumType.STRING)
    public ScoreSource before;
    @Enumerated(EnumType.STRING)
    public ScoreSource after;
    public int agents;
}
