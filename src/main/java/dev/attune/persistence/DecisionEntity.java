package dev.attune.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;

/** An offer the engine made, with its explanation and its fate. */
@Entity
@Table(name = "decision")
public class DecisionEntity extends PanacheEntityBase {
    @Id
    @Column(name = "decision_id")
    public String decisionId;
    @Column(name = "pool_id")
    public String poolId;
    @Column(name = "call_id")
    public String callId;
    @Column(name = "agent_id")
    public String agentId;
    public String path;
    public long score;
    @ColumnTransformer(write = "?::jsonb")
    public String contributions;
    @ColumnTransformer(write = "?::jsonb")
    public String reasons;
    public String whisper;
    @Column(name = "care_need")
    public Double careNeed;
    public Double distress;
    public Double stakes;
    @Column(name = "alternative_agents")
    @ColumnTransformer(write = "?::jsonb")
    public String alternativeAgents;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "reservation_deadline")
    public Instant reservationDeadline;
    @Enumerated(EnumType.STRING)
    public DecisionStatus status;
    @Column(name = "status_at")
    public Instant statusAt;
    @Column(name = "status_reason")
    public String statusReason;
}
