package dev.attune.persistence;

import dev.attune.service.port.DecisionStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An answer to an offer that reached the journal before the offer itself (the journal feed reads the
 * decisions and the answers from different topics). Kept until the offer's row is written, which takes it.
 */
@Entity
@Table(name = "early_answer")
public class EarlyAnswerEntity extends PanacheEntityBase {
    @Id
    @Column(name = "decision_id")
    public String decisionId;
    @Enumerated(EnumType.STRING)
    public DecisionStatus status;
    @Column(name = "status_at")
    public Instant statusAt;
    @Column(name = "status_reason")
    @Convert(converter = SealedText.class)
    public String statusReason;
    @Column(name = "recorded_at")
    public Instant recordedAt;

    static EarlyAnswerEntity of(JournalChange.Settled settled) {
        EarlyAnswerEntity row = new EarlyAnswerEntity();
        row.decisionId = settled.decisionId();
        row.status = settled.status();
        row.statusAt = settled.at();
        row.statusReason = settled.reason();
        row.recordedAt = Instant.now();
        return row;
    }
}
