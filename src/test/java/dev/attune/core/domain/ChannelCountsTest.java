package dev.attune.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void countsOfZeroAreAbsentSoEqualCountsAreEqualHoweverTheyWereWritten() {
        ChannelCounts written = new ChannelCounts(Map.of(Channel.VOICE, 1, Channel.CHAT, 0));

        assertEquals(ChannelCounts.ONE_VOICE, written);
        assertEquals(ChannelCounts.ONE_VOICE.hashCode(), written.hashCode());
        assertEquals(Map.of(Channel.VOICE, 1), written.perChannel());
        assertEquals(1, written.channelCount());
        assertTrue(written.onlyVoice());
        assertFalse(ChannelCounts.named(Map.of("voice", 1, "email", 1)).onlyVoice());
        assertFalse(ChannelCounts.NONE.onlyVoice());
        assertEquals("VOICE 1, CHAT 3", ChannelCounts.named(Map.of("chat", 3, "voice", 1)).toString());
        assertEquals("none", ChannelCounts.NONE.toString());
    }

    @Test
    void takingAndFreeingACallChangesOnlyItsChannelAndNeverGoesPastTheCapacity() {
        ChannelCounts capacity = ChannelCounts.named(Map.of("VOICE", 1, "CHAT", 3));
        ChannelCounts held = ChannelCounts.NONE.plus(Channel.CHAT).plus(Channel.CHAT);

        assertEquals(ChannelCounts.named(Map.of("VOICE", 1, "CHAT", 1)), capacity.minus(held));
        assertEquals(capacity, capacity.minus(ChannelCounts.NONE));
        assertEquals(ChannelCounts.named(Map.of("VOICE", 1, "CHAT", 2)),
                capacity.minus(held).oneFreedWithin(capacity));
        assertEquals(capacity, capacity.oneFreedWithin(capacity));
        assertThrows(IllegalArgumentException.class, () -> new ChannelCounts(Map.of(Channel.VOICE, -1)));
        assertThrows(IllegalArgumentException.class, () -> ChannelCounts.named(Map.of("VOICE", 21)));
    }
}
