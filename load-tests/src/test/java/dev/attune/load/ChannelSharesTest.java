package dev.attune.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.Channel;
import dev.attune.core.domain.ChannelCounts;
import dev.attune.core.domain.Product;
import dev.attune.core.domain.ServiceLevelTarget;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** --channel-mix: calls on channels by share, agents staffed with a matching capacity, a voice run as before. */
class ChannelSharesTest {
    private static final Catalogue CATALOGUE = new Catalogue(List.of(
            new Product("IRA", "IRA", "RETIREMENT", 2, null, 0.6, 0.3, new ServiceLevelTarget(0.8, 30))));

    @Test
    void aMixIsParsedAndRefusedWithTheFieldNamed() {
        ChannelShares mix = LoadOptions.parse("--channel-mix", "voice=0.7,CHAT=0.3").channelMix();
        assertEquals(Map.of(Channel.VOICE, 0.7, Channel.CHAT, 0.3), mix.shares());
        assertSame(ChannelShares.VOICE_ONLY, LoadOptions.parse().channelMix());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ChannelShares.parse("voice=0.7,fax=0.3"))
                .getMessage().contains("unknown channel 'fax'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ChannelShares.parse("voice=0.7,chat=0.2"))
                .getMessage().contains("add up to 1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ChannelShares.parse("voice"))
                .getMessage().contains("channel=share"));
    }

    @Test
    void agentsAreStaffedSoEachChannelsSlotsFollowItsShare() {
        List<AgentProfile> roster = ChannelShares.parse("voice=0.7,chat=0.3").staff(LoadRoster.generate(80, CATALOGUE, 1));
        Map<ChannelCounts, Integer> byCapacity = new java.util.HashMap<>();
        roster.forEach(a -> byCapacity.merge(a.capacity(), 1, Integer::sum));
        // 0.7 of calls on 1-slot voice agents, 0.3 on 3-slot chat agents: 7 to 1 agents, 70 and 10
        assertEquals(Map.of(ChannelCounts.ONE_VOICE, 70, ChannelCounts.of(Channel.CHAT, 3), 10), byCapacity);
        assertEquals(LoadRoster.generate(80, CATALOGUE, 1), ChannelShares.VOICE_ONLY.staff(
                LoadRoster.generate(80, CATALOGUE, 1)), "a voice run keeps the roster it had");
    }

    @Test
    void callsComeOnEachChannelByShareAndAVoiceRunDrawsAsBefore() {
        List<AgentProfile> roster = LoadRoster.generate(20, CATALOGUE, 1);
        CallMix voice = CallMix.servableBy(roster, CATALOGUE);
        Random a = new Random(5);
        Random b = new Random(5);
        for (int i = 0; i < 50; i++) {
            Caller caller = voice.draw("c" + i, a);
            assertEquals(Channel.VOICE, caller.channel());
            assertEquals(caller, voice.onChannels(ChannelShares.VOICE_ONLY).draw("c" + i, b));
        }
        ChannelShares shares = ChannelShares.parse("voice=0.5,email=0.5");
        CallMix mixed = CallMix.servableBy(shares.staff(roster), CATALOGUE).onChannels(shares);
        Map<Channel, Integer> counts = new EnumMap<>(Channel.class);
        Random random = new Random(9);
        for (int i = 0; i < 2_000; i++) {
            counts.merge(mixed.draw("c" + i, random).channel(), 1, Integer::sum);
        }
        assertEquals(2, counts.size());
        assertTrue(Math.abs(counts.get(Channel.EMAIL) - 1_000) < 120, counts.toString());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> voice.onChannels(shares)).getMessage()
                .contains("on EMAIL"), "a roster with no email agent cannot take email calls");
    }

    @Test
    void aCallerOnAChannelAsksOnlyForWhatThatChannelsAgentsServe() {
        // every agent speaks en, a quarter es too: the one chat agent speaks en only
        List<AgentProfile> roster = ChannelShares.parse("voice=0.9,chat=0.1").staff(LoadRoster.generate(20, CATALOGUE, 1));
        AgentProfile chatter = roster.stream().filter(a -> a.handles(Channel.CHAT)).findFirst().orElseThrow();
        List<AgentProfile> staffed = roster.stream().map(a -> a != chatter ? a : new AgentProfile(a.id(), a.poolId(),
                a.displayName(), a.skills(), java.util.Set.of("en"), a.licences(), a.empathy(), a.capacity())).toList();
        assertTrue(staffed.stream().anyMatch(a -> a.handles(Channel.VOICE) && a.languages().contains("es")));
        CallMix mix = CallMix.servableBy(staffed, CATALOGUE).onChannels(ChannelShares.parse("voice=0.5,chat=0.5"));
        Random random = new Random(3);
        java.util.Set<String> chatLanguages = new java.util.TreeSet<>();
        for (int i = 0; i < 500; i++) {
            Caller caller = mix.draw("c" + i, random);
            if (caller.channel() == Channel.CHAT) {
                chatLanguages.add(caller.language());
            }
        }
        assertEquals(java.util.Set.of("en"), chatLanguages, "no chat asks for es, which only voice agents speak");
    }
}
