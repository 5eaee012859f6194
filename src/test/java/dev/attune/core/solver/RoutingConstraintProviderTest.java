package dev.attune.core.solver;

import static dev.attune.core.solver.RoutingFixtures.GENERAL;
import static dev.attune.core.solver.RoutingFixtures.NOW;
import static dev.attune.core.solver.RoutingFixtures.ROLLOVER;
import static dev.attune.core.solver.RoutingFixtures.assign;
import static dev.attune.core.solver.RoutingFixtures.call;
import static dev.attune.core.solver.RoutingFixtures.plannedAgent;
import static dev.attune.core.solver.RoutingFixtures.profile;
import static dev.attune.core.solver.RoutingFixtures.waiting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import dev.attune.core.domain.Agent;
import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.CareNeed;
import dev.attune.core.domain.Channel;
import dev.attune.core.domain.ChannelCounts;
import dev.attune.core.domain.RoutingConstraint;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.core.scoring.SkillPressure;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RoutingConstraintProviderTest {
    private final ConstraintVerifier<RoutingConstraintProvider, RoutingPlan> verifier =
            ConstraintVerifier.build(new RoutingConstraintProvider(), RoutingPlan.class, WaitingCall.class);

    @Nested
    class RequiredSkill {
        @Test
        void penalisesAnAgentBelowTheProductsMinimumProficiency() {
            PlannedAgent novice = plannedAgent(profile("novice", Map.of("retirement", 2), 0.5));
            verifier.verifyThat(RoutingConstraintProvider::requiredSkill)
                    .given(novice, assign(waiting("c1", ROLLOVER), novice))
                    .penalizesBy(1);
        }

        @Test
        void penalisesAnAgentWithoutTheSkill() {
            PlannedAgent generalist = plannedAgent(profile("generalist", Map.of("general", 5), 0.5));
            verifier.verifyThat(RoutingConstraintProvider::requiredSkill)
                    .given(generalist, assign(waiting("c1", ROLLOVER), generalist))
                    .penalizesBy(1);
        }

        @Test
        void acceptsAnAgentAtExactlyTheMinimum() {
            PlannedAgent atMinimum = plannedAgent(profile("ok", Map.of("retirement", 3), 0.5));
            verifier.verifyThat(RoutingConstraintProvider::requiredSkill)
                    .given(atMinimum, assign(waiting("c1", ROLLOVER), atMinimum))
                    .hasNoImpact();
        }

        @Test
        void ignoresAnUnservedCall() {
            verifier.verifyThat(RoutingConstraintProvider::requiredSkill)
                    .given(waiting("c1", ROLLOVER))
                    .hasNoImpact();
        }
    }

    @Nested
    class Language {
        @Test
        void penalisesAnAgentWhoDoesNotSpeakTheCallersLanguage() {
            PlannedAgent agent = plannedAgent("a1");
            Call spanish = new Call("c1", "pool", "cust", "GENERAL", "es", 0, false, 0, null, null,
                    NOW, 1, Set.of(), null);
            verifier.verifyThat(RoutingConstraintProvider::language)
                    .given(agent, assign(waiting(spanish, GENERAL, new CareNeed(0.2, 0.2, 0.1)), agent))
                    .penalizesBy(1);
        }

        @Test
        void acceptsAnAgentWhoSpeaksItWhateverTheRegionOrCase() {
            PlannedAgent spanish = plannedAgent(new AgentProfile("a1", "pool", "a1", Map.of("general", 3),
                    Set.of("es"), Set.of(), 0.5, 1));
            for (String tag : List.of("es-US", "ES", "es")) {
                Call caller = new Call("c1", "pool", "cust", "GENERAL", tag, 0, false, 0, null, null, NOW, 1, Set.of(),
                        null);
                verifier.verifyThat(RoutingConstraintProvider::language)
                        .given(spanish, assign(waiting(caller, GENERAL, new CareNeed(0.2, 0.2, 0.1)), spanish))
                        .hasNoImpact();
            }
        }

        @Test
        void inAPoolThatAsksForTheExactRegionPenalisesAnAgentOfAnotherRegionOnly() {
            PlannedAgent spanish = plannedAgent(new AgentProfile("a1", "pool", "a1", Map.of("general", 3),
                    Set.of("es"), Set.of(), 0.5, 1));
            PlannedAgent american = plannedAgent(new AgentProfile("a2", "pool", "a2", Map.of("general", 3),
                    Set.of("es-US"), Set.of(), 0.5, 1));
            Call caller = new Call("c1", "pool", "cust", "GENERAL", "es-US", 0, false, 0, null, null, NOW, 1, Set.of(),
                    null).withExactRegion(true);
            verifier.verifyThat(RoutingConstraintProvider::language)
                    .given(spanish, assign(waiting(caller, GENERAL, new CareNeed(0.2, 0.2, 0.1)), spanish))
                    .penalizesBy(1);
            verifier.verifyThat(RoutingConstraintProvider::language)
                    .given(american, assign(waiting(caller, GENERAL, new CareNeed(0.2, 0.2, 0.1)), american))
                    .hasNoImpact();
        }

        @Test
        void acceptsAnAgentWhoSpeaksIt() {
            PlannedAgent agent = plannedAgent("a1");
            verifier.verifyThat(RoutingConstraintProvider::language)
                    .given(agent, assign(waiting("c1", GENERAL), agent))
                    .hasNoImpact();
        }
    }

    @Nested
    class RequiredLicence {
        @Test
        void penalisesAnUnlicensedAgentOnALicensedProduct() {
            PlannedAgent unlicensed = plannedAgent(new AgentProfile("u", "pool", "u", Map.of("retirement", 5),
                    Set.of("en"), Set.of(), 0.9, 1));
            verifier.verifyThat(RoutingConstraintProvider::requiredLicence)
                    .given(unlicensed, assign(waiting("c1", ROLLOVER), unlicensed))
                    .penalizesBy(1);
        }

        @Test
        void needsNoLicenceForAProductWithout() {
            PlannedAgent unlicensed = plannedAgent(new AgentProfile("u", "pool", "u", Map.of("general", 5),
                    Set.of("en"), Set.of(), 0.9, 1));
            verifier.verifyThat(RoutingConstraintProvider::requiredLicence)
                    .given(unlicensed, assign(waiting("c1", GENERAL), unlicensed))
                    .hasNoImpact();
        }
    }

    @Nested
    class AgentAvailability {
        private PlannedAgent freeIn(int seconds) {
            return new PlannedAgent(new Agent(profile("b", Map.of("general", 3), 0.5), AgentState.BUSY, NOW, 1,
                    NOW.plusSeconds(seconds), null, 0), seconds, 1, 0, 0, SkillPressure.none());
        }

        @Test
        void penalisesHoldingACallThatMayNotBeHeld() {
            PlannedAgent soon = freeIn(5);
            verifier.verifyThat(RoutingConstraintProvider::agentAvailability)
                    .given(soon, assign(waiting("c1", GENERAL), soon))
                    .penalizesBy(1);
        }

        @Test
        void allowsAHighCareCallToBeHeldWithinItsLimit() {
            PlannedAgent soon = freeIn(5);
            WaitingCall highCare = new WaitingCall(call("c1", GENERAL), GENERAL, new CareNeed(0.9, 0.9, 0.5), 3, 10,
                    List.of());
            verifier.verifyThat(RoutingConstraintProvider::agentAvailability)
                    .given(soon, assign(highCare, soon))
                    .hasNoImpact();
        }

        @Test
        void penalisesHoldingBeyondTheLimit() {
            PlannedAgent late = freeIn(30);
            WaitingCall highCare = new WaitingCall(call("c1", GENERAL), GENERAL, new CareNeed(0.9, 0.9, 0.5), 3, 10,
                    List.of());
            verifier.verifyThat(RoutingConstraintProvider::agentAvailability)
                    .given(late, assign(highCare, late))
                    .penalizesBy(1);
        }

        @Test
        void penalisesAnAgentWhoWillNotBeFree() {
            PlannedAgent away = new PlannedAgent(Agent.loggedOut(profile("x", Map.of("general", 3), 0.5), NOW),
                    PlannedAgent.NEVER, 0, 0, 0, SkillPressure.none());
            WaitingCall highCare = new WaitingCall(call("c1", GENERAL), GENERAL, new CareNeed(0.9, 0.9, 0.5), 3, 10,
                    List.of());
            verifier.verifyThat(RoutingConstraintProvider::agentAvailability)
                    .given(away, assign(highCare, away))
                    .penalizesBy(1);
        }

        @Test
        void acceptsAnAgentFreeNow() {
            PlannedAgent free = plannedAgent("a1");
            verifier.verifyThat(RoutingConstraintProvider::agentAvailability)
                    .given(free, assign(waiting("c1", GENERAL), free))
                    .hasNoImpact();
        }
    }

    @Nested
    class AgentCapacity {
        @Test
        void penalisesEachCallBeyondTheAgentsFreeSlots() {
            PlannedAgent oneSlot = plannedAgent("a1");
            verifier.verifyThat(RoutingConstraintProvider::agentCapacity)
                    .given(oneSlot, assign(waiting("c1", GENERAL), oneSlot), assign(waiting("c2", GENERAL), oneSlot),
                            assign(waiting("c3", GENERAL), oneSlot))
                    .penalizesBy(2);
        }

        @Test
        void acceptsAsManyCallsAsSlots() {
            PlannedAgent twoSlots = new PlannedAgent(new Agent(profile("chat", Map.of("general", 3), 0.5),
                    AgentState.AVAILABLE, NOW, 0, null, null, 0), 0, 2, 0, 0, SkillPressure.none());
            verifier.verifyThat(RoutingConstraintProvider::agentCapacity)
                    .given(twoSlots, assign(waiting("c1", GENERAL), twoSlots), assign(waiting("c2", GENERAL), twoSlots))
                    .hasNoImpact();
        }

        private PlannedAgent withFreeSlots(String id, ChannelCounts slots) {
            return new PlannedAgent(new Agent(profile(id, Map.of("general", 3), 0.5), AgentState.AVAILABLE, NOW,
                    ChannelCounts.NONE, null, null, 0), 0, slots, 0, 0, SkillPressure.none());
        }

        private WaitingCall on(String id, Channel channel) {
            return waiting(call(id, GENERAL).onChannel(channel), GENERAL, new CareNeed(0.5, 0.5, 0.5));
        }

        private PlannedAgent voiceAndEmail() {
            return withFreeSlots("ve", new ChannelCounts(Map.of(Channel.VOICE, 1, Channel.EMAIL, 1)));
        }

        @Test
        void acceptsOneVoiceCallAndOneEmailForAnAgentWithASlotOnEach() {
            PlannedAgent voiceAndEmail = voiceAndEmail();
            verifier.verifyThat(RoutingConstraintProvider::agentCapacity)
                    .given(voiceAndEmail, assign(on("c1", Channel.VOICE), voiceAndEmail),
                            assign(on("c2", Channel.EMAIL), voiceAndEmail))
                    .hasNoImpact();
        }

        @Test
        void penalisesASecondVoiceCallEvenWithAnEmailSlotFree() {
            PlannedAgent voiceAndEmail = voiceAndEmail();
            verifier.verifyThat(RoutingConstraintProvider::agentCapacity)
                    .given(voiceAndEmail, assign(on("c1", Channel.VOICE), voiceAndEmail),
                            assign(on("c2", Channel.VOICE), voiceAndEmail))
                    .penalizesBy(1);
        }

        @Test
        void acceptsThreeChatsWithinAChatCapacityOfThree() {
            PlannedAgent chats = withFreeSlots("chats", ChannelCounts.of(Channel.CHAT, 3));
            verifier.verifyThat(RoutingConstraintProvider::agentCapacity)
                    .given(chats, assign(on("c1", Channel.CHAT), chats), assign(on("c2", Channel.CHAT), chats),
                            assign(on("c3", Channel.CHAT), chats))
                    .hasNoImpact();
        }

        @Test
        void penalisesAChatForAnAgentWhoTakesNoChats() {
            PlannedAgent voiceOnly = plannedAgent("a1");
            verifier.verifyThat(RoutingConstraintProvider::agentCapacity)
                    .given(voiceOnly, assign(on("c1", Channel.CHAT), voiceOnly))
                    .penalizesBy(1);
        }
    }

    @Nested
    class ExcludedAgent {
        @Test
        void penalisesOfferingACallToAnAgentWhoRejectedIt() {
            PlannedAgent agent = plannedAgent("a1");
            Call rejected = call("c1", GENERAL).excluding("a1");
            verifier.verifyThat(RoutingConstraintProvider::excludedAgent)
                    .given(agent, assign(waiting(rejected, GENERAL, new CareNeed(0.2, 0.2, 0.1)), agent))
                    .penalizesBy(1);
        }

        @Test
        void acceptsAnyOtherAgent() {
            PlannedAgent agent = plannedAgent("a2");
            Call rejected = call("c1", GENERAL).excluding("a1");
            verifier.verifyThat(RoutingConstraintProvider::excludedAgent)
                    .given(agent, assign(waiting(rejected, GENERAL, new CareNeed(0.2, 0.2, 0.1)), agent))
                    .hasNoImpact();
        }
    }

    @Nested
    class UnservedCall {
        @Test
        void penalisesAnUnassignedCallByItsUrgency() {
            WaitingCall call = waiting("c1", GENERAL);
            verifier.verifyThat(RoutingConstraintProvider::unservedCall)
                    .given(call)
                    .penalizesBy(call.getUrgency());
        }

        @Test
        void ignoresAServedCall() {
            PlannedAgent agent = plannedAgent("a1");
            verifier.verifyThat(RoutingConstraintProvider::unservedCall)
                    .given(agent, assign(waiting("c1", GENERAL), agent))
                    .hasNoImpact();
        }

        @Test
        void costsMoreForAPriorityCallThanForANormalOne() {
            Call priority = new Call("p", "pool", "cust", "GENERAL", "en", 2, false, 0, null, null,
                    NOW.minusSeconds(10), 1, Set.of(), null);
            WaitingCall normal = waiting("n", GENERAL);
            WaitingCall urgent = waiting(priority, GENERAL, normal.getCareNeed());
            assertEquals(3.0, urgent.getUrgency() / (double) normal.getUrgency(), 0.01, "priority 2 triples urgency");
            verifier.verifyThat(RoutingConstraintProvider::unservedCall)
                    .given(urgent)
                    .penalizesBy(urgent.getUrgency());
        }
    }

    @Nested
    class EmpathyForDistress {
        @Test
        void penalisesCareNeedTimesMissingEmpathy() {
            PlannedAgent cold = plannedAgent(profile("cold", Map.of("general", 3), 0.2));
            WaitingCall anxious = waiting(call("c1", GENERAL), GENERAL, new CareNeed(0.9, 0.9, 0.3));
            verifier.verifyThat(RoutingConstraintProvider::empathyForDistress)
                    .given(cold, assign(anxious, cold))
                    .penalizesBy(720); // 1000 * 0.9 * (1 - 0.2)
        }

        @Test
        void doesNotPenaliseAFullyEmpatheticAgent() {
            PlannedAgent warm = plannedAgent(profile("warm", Map.of("general", 3), 1.0));
            WaitingCall anxious = waiting(call("c1", GENERAL), GENERAL, new CareNeed(0.9, 0.9, 0.3));
            verifier.verifyThat(RoutingConstraintProvider::empathyForDistress)
                    .given(warm, assign(anxious, warm))
                    .hasNoImpact();
        }

        @Test
        void doesNotPenaliseACallThatNeedsNoCare() {
            PlannedAgent cold = plannedAgent(profile("cold", Map.of("general", 3), 0.2));
            WaitingCall calm = waiting(call("c1", GENERAL), GENERAL, new CareNeed(0, 0, 0));
            verifier.verifyThat(RoutingConstraintProvider::empathyForDistress)
                    .given(cold, assign(calm, cold))
                    .hasNoImpact();
        }
    }

    @Nested
    class ProficiencyForStakes {
        @Test
        void penalisesStakesTimesProficiencyShortfall() {
            PlannedAgent level3 = plannedAgent(profile("l3", Map.of("retirement", 3), 0.5));
            WaitingCall sixFigures = waiting(call("c1", ROLLOVER), ROLLOVER, new CareNeed(0.5, 0.4, 0.9));
            verifier.verifyThat(RoutingConstraintProvider::proficiencyForStakes)
                    .given(level3, assign(sixFigures, level3))
                    .penalizesBy(450); // 1000 * 0.9 * (5 - 3) / 4
        }

        @Test
        void doesNotPenaliseTheMostProficientAgent() {
            PlannedAgent level5 = plannedAgent(profile("l5", Map.of("retirement", 5), 0.5));
            WaitingCall sixFigures = waiting(call("c1", ROLLOVER), ROLLOVER, new CareNeed(0.5, 0.4, 0.9));
            verifier.verifyThat(RoutingConstraintProvider::proficiencyForStakes)
                    .given(level5, assign(sixFigures, level5))
                    .hasNoImpact();
        }
    }

    @Nested
    class WaitTime {
        @Test
        void penalisesUrgencyPerSecondOfHold() {
            PlannedAgent soon = new PlannedAgent(new Agent(profile("b", Map.of("general", 3), 0.9), AgentState.WRAP_UP,
                    NOW, 1, NOW.plusSeconds(4), null, 0), 4, 1, 0, 0, SkillPressure.none());
            WaitingCall held = new WaitingCall(call("c1", GENERAL), GENERAL, new CareNeed(0.8, 0.8, 0.5), 0, 10,
                    List.of());
            verifier.verifyThat(RoutingConstraintProvider::waitTime)
                    .given(soon, assign(held, soon))
                    .penalizesBy(4 * 1800L); // urgency (1 + 0.8) * 1 at zero wait, for 4 s
        }

        @Test
        void doesNotPenaliseAnAgentFreeNow() {
            PlannedAgent free = plannedAgent("a1");
            verifier.verifyThat(RoutingConstraintProvider::waitTime)
                    .given(free, assign(waiting("c1", GENERAL), free))
                    .hasNoImpact();
        }
    }

    @Nested
    class EmotionalLoad {
        @Test
        void penalisesLoadTimesCallerDistress() {
            PlannedAgent drained = new PlannedAgent(new Agent(profile("d", Map.of("general", 3), 0.9),
                    AgentState.AVAILABLE, NOW, 0, null, null, 0), 0, 1, 0, 2.0, SkillPressure.none());
            WaitingCall distressed = waiting(call("c1", GENERAL), GENERAL, new CareNeed(0.7, 0.6, 0.3));
            verifier.verifyThat(RoutingConstraintProvider::emotionalLoad)
                    .given(drained, assign(distressed, drained))
                    .penalizesBy(1200); // 1000 * 2.0 * 0.6
        }

        @Test
        void doesNotPenaliseAnAgentWithNoLoad() {
            PlannedAgent fresh = plannedAgent("a1");
            verifier.verifyThat(RoutingConstraintProvider::emotionalLoad)
                    .given(fresh, assign(waiting("c1", GENERAL), fresh))
                    .hasNoImpact();
        }

        @Test
        void snapshotDecaysTheLoadWithTheHalfLife() {
            Agent agent = new Agent(profile("d", Map.of("general", 3), 0.9), AgentState.AVAILABLE, NOW, 0, null,
                    new dev.attune.core.domain.EmotionalLoad(2.0, NOW.minusSeconds(600)), 0);
            PlannedAgent planned = PlannedAgent.of(agent, NOW, PlanningPolicy.defaults(), SkillPressure.none());
            assertEquals(1.0, planned.getEmotionalLoad(), 1e-9, "one half-life (10 min) halves a load of 2");
        }
    }

    @Nested
    class AgentFairness {
        @Test
        void chargesABusyRecentlyActiveAgentMoreThanALongIdleOne() {
            PlannedAgent justFree = new PlannedAgent(new Agent(profile("j", Map.of("general", 3), 0.5),
                    AgentState.AVAILABLE, NOW, 0, null, null, 0.9), 0, 1, 0, 0, SkillPressure.none());
            PlannedAgent longIdle = new PlannedAgent(new Agent(profile("l", Map.of("general", 3), 0.5),
                    AgentState.AVAILABLE, NOW, 0, null, null, 0.1), 0, 1, 540, 0, SkillPressure.none());
            verifier.verifyThat(RoutingConstraintProvider::agentFairness)
                    .given(justFree, assign(waiting("c1", GENERAL), justFree))
                    .penalizesBy(950); // 500 * 0.9 + 500 * 60 / 60
            verifier.verifyThat(RoutingConstraintProvider::agentFairness)
                    .given(longIdle, assign(waiting("c1", GENERAL), longIdle))
                    .penalizesBy(100); // 500 * 0.1 + 500 * 60 / 600
        }

        @Test
        void ignoresAnUnservedCall() {
            verifier.verifyThat(RoutingConstraintProvider::agentFairness)
                    .given(waiting("c1", GENERAL))
                    .hasNoImpact();
        }
    }

    @Nested
    class CustomerContinuity {
        private WaitingCall returning(String lastAgentId) {
            Call call = new Call("c1", "pool", "cust", "GENERAL", "en", 0, false, 0, null, lastAgentId,
                    NOW, 1, Set.of(), null);
            return waiting(call, GENERAL, new CareNeed(0.3, 0.3, 0.1));
        }

        @Test
        void rewardsTheAgentWhoServedTheCustomerLast() {
            PlannedAgent last = plannedAgent("a1");
            verifier.verifyThat(RoutingConstraintProvider::customerContinuity)
                    .given(last, assign(returning("a1"), last))
                    .rewardsWith(1000);
        }

        @Test
        void givesNothingForAnotherAgent() {
            PlannedAgent other = plannedAgent("a2");
            verifier.verifyThat(RoutingConstraintProvider::customerContinuity)
                    .given(other, assign(returning("a1"), other))
                    .hasNoImpact();
        }

        @Test
        void givesNothingForAFirstTimeCaller() {
            PlannedAgent agent = plannedAgent("a1");
            verifier.verifyThat(RoutingConstraintProvider::customerContinuity)
                    .given(agent, assign(returning(null), agent))
                    .hasNoImpact();
        }
    }

    @Nested
    class ScarceSkills {
        private final SkillPressure fraudQueueBusy =
                SkillPressure.of(Map.of("fraud", 3, "general", 1), List.of(
                        RoutingFixtures.available("f1", Map.of("fraud", 4, "general", 3), 0.5, 10),
                        RoutingFixtures.available("g1", Map.of("general", 3), 0.5, 10),
                        RoutingFixtures.available("g2", Map.of("general", 3), 0.5, 10)));

        private PlannedAgent agent(String id, Map<String, Integer> skills) {
            return new PlannedAgent(new Agent(profile(id, skills, 0.5), AgentState.AVAILABLE, NOW, 0, null, null, 0),
                    0, 1, 0, 0, fraudQueueBusy);
        }

        @Test
        void penalisesUsingTheOnlyFraudSpecialistForAGeneralCallWhileFraudCallsWait() {
            PlannedAgent specialist = agent("f1", Map.of("fraud", 4, "general", 3));
            verifier.verifyThat(RoutingConstraintProvider::scarceSkills)
                    .given(specialist, assign(waiting("c1", GENERAL), specialist))
                    .penalizesBy(1000); // 3 fraud calls, 1 fraud agent: pressure capped at 1
        }

        @Test
        void doesNotPenaliseAGeneralist() {
            PlannedAgent generalist = agent("g1", Map.of("general", 3));
            verifier.verifyThat(RoutingConstraintProvider::scarceSkills)
                    .given(generalist, assign(waiting("c1", GENERAL), generalist))
                    .hasNoImpact();
        }

        @Test
        void chargesOnlyTheOtherSkillsNotTheOneTheCallNeeds() {
            PlannedAgent specialist = agent("f1", Map.of("fraud", 4, "general", 3));
            verifier.verifyThat(RoutingConstraintProvider::scarceSkills)
                    .given(specialist, assign(waiting("c1", RoutingFixtures.FRAUD), specialist))
                    .penalizesBy(333); // general: 1 call over 3 agents
        }
    }

    @Nested
    class Weights {
        @Test
        void theScoreMultipliesEachTermByTheWeightInForce() {
            PlannedAgent cold = plannedAgent(profile("cold", Map.of("general", 3), 0.2));
            WaitingCall anxious = assign(new WaitingCall(call("c1", GENERAL), GENERAL, new CareNeed(0.9, 0.9, 0.3), 10, 0,
                    List.of(cold)), cold);
            WaitingCall unserved = waiting("c2", GENERAL);
            RoutingWeights weights = new RoutingWeights(Map.of(
                    RoutingConstraint.EMPATHY_FOR_DISTRESS, 10L,
                    RoutingConstraint.UNSERVED_CALL, 3L,
                    RoutingConstraint.PROFICIENCY_FOR_STAKES, 0L,
                    RoutingConstraint.AGENT_FAIRNESS, 0L,
                    RoutingConstraint.EMOTIONAL_LOAD, 0L));
            RoutingPlan plan = new RoutingPlan(NOW, List.of(cold), List.of(anxious, unserved), weights);
            verifier.verifyThat()
                    .givenSolution(plan)
                    .scores(HardMediumSoftLongScore.of(0, -3 * unserved.getUrgency(), -10 * 720));
        }

        @Test
        void aHardWeightScalesHardBreaks() {
            PlannedAgent novice = plannedAgent(profile("novice", Map.of("retirement", 2), 0.5));
            WaitingCall call = assign(new WaitingCall(call("c1", ROLLOVER), ROLLOVER, new CareNeed(0, 0, 0), 10, 0,
                    List.of(novice)), novice);
            RoutingWeights weights = new RoutingWeights(Map.of(RoutingConstraint.REQUIRED_SKILL, 7L,
                    RoutingConstraint.AGENT_FAIRNESS, 0L));
            RoutingPlan plan = new RoutingPlan(NOW, List.of(novice), List.of(call), weights);
            verifier.verifyThat()
                    .givenSolution(plan)
                    .scores(HardMediumSoftLongScore.of(-7, 0, 0));
        }
    }
}
