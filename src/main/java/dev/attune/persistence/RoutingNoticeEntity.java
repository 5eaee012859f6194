package dev.attune.persistence;

import dev.attune.service.port.RoutingNotice;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A notice published beside the offers (call.unroutable, agent.set-away), kept for the call's history. */
@Entity
@Table(name = "routing_notice")
public class RoutingNoticeEntity extends PanacheEntityBase {
    @Id
    public Long id;
    public String kind;
    @Column(name = "pool_id")
    public String poolId;
    @Column(name = "call_id")
    public String callId;
    @Column(name = "agent_id")
    public String agentId;
    @Column(name = "decision_id")
    public String decisionId;
    public String reason;
    public String rule;
    @Column(name = "noticed_at")
    public Instant noticedAt;

    /** Inserts the notice unless the same one is journalled already (both journal writers see every notice). */
    static void insertOnce(RoutingNotice notice) {
        getEntityManager().createNativeQuery("insert into routing_notice (kind, pool_id, call_id, agent_id,"
                        + " decision_id, reason, rule, noticed_at) values (?1, ?2, ?3, cast(?4 as varchar), ?5, ?6,"
                        + " cast(?7 as text), ?8)"
                        + " on conflict (kind, pool_id, call_id, decision_id) do nothing")
                .setParameter(1, notice.kind()).setParameter(2, notice.poolId()).setParameter(3, notice.callId())
                .setParameter(4, notice.agentId())
                .setParameter(5, notice.decisionId() == null ? "" : notice.decisionId())
                .setParameter(6, notice.reason()).setParameter(7, notice.rule()).setParameter(8, notice.at())
                .executeUpdate();
    }

    static List<RoutingNotice> forCall(String callId) {
        return RoutingNoticeEntity.<RoutingNoticeEntity>list("callId = ?1 order by noticedAt, id", callId).stream()
                .map(RoutingNoticeEntity::toNotice).toList();
    }

    private RoutingNotice toNotice() {
        return new RoutingNotice(kind, poolId, callId, agentId, decisionId.isEmpty() ? null : decisionId, reason, rule,
                noticedAt);
    }
}
