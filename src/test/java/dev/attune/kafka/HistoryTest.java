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
        assertEquals(Map.of(CALLS, 9L), History.lastFollowed(List.of(decision("d1", "acd.calls/2@4", 1),
                decision("d2", "acd.calls/2@9", 2), decision("d3", null, 3))));
    }

    @Test
    void partitionsInterleaveByTimeAndDecisionsFollowTheirRecord() {
        Map<TopicPartition, List<History.Input>> inputs = new LinkedHashMap<>();
        inputs.put(CALLS, List.of(input(CALLS, 0, 0), input(CALLS, 1, 4)));
        inputs.put(AGENTS, List.of(input(AGENTS, 0, 2), input(AGENTS, 1, 6)));
        List<History.Decision> decisions = List.of(
                decision("after-calls-0", "acd.calls/2@0", 1),
                decision("timer", null, 5),
                decision("after-agents-0", "acd.agents/2@0", 3));
        List<String> order = History.merge(inputs, decisions).stream().map(HistoryTest::name).toList();
        assertEquals(List.of("acd.calls/2@0", "after-calls-0", "acd.agents/2@0", "after-agents-0", "acd.calls/2@1",
                "timer", "acd.agents/2@1"), order);
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
        return new History.Decision(new Replayed.Rescinded("p", id, "c", T0.plusSeconds(second)), after);
    }

    private static String name(Replayed item) {
        return item instanceof Replayed.Input input ? input.position() : ((Replayed.Rescinded) item).decisionId();
    }
}
