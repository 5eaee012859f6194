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

/** One switch of the control arm; the newest row is the setting in force. */
@Entity
@Table(name = "control_arm_change")
public class ControlArmChangeEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "changed_by")
    public String changedBy;
    @Column(name = "changed_at")
    public Instant changedAt;
    public String reason;
    public boolean enabled;
    public double share;
    public String mode;
    @Column(name = "block_seconds")
    public int blockSeconds;
    @ColumnTransformer(write = "?::jsonb")
    public String before;
}
