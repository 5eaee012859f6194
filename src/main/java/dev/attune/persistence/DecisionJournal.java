package dev.attune.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.attune.core.domain.CareNeed;
import dev.attune.core.domain.ConstraintContribution;
import dev.attune.core.domain.DecisionPath;
import dev.attune.core.domain.Explanation;
import dev.attune.core.domain.Offer;
import dev.attune.core.engine.RoutingDirective;
import dev.attune.service.port.DecisionRecord;
import dev.attune.service.port.DecisionRecords;
import dev.attune.service.port.DecisionStatus;
import dev.attune.service.port.RoutingNotice;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every offer the engine made, with its explanation and its fate (pending, accepted, rejected, timed
 * out, rescinded). Idempotent: recording an offer twice, or a status after a final one, changes nothing,
 * so replayed Kafka events are harmless.
 */
@ApplicationScoped
public class DecisionJournal implements DecisionRecords {
    private static final TypeReference<List<ConstraintContribution>> CONTRIBUTIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    @Inject
    JsonColumns json;
    @Inject
    OutcomeJournal outcomes;

    /** Records a new offer as PENDING; false if it was already recorded. */
    @Transactional
    public boolean record(Offer offer) {
        if (DecisionEntity.findById(offer.decisionId()) != null) {
            return false;
        }
        DecisionEntity.pending(offer, json).persist();
        return true;
    }

    /** Journals what the engine said to do: new offers as PENDING, rescinded ones as RESCINDED. One transaction. */
    @Transactional
    public void record(List<RoutingDirective> directives) {
        new JournalBatch(json).apply(directives.stream().flatMap(d -> JournalChange.of(d).stream()).toList());
    }

    /**
     * Moves a pending decision to a final status. Returns false, changing nothing, when the decision is
     * unknown or already final (a duplicate or late event).
     *
     * @param at when it happened; null means now
     */
    @Transactional
    public boolean updateStatus(String decisionId, DecisionStatus status, Instant at, String reason) {
        DecisionEntity row = DecisionEntity.findById(decisionId);
        return row != null && row.settle(status, at, reason);
    }

    @Transactional
    public Optional<DecisionRecord> find(String decisionId) {
        return DecisionEntity.<DecisionEntity>findByIdOptional(decisionId).map(this::toRecord);
    }

    /** Every decision made for a call, oldest first (a rejected offer is followed by the next one). */
    @Transactional
    public List<DecisionRecord> forCall(String callId) {
        return DecisionEntity.<DecisionEntity>list("callId", Sort.by("createdAt").and("decisionId"), callId).stream()
                .map(this::toRecord).toList();
    }

    @Transactional
    public List<RoutingNotice> noticesForCall(String callId) {
        return RoutingNoticeEntity.forCall(callId);
    }

    /** Offers of a pool still waiting for an answer: what a restarted engine must know is reserved. */
    @Transactional
    public List<Offer> pending(String poolId) {
        return DecisionEntity.<DecisionEntity>list("poolId = ?1 and status = ?2", Sort.by("createdAt"), poolId,
                DecisionStatus.PENDING).stream().map(this::toOffer).toList();
    }

    private DecisionRecord toRecord(DecisionEntity row) {
        return new DecisionRecord(toOffer(row), row.status, row.statusAt, row.statusReason,
                outcomes.find(row.callId, row.agentId).orElse(null));
    }

    private Offer toOffer(DecisionEntity row) {
        CareNeed care = row.careNeed == null ? null : new CareNeed(row.careNeed, row.distress, row.stakes);
        Explanation explanation = new Explanation(json.read(row.contributions, CONTRIBUTIONS),
                Optional.ofNullable(json.read(row.reasons, STRINGS)).orElse(List.of()), row.whisper, care, json.read(row.alternativeAgents, STRINGS),
                json.read(row.rulesChecked, STRINGS), json.read(row.passedOver, STRINGS));
        return new Offer(row.decisionId, row.poolId, row.callId, row.agentId, row.createdAt, row.reservationDeadline,
                row.score, DecisionPath.valueOf(row.path), explanation);
    }
}
