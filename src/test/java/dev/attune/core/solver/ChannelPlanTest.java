package dev.attune.core.solver;

import static dev.attune.core.solver.RoutingFixtures.CATALOGUE;
import static dev.attune.core.solver.RoutingFixtures.GENERAL;
import static dev.attune.core.solver.RoutingFixtures.NOW;
import static dev.attune.core.solver.RoutingFixtures.call;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.CareModel;
import dev.attune.core.domain.Channel;
import dev.attune.core.domain.ChannelCounts;
import dev.attune.core.domain.EmotionalLoad;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The plan honours capacity per channel: value ranges, and the solved plan's slots. */
class ChannelPlanTest {
    private static final RoutingPlanner PLANNER = RoutingPlanner.create(PlanTermination.reproducible(7, 500, 100));

    private static Agent agent(String id, ChannelCounts capacity, ChannelCounts holding) {
        AgentProfile profile = new AgentProfile(id, "pool", id, Map.of("general", 3), Set.of("en"), Set.of(), 0.5,
                capacity);
        return new Agent(profile, AgentState.AVAILABLE, NOW.minusSeconds(30), holding, null,
                EmotionalLoad.none(NOW), 0.5);
    }

    private static Call on(String id, Channel channel, long position) {
        return call(id, GENERAL).onChannel(channel).withQueuePosition(position);
    }

    @Test
    void eachCallGoesOnlyToAgentsWithAFreeSlotOnItsChannelAndNoAgentExceedsAChannel() {
        Agent voiceOnly = agent("voice", ChannelCounts.ONE_VOICE, ChannelCounts.NONE);
        Agent chatter = agent("chatter", new ChannelCounts(Map.of(Channel.VOICE, 1, Channel.CHAT, 3)),
                new ChannelCounts(Map.of(Channel.VOICE, 1, Channel.CHAT, 1)));
        List<Call> calls = List.of(on("chat1", Channel.CHAT, 1), on("chat2", Channel.CHAT, 2),
                on("chat3", Channel.CHAT, 3), on("v1", Channel.VOICE, 4), on("v2", Channel.VOICE, 5));

        RoutingPlan plan = PlanSnapshot.take(calls, List.of(voiceOnly, chatter), CATALOGUE, CareModel.defaults(),
                PlanningPolicy.defaults(), DefaultWeights.load(), NOW);
        assertEquals(List.of("chatter"), plan.call("chat1").orElseThrow().getEligibleAgents().stream()
                .map(PlannedAgent::getId).toList());
        assertEquals(List.of("voice"), plan.call("v1").orElseThrow().getEligibleAgents().stream()
                .map(PlannedAgent::getId).toList(), "the chatter's voice slot is taken");

        RoutingPlan solved = PLANNER.solve(plan);
        assertEquals(0, solved.getScore().hardScore(), () -> "hard constraints broken: " + solved.getScore());
        Map<String, String> assigned = solved.assignments();
        assertEquals(2, assigned.values().stream().filter("chatter"::equals).count(), "two chat slots were free");
        assertEquals(1, assigned.values().stream().filter("voice"::equals).count());
        assertEquals(3, assigned.size(), () -> assigned.toString());
    }
}
