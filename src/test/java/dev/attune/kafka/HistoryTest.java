package dev.attune.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attune.core.engine.event.CallAbandoned;
import dev.attune.service.Replayed;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** Where a restarted instance resumes, and the order it replays its history in. */
class HistoryTest {
    private static final TopicPartition CALLS = new TopicPartition("acd.calls", 2);
    private static final TopicPartition AGENTS = new TopicPartition("acd.agents", 2);
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void theFrontierIsTheLaterOfTheCommitAndTheLastRecordADecisionFollowed() {
        assertEquals(40, History.frontier(OptionalLong.of(40), OptionalLong.of(12), 5));
        // Decided on record 57 but committed only up to 40: 41..57 were applied and are replayed, not re-applied.
        assertEquals(58, History.frontier(OptionalLong.of(40), OptionalLong.of(57), 5));
        assertEquals(58, History.frontier(OptionalLong.empty(), OptionalLong.of(57), 5));
        // A partition nobody ever consumed is consumed live from the start of the window.
        assertEquals(5, History.frontier(OptionalLong.empty(), OptionalLong.empty(), 5));
    }

    @Test
    void positionsReadBackAsTheyWereWritten() {
        History.Position position = History.position("acd.calls/2@1234").orElseThrow();
        assertEquals(CALLS, position.partition());
        assertEquals(1234, position.offset());
        assertEquals(Map.of(CALLS, 9L, AGENTS, 3L), History.lastFollowed(List.of(decision("d1", "acd.calls/2@4", 1),
                decision("d2", "acd.calls/2@9,acd.agents/2@3", 2), decision("d3", null, 3))));
    }

    @Test
    void aDecisionComesAfterEverythingItFollowedWhateverTheTimestampsSay() {
        Map<TopicPartition, List<History.Input>> inputs = new LinkedHashMap<>();
        inputs.put(CALLS, List.of(input(CALLS, 0, 1), input(CALLS, 1, 5)));
        inputs.put(AGENTS, List.of(input(AGENTS, 0, 0), input(AGENTS, 1, 3)));
        List<History.Decision> decisions = List.of(
                // Made when the call (calls@0) and the agent's AVAILABLE (agents@0) had both been applied.
                decision("offer", "acd.calls/2@0,acd.agents/2@0", 1),
                // A timer decision from before the header existed: placed by time.
                decision("timer", null, 4),
                decision("after-agents-1", "acd.agents/2@1", 2));
        List<String> order = History.merge(inputs, decisions).stream().map(HistoryTest::name).toList();
        assertEquals(List.of("acd.agents/2@0", "acd.calls/2@0", "offer", "acd.agents/2@1", "timer",
                "after-agents-1", "acd.calls/2@1"), order);
    }

    @Test
    void recordsOfOtherPartitionsOlderThanWhatADecisionFollowedComeBeforeIt() {
        TopicPartition otherCalls = new TopicPartition("acd.calls", 3);
        Map<TopicPartition, List<History.Input>> inputs = new LinkedHashMap<>();
        inputs.put(CALLS, List.of(input(CALLS, 0, 5)));
        inputs.put(otherCalls, List.of(input(otherCalls, 0, 2), input(otherCalls, 1, 8)));
        List<String> order = History.merge(inputs, List.of(decision("offer", "acd.calls/2@0", 6))).stream()
                .map(HistoryTest::name).toList();
        assertEquals(List.of("acd.calls/3@0", "acd.calls/2@0", "offer", "acd.calls/3@1"), order);
    }

    @Test
    void aDecisionIsNotReplayedBeforeARecordOfAnotherTopicThatCameEarlierByTime() {
        // The agent was AVAILABLE first by the clock, but the router read the call first and decided when
        // it then read the agent: the replay must not adopt the offer before the call exists.
        Map<TopicPartition, List<History.Input>> inputs = new LinkedHashMap<>();
        inputs.put(AGENTS, List.of(input(AGENTS, 0, 0)));
        inputs.put(CALLS, List.of(input(CALLS, 0, 1)));
        List<String> order = History.merge(inputs, List.of(decision("offer", "acd.agents/2@0,acd.calls/2@0", 1)))
                .stream().map(HistoryTest::name).toList();
        assertEquals("offer", order.get(2));
    }

    @Test
    void aDecisionReadEarlyDoesNotPullInAnAnswerToAnotherPoolsDecisionReadLater() {
        // Pool 2 offered first and its offer was accepted (agents@1) before pool 3 decided, but the reader
        // returned partition 3's decisions first: the accept must still follow pool 2's offer.
        TopicPartition otherCalls = new TopicPartition("acd.calls", 3);
        TopicPartition otherAgents = new TopicPartition("acd.agents", 3);
        Map<TopicPartition, List<History.Input>> inputs = new LinkedHashMap<>();
        inputs.put(AGENTS, List.of(input(AGENTS, 0, 0), input(AGENTS, 1, 2)));
        inputs.put(CALLS, List.of(input(CALLS, 0, 0)));
        inputs.put(otherAgents, List.of(input(otherAgents, 0, 3)));
        inputs.put(otherCalls, List.of(input(otherCalls, 0, 3)));
        List<String> order = History.merge(inputs, List.of(
                decision("offer-3", "acd.calls/3@0,acd.agents/3@0", 4),
                decision("offer-2", "acd.calls/2@0,acd.agents/2@0", 1))).stream().map(HistoryTest::name).toList();
        assertEquals(List.of("acd.agents/2@0", "acd.calls/2@0", "acd.agents/3@0", "acd.calls/3@0", "offer-3",
                "offer-2", "acd.agents/2@1"), order);
    }

    @Test
    void aPartitionKeepsItsOwnOrderEvenWhenTimestampsDisagree() {
        Map<TopicPartition, List<History.Input>> inputs = Map.of(CALLS, List.of(input(CALLS, 0, 9), input(CALLS, 1, 3)));
        List<String> order = History.merge(inputs, List.of()).stream().map(HistoryTest::name).toList();
        assertEquals(List.of("acd.calls/2@0", "acd.calls/2@1"), order);
    }

    private static History.Input input(TopicPartition tp, long offset, int second) {
        String position = tp.topic() + "/" + tp.partition() + "@" + offset;
        return new History.Input(tp, offset, new Replayed.Input(new CallAbandoned("p", "c" + offset, T0),
                position, position, T0.plusSeconds(second)));
    }

    private static History.Decision decision(String id, String after, int second) {
        return History.Decision.of(new Replayed.Rescinded("p", id, "c", T0.plusSeconds(second)), after);
    }

    private static String name(Replayed item) {
        return item instanceof Replayed.Input input ? input.position() : ((Replayed.Rescinded) item).decisionId();
    }
}
