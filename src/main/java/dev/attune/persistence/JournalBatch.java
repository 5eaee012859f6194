package dev.attune.persistence;

import dev.attune.service.port.DecisionStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Applies a batch of journal changes, in order, inside the caller's transaction. The rows the batch touches are
 * read by primary key, each table's at once ({@link RowsByKey}), instead of one lookup per change, and
 * rows new in the batch are inserted last, already carrying what later changes of the batch did to them (an offer
 * accepted within the same batch is inserted ACCEPTED). An answer to an offer the journal does not know yet is kept
 * as an early answer until the offer arrives (the journal feed reads offers and answers from different topics).
 * Idempotent as the journal is: a known offer or outcome is not recorded again and a final status does not move,
 * but for the router's rescind, which replaces an answer it never applied (see {@link DecisionEntity#rescind}).
 */
final class JournalBatch {
    private static final Logger LOG = Logger.getLogger(JournalBatch.class);

    private final JsonColumns json;
    private final Map<String, DecisionEntity> decisions = new HashMap<>();
    private final List<DecisionEntity> newDecisions = new ArrayList<>();
    private final Set<CallOutcomeEntity.Key> outcomes = new HashSet<>();
    private final List<CallOutcomeEntity> newOutcomes = new ArrayList<>();
    private final Map<String, EarlyAnswerEntity> earlyAnswers = new HashMap<>();
    private final List<EarlyAnswerEntity> newEarlyAnswers = new ArrayList<>();

    JournalBatch(JsonColumns json) {
        this.json = json;
    }

    void apply(List<JournalChange> changes) {
        load(changes);
        for (JournalChange change : changes) {
            if (change instanceof JournalChange.Offered offered) {
                offered(offered);
            } else if (change instanceof JournalChange.Settled settled) {
                settled(settled);
            } else if (change instanceof JournalChange.Ended ended) {
                ended(ended);
            } else if (change instanceof JournalChange.Noticed noticed) {
                RoutingNoticeEntity.insertOnce(noticed.notice());
            }
        }
        DecisionEntity.persist(newDecisions);
        CallOutcomeEntity.persist(newOutcomes);
        EarlyAnswerEntity.persist(newEarlyAnswers);
    }

    private void load(List<JournalChange> changes) {
        Set<String> decisionIds = new LinkedHashSet<>();
        Set<CallOutcomeEntity.Key> outcomeKeys = new LinkedHashSet<>();
        for (JournalChange change : changes) {
            if (change instanceof JournalChange.Offered offered) {
                decisionIds.add(offered.offer().decisionId());
            } else if (change instanceof JournalChange.Settled settled) {
                decisionIds.add(settled.decisionId());
            } else if (change instanceof JournalChange.Ended ended && ended.ended().agentId() != null) {
                outcomeKeys.add(new CallOutcomeEntity.Key(ended.ended().callId(), ended.ended().agentId()));
            }
        }
        RowsByKey.find(DecisionEntity.class, decisionIds).forEach(row -> decisions.put(row.decisionId, row));
        RowsByKey.find(EarlyAnswerEntity.class, decisionIds).forEach(row -> earlyAnswers.put(row.decisionId, row));
        RowsByKey.find(CallOutcomeEntity.class, outcomeKeys)
                .forEach(row -> outcomes.add(new CallOutcomeEntity.Key(row.callId, row.agentId)));
    }

    private void offered(JournalChange.Offered offered) {
        if (!decisions.containsKey(offered.offer().decisionId())) {
            DecisionEntity row = DecisionEntity.pending(offered.offer(), json);
            decisions.put(row.decisionId, row);
            newDecisions.add(row);
            EarlyAnswerEntity early = earlyAnswers.remove(row.decisionId);
            if (early != null) {
                row.settle(early.status, early.statusAt, early.statusReason);
                if (!newEarlyAnswers.remove(early)) {
                    early.delete();
                }
            }
        }
    }

    private void settled(JournalChange.Settled settled) {
        DecisionEntity row = decisions.get(settled.decisionId());
        if (row != null && settled.status() == DecisionStatus.RESCINDED) {
            row.rescind(settled.at(), settled.reason());
        } else if (row != null) {
            row.settle(settled.status(), settled.at(), settled.reason());
        } else if (!earlyAnswers.containsKey(settled.decisionId())) {
            // The first answer wins, as on a decision's row: a later one is a duplicate or comes too late.
            EarlyAnswerEntity early = EarlyAnswerEntity.of(settled);
            earlyAnswers.put(early.decisionId, early);
            newEarlyAnswers.add(early);
        }
    }

    private void ended(JournalChange.Ended ended) {
        CallOutcomeEntity row;
        try {
            row = CallOutcomeEntity.of(ended.ended(), json);
        } catch (IllegalArgumentException e) {
            // One bad call.ended must not cost the rest of the batch its journal.
            LOG.warnf("call %s's outcome is not journalled: %s", ended.ended().callId(), e.getMessage());
            return;
        }
        if (outcomes.add(new CallOutcomeEntity.Key(row.callId, row.agentId))) {
            newOutcomes.add(row);
        }
    }
}
