package dev.attune.persistence;

import dev.attune.core.domain.CallOutcome;
import dev.attune.core.engine.event.CallEnded;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.ColumnTransformer;

/** How a served call ended for one agent. */
@Entity
@Table(name = "call_outcome")
@IdClass(CallOutcomeEntity.Key.class)
public class CallOutcomeEntity extends PanacheEntityBase {
    @Id
    @Column(name = "call_id")
    public String callId;
    @Id
    @Column(name = "agent_id")
    public String agentId;
    @Column(name = "pool_id")
    public String poolId;
    @Enumerated(EnumType.STRING)
    public CallOutcome outcome;
    public Integer csat;
    @Column(name = "emotion_at_end")
    @ColumnTransformer(write = "?::jsonb")
    public String emotionAtEnd;
    @Column(name = "ended_at")
    public Instant endedAt;
    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** The row a call.ended makes; refuses one that names no agent or an impossible CSAT. */
    static CallOutcomeEntity of(CallEnded ended, JsonColumns json) {
        if (ended.agentId() == null || ended.agentId().isBlank()) {
            throw new IllegalArgumentException("call.ended for call '" + ended.callId() + "' names no agent");
        }
        if (ended.csat() != null && (ended.csat() < 1 || ended.csat() > 5)) {
            throw new IllegalArgumentException("CSAT must be 1-5, was " + ended.csat());
        }
        CallOutcomeEntity row = new CallOutcomeEntity();
        row.callId = ended.callId();
        row.agentId = ended.agentId();
        row.poolId = ended.poolId();
        row.outcome = ended.outcome();
        row.csat = ended.csat();
        row.emotionAtEnd = json.write(ended.emotionAtEnd());
        row.endedAt = ended.at();
        row.recordedAt = Instant.now();
        return row;
    }

    public static class Key implements Serializable {
        public String callId;
        public String agentId;

        public Key() {
        }

        public Key(String callId, String agentId) {
            this.callId = callId;
            this.agentId = agentId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(callId, key.callId) && Objects.equals(agentId, key.agentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(callId, agentId);
        }
    }
}
