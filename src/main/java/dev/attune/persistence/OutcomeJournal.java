package dev.attune.persistence;

import dev.attune.core.domain.EmotionEstimate;
import dev.attune.core.engine.event.CallEnded;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** How served calls ended (call.ended): the ground truth empathy learning and the fairness report use. */
@ApplicationScoped
public class OutcomeJournal {
    @Inject
    JsonColumns json;

    /** Records a call.ended; false if this call's outcome with this agent was already recorded. */
    @Transactional
    public boolean record(CallEnded ended) {
        if (ended.agentId() == null || ended.agentId().isBlank()) {
            throw new IllegalArgumentException("call.ended for call '" + ended.callId() + "' names no agent");
        }
        if (ended.csat() != null && (ended.csat() < 1 || ended.csat() > 5)) {
            throw new IllegalArgumentException("CSAT must be 1-5, was " + ended.csat());
        }
        if (CallOutcomeEntity.findById(new CallOutcomeEntity.Key(ended.callId(), ended.agentId())) != null) {
            return false;
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
        row.persist();
        return true;
    }

    @Transactional
    public Optional<OutcomeRecord> find(String callId, String agentId) {
        return CallOutcomeEntity.<CallOutcomeEntity>findByIdOptional(new CallOutcomeEntity.Key(callId, agentId))
                .map(this::toRecord);
    }

    /** Every agent's part of a call, in the order they ended. */
    @Transactional
    public List<OutcomeRecord> forCall(String callId) {
        return CallOutcomeEntity.<CallOutcomeEntity>list("callId", Sort.by("endedAt"), callId).stream()
                .map(this::toRecord).toList();
    }

    private OutcomeRecord toRecord(CallOutcomeEntity row) {
        return new OutcomeRecord(row.callId, row.poolId, row.agentId, row.outcome, row.csat,
                json.read(row.emotionAtEnd, EmotionEstimate.class), row.endedAt);
    }
}
