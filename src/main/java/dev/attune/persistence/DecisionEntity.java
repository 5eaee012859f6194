package dev.attune.persistence;

import dev.attune.core.domain.CareNeed;
import dev.attune.core.domain.Explanation;
import dev.attune.core.domain.Offer;
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
    @Convert(converter = SealedText.class)
    public String reasons;
    @Convert(converter = SealedText.class)
    public String whisper;
    @Column(name = "care_need")
    public Double careNeed;
    public Double distress;
    public Double stakes;
    @Column(name = "alternative_agents")
    @ColumnTransformer(write = "?::jsonb")
    public String alternativeAgents;
    @Column(name = "rules_checked")
    @ColumnTransformer(write = "?::jsonb")
    public String rulesChecked;
    @Column(name = "passed_over")
    @ColumnTransformer(write = "?::jsonb")
    public String passedOver;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "reservation_deadline")
    public Instant reservationDeadline;
    @Enumerated(EnumType.STRING)
    public DecisionStatus status;
    @Column(name = "status_at")
    public Instant statusAt;
    @Column(name = "status_reason")
    @Convert(converter = SealedText.class)
    public String statusReason;

    /** A new offer's row, PENDING since it was made. */
    static DecisionEntity pending(Offer offer, JsonColumns json) {
        DecisionEntity row = new DecisionEntity();
        row.decisionId = offer.decisionId();
        row.poolId = offer.poolId();
        row.callId = offer.callId();
        row.agentId = offer.agentId();
        row.path = offer.path().name();
        row.score = offer.score();
        Explanation explanation = offer.explanation();
        row.contributions = json.write(explanation.contributions());
        row.reasons = json.write(explanation.reasons());
        row.whisper = explanation.whisper();
        row.alternativeAgents = json.write(explanation.alternativeAgentIds());
        row.rulesChecked = json.write(explanation.rulesChecked());
        row.passedOver = json.write(explanation.passedOver());
        CareNeed care = explanation.careNeed();
        if (care != null) {
            row.careNeed = care.value();
            row.distress = care.distress();
            row.stakes = care.stakes();
        }
        row.createdAt = offer.createdAt();
        row.reservationDeadline = offer.reservationDeadline();
        row.status = DecisionStatus.PENDING;
        row.statusAt = offer.createdAt();
        return row;
    }

    /**
     * Moves a pending decision to a final status; false, changing nothing, when it is final already (a
     * duplicate or late event cannot rewrite history).
     *
     * @param at when it happened; null means now
     */
    boolean settle(DecisionStatus status, Instant at, String reason) {
        if (this.status.isFinal()) {
            return false;
        }
        this.status = status;
        this.statusAt = at == null ? Instant.now() : at;
        this.statusReason = reason;
        return true;
    }

    /**
     * The router rescinded this offer. It rescinds only offers it holds as pending, so if the journal has an
     * answer already (the journal feed reads answers and rescinds from different topics), the router never
     * applied it: the rescind is the record, and the answer is kept in the reason. False if already rescinded.
     */
    boolean rescind(Instant at, String reason) {
        if (status == DecisionStatus.PENDING || status == DecisionStatus.RESCINDED) {
            return settle(DecisionStatus.RESCINDED, at, reason);
        }
        String answer = status + (statusAt == null ? "" : " at " + statusAt);
        this.status = DecisionStatus.RESCINDED;
        this.statusAt = at == null ? Instant.now() : at;
        this.statusReason = reason + " (the ACD's answer, " + answer + ", was not applied by the router)";
        return true;
    }
}
