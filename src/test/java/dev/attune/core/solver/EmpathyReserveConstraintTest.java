package dev.attune.core.solver;

import static dev.attune.core.solver.RoutingFixtures.FRAUD;
import static dev.attune.core.solver.RoutingFixtures.GENERAL;
import static dev.attune.core.solver.RoutingFixtures.NOW;
import static dev.attune.core.solver.RoutingFixtures.assign;
import static dev.attune.core.solver.RoutingFixtures.call;
import static dev.attune.core.solver.RoutingFixtures.profile;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import dev.attune.core.domain.Agent;
import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.ChannelCounts;
import dev.attune.core.domain.CareNeed;
import dev.attune.core.scoring.AgentFacts;
import dev.attune.core.scoring.EmpathyReserve;
import dev.attune.core.scoring.SkillPressure;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Empathy reserve": what giving a top-quartile-empathy agent to a routine call costs. */
class EmpathyReserveConstraintTest {
    private static final double[] POOL_EMPATHY = {0.4, 0.5, 0.6, 0.9};
    private final ConstraintVerifier<RoutingConstraintProvider, RoutingPlan> verifier =
            ConstraintVerifier.build(new RoutingConstraintProvider(), RoutingPlan.class, WaitingCall.class);

    private static PlannedAgent agent(AgentProfile profile, EmpathyReserve reserve) {
        Agent agent = new Agent(profile, AgentState.AVAILABLE, NOW, 0, null, null, 0);
        return new PlannedAgent(AgentFacts.of(agent, 0, ChannelCounts.ONE_VOICE, 0, 0, SkillPressure.none(), reserve));
    }

    /** A fraud and general agent with the pool's highest empathy (0.9; median 0.5, top quartile from 0.9). */
    private static final AgentProfile WARM = profile("warm", Map.of("fraud", 3, "general", 3), 0.9);

    private static WaitingCall routine(long waitedSeconds) {
        return new WaitingCall(call("c1", GENERAL), GENERAL, new CareNeed(0.3, 0.3, 0.1), waitedSeconds, 0, List.of());
    }

    @Test
    void penalisesARoutineCallTakingTheWarmestAgentWhileFraudCallersAreExpected() {
        EmpathyReserve reserve = EmpathyReserve.of(POOL_EMPATHY, RoutingFixtures.CATALOGUE.products(),
                Map.of(FRAUD.code(), 2.0));
        PlannedAgent warm = agent(WARM, reserve);
        // (0.9 - 0.5) x 2 expected high-care fraud callers = 0.8 -> 800 milli-units
        verifier.verifyThat((provider, factory) -> EmpathyReserveConstraint.of(factory))
                .given(warm, assign(routine(10), warm))
                .penalizesBy(800);
    }

    @Test
    void noImpactWhenNoHighCareDemandIsExpected() {
        PlannedAgent warm = agent(WARM, EmpathyReserve.of(POOL_EMPATHY, RoutingFixtures.CATALOGUE.products(), Map.of()));
        verifier.verifyThat((provider, factory) -> EmpathyReserveConstraint.of(factory))
                .given(warm, assign(routine(10), warm))
                .hasNoImpact();
    }

    @Test
    void noImpactWhenTheDemandIsForProductsTheAgentCannotTake() {
        EmpathyReserve reserve = EmpathyReserve.of(POOL_EMPATHY, RoutingFixtures.CATALOGUE.products(),
                Map.of(RoutingFixtures.ROLLOVER.code(), 2.0));
        PlannedAgent warm = agent(WARM, reserve);
        verifier.verifyThat((provider, factory) -> EmpathyReserveConstraint.of(factory))
                .given(warm, assign(routine(10), warm))
                .hasNoImpact();
    }

    @Test
    void waivedOnceTheRoutineCallHasWaitedItsServiceLevelThreshold() {
        EmpathyReserve reserve = EmpathyReserve.of(POOL_EMPATHY, RoutingFixtures.CATALOGUE.products(),
                Map.of(FRAUD.code(), 2.0));
        PlannedAgent warm = agent(WARM, reserve);
        verifier.verifyThat((provider, factory) -> EmpathyReserveConstraint.of(factory))
                .given(warm, assign(routine(GENERAL.serviceLevel().thresholdSeconds()), warm))
                .hasNoImpact();
    }

    @Test
    void noImpactForAHighCareCallOrAnAgentOutsideTheTopQuartile() {
        EmpathyReserve reserve = EmpathyReserve.of(POOL_EMPATHY, RoutingFixtures.CATALOGUE.products(),
                Map.of(FRAUD.code(), 2.0));
        PlannedAgent warm = agent(WARM, reserve);
        WaitingCall anxious = new WaitingCall(call("c2", FRAUD), FRAUD, new CareNeed(0.8, 0.8, 0.7), 5, 0, List.of());
        verifier.verifyThat((provider, factory) -> EmpathyReserveConstraint.of(factory))
                .given(warm, assign(anxious, warm))
                .hasNoImpact();
        PlannedAgent middling = agent(profile("mid", Map.of("fraud", 3, "general", 3), 0.6), reserve);
        verifier.verifyThat((provider, factory) -> EmpathyReserveConstraint.of(factory))
                .given(middling, assign(routine(10), middling))
                .hasNoImpact();
    }
}
