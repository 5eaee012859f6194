package dev.attune.persistence;

import dev.attune.core.domain.EmotionEstimate;
import dev.attune.core.engine.event.CallEnded;
import dev.attune.service.port.OutcomeRecord;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
        CallOutcomeEntity row = CallOutcomeEntity.of(ended, json);
        if (CallOutcomeEntity.findById(new CallOutcomeEntity.Key(row.callId, row.agentId)) != null) {
            return false;
        }
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
