package dev.attune.core.solver;

import static ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.ONE_SOFT;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import dev.attune.core.domain.RoutingConstraint;
import dev.attune.core.scoring.MatchTerms;
import java.util.List;

/**
 * "Empathy reserve": a top-quartile-empathy agent given to a routine call costs the high-care callers
 * expected next for the products that agent can take ({@link MatchTerms#empathyReserve}), until the routine
 * call has waited its product's service-level threshold. Its own class so the provider stays one line per
 * constraint while the model grows.
 */
final class EmpathyReserveConstraint {
    private EmpathyReserveConstraint() {
    }

    static Constraint of(ConstraintFactory factory) {
        return factory.forEach(WaitingCall.class)
                .filter(call -> MatchTerms.empathyReserve(call.facts(), call.getAgent().facts()) > 0)
                .penalizeLong(ONE_SOFT, call -> MatchTerms.empathyReserve(call.facts(), call.getAgent().facts()))
                .justifyWith((call, score) -> RoutingJustification.of(call,
                        "care need %.2f (%s), waited %d s of %d s; agent's reserve %.2f (empathy %.2f)",
                        call.getCareNeed().value(), call.getCareNeed().describe(), call.getWaitSeconds(),
                        call.getProduct().serviceLevel().thresholdSeconds(), call.getAgent().facts().reserve(),
                        call.getAgent().getEmpathy()))
                .indictWith(call -> List.of(call, call.getAgent()))
                .asConstraintDescribed(RoutingConstraint.EMPATHY_RESERVE.displayName(),
                        "Top-quartile-empathy agents are kept for the high-care callers expected next.", "soft");
    }
}
