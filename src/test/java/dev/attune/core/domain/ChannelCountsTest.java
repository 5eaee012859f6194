package dev.attune.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An agent's free slots: capacity less the calls held, per channel, never below 0 on one channel. */
class ChannelCountsTest {

    @Test
    void theTotalLeftIsTheSumOverTheCapacitysChannelsOfWhatIsLeftOnEach() {
        ChannelCounts capacity = ChannelCounts.named(Map.of("VOICE", 1, "CHAT", 3));
        List<ChannelCounts> used = List.of(ChannelCounts.NONE, ChannelCounts.of(Channel.VOICE, 1),
                ChannelCounts.named(Map.of("VOICE", 1, "CHAT", 2)),
                // more than the capacity on one channel (a capacity lowered under held calls) leaves 0 there, not less
                ChannelCounts.named(Map.of("VOICE", 2, "CHAT", 1)),
                ChannelCounts.named(Map.of("EMAIL", 4)));

        for (ChannelCounts held : used) {
            assertEquals(capacity.minus(held).total(), capacity.totalLeftAfter(held), held.toString());
        }
        assertEquals(List.of(4, 3, 1, 2, 4), used.stream().map(capacity::totalLeftAfter).toList());
        assertEquals(0, ChannelCounts.NONE.totalLeftAfter(ChannelCounts.ONE_VOICE));
    }
}
