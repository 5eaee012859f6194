package dev.attune.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.attune.core.domain.CallOutcome;
import dev.attune.core.domain.CareNeed;
import dev.attune.core.domain.ConstraintContribution;
import dev.attune.core.domain.DecisionPath;
import dev.attune.core.domain.EmotionEstimate;
import dev.attune.core.domain.Offer;
import dev.attune.service.port.DecisionRecord;
import dev.attune.service.port.DecisionStatus;
import dev.attune.service.port.OutcomeRecord;
import java.time.Instant;
import java.util.List;

/**
 * Why a call went to an agent, as compliance reads it: the care the call needed, each constraint's
 * contribution to the score, every hard rule checked, the reasons in words, the whisper the agent heard,
 * the agents passed over and why, what became of the offer and how the call ended.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionView(
        String decisionId,
        String pool,
        String callId,
        String agentId,
        DecisionPath path,
        long score,
        Instant createdAt,
        Instant reservationDeadline,
        DecisionStatus status,
        Instant statusAt,
        String statusReason,
        Care careNeed,
        List<ConstraintContribution> contributions,
        List<String> reasons,
        String whisper,
        List<String> alternativeAgentIds,
        List<String> rulesChecked,
        List<String> passedOver,
        Outcome outcome) {

    /** The care need the decision weighed, with its words ("high care"). */
    public record Care(double value, double distress, double stakes, String level) {
        static Care of(CareNeed need) {
            return need == null ? null : new Care(need.value(), need.distress(), need.stakes(), need.describe());
        }
    }

    /** How the call ended with this agent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Outcome(CallOutcome outcome, Integer csat, EmotionEstimate emotionAtEnd, Instant endedAt) {
        static Outcome of(OutcomeRecord outcome) {
            return outcome == null ? null
                    : new Outcome(outcome.outcome(), outcome.csat(), outcome.emotionAtEnd(), outcome.endedAt());
        }
    }

    static DecisionView of(DecisionRecord decision) {
        Offer offer = decision.offer();
        return new DecisionView(offer.decisionId(), offer.poolId(), offer.callId(), offer.agentId(), offer.path(),
                offer.score(), offer.createdAt(), offer.reservationDeadline(), decision.status(), decision.statusAt(),
                decision.statusReason(), Care.of(offer.explanation().careNeed()), offer.explanation().contributions(),
                offer.explanation().reasons(), offer.explanation().whisper(), offer.explanation().alternativeAgentIds(),
                offer.explanation().rulesChecked(), offer.explanation().passedOver(), Outcome.of(decision.outcome()));
    }
}
