package dev.attune.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import dev.attune.service.port.AgentChange;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;

/** One audited change to an agent; before and after are the profile as JSON (after is null for a deletion). */
@Entity
@Table(name = "agent_change")
public class AgentChangeEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "agent_id")
    public String agentId;
    @Column(name = "changed_by")
    public String changedBy;
    @Column(name = "changed_at")
    public Instant changedAt;
    public String reason;
    @ColumnTransformer(write = "?::jsonb")
    public String before;
    @ColumnTransformer(write = "?::jsonb")
    public String after;
    @Enumerated(EnumType.STRING)
    public AgentChange.Action action;
}
