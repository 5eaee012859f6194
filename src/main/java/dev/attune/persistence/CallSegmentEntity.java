package dev.attune.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;

/** A call's segment as the ACD sent it, its benchmark arm, and whether the caller hung up first. */
@Entity
@Table(name = "call_segment")
public class CallSegmentEntity extends PanacheEntityBase {
    @Id
    @Column(name = "call_id")
    public String callId;
    @Column(name = "pool_id")
    public String poolId;
    @Column(name = "product_code")
    public String productCode;
    public String language;
    public int priority;
    public boolean vulnerable;
    @ColumnTransformer(write = "?::jsonb")
    public String attributes;
    public String arm;
    @Column(name = "arrived_at")
    public Instant arrivedAt;
    @Column(name = "abandoned_at")
    public Instant abandonedAt;
}
