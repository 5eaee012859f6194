package dev.attune.core.engine;

import static dev.attune.core.engine.Fixtures.CARDS;
import static dev.attune.core.engine.Fixtures.POOL;
import static dev.attune.core.engine.Fixtures.T0;
import static dev.attune.core.engine.Fixtures.arrived;
import static dev.attune.core.engine.Fixtures.call;
import static dev.attune.core.engine.Fixtures.profile;
import static dev.attune.core.engine.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Channel;
import dev.attune.core.domain.ChannelCounts;
import dev.attune.core.domain.Offer;
import dev.attune.core.engine.event.OfferAccepted;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Capacity per channel: an agent holds several calls at once, each channel within its own slots. */
class ChannelRoutingTest {
    private final ManualClock clock = new ManualClock(T0);
    private final RoutingEngine engine = new RoutingEngine(Fixtures.settings(), clock, PlanMode.OFF);

    @AfterEach
    void close() {
        engine.close();
    }

    private void staff(String id, ChannelCounts capacity) {
        AgentProfile agent = new AgentProfile(id, POOL, id, Map.of("CARDS", 3), Set.of("en"), Set.of(), 0.5,
                capacity);
        engine.apply(profile(agent, clock.instant()));
        engine.apply(state(id, AgentState.AVAILABLE, clock.instant()));
    }

    /** The call arrives on the channel; the one offer it gets (if any) is accepted at once. */
    private List<Offer> arriveAndAccept(String callId, Channel channel) {
        List<Offer> offers = engine.apply(arrived(call(callId, CARDS, clock.instant()).onChannel(channel))).stream()
                .map(RoutingDirective::offer).filter(o -> o != null).toList();
        for (Offer offer : offers) {
            engine.apply(new OfferAccepted(POOL, offer.decisionId(), offer.callId(), offer.agentId(),
                    clock.instant()));
        }
        clock.advanceSeconds(1);
        return offers;
    }

    private AgentState stateOf(String agentId) {
        return engine.agentStates(POOL).get(agentId);
    }

    @Test
    void anAgentWithTwoOfThreeChatsGetsAThirdChatNotASecondVoiceCall() {
        staff("multi", new ChannelCounts(Map.of(Channel.VOICE, 1, Channel.CHAT, 3)));
        assertEquals(1, arriveAndAccept("v1", Channel.VOICE).size());
        assertEquals(1, arriveAndAccept("chat1", Channel.CHAT).size());
        assertEquals(1, arriveAndAccept("chat2", Channel.CHAT).size());

        assertTrue(arriveAndAccept("v2", Channel.VOICE).isEmpty(), "the voice slot is taken: the call waits");
        List<Offer> third = arriveAndAccept("chat3", Channel.CHAT);
        assertEquals(1, third.size());
        assertEquals("multi", third.get(0).agentId());
        assertTrue(third.get(0).explanation().rulesChecked().contains(
                "Agent capacity: 2 of 3 CHAT calls in progress (capacity VOICE 1, CHAT 3, holding VOICE 1, CHAT 2)"),
                () -> third.get(0).explanation().rulesChecked().toString());
        assertEquals(AgentState.BUSY, stateOf("multi"), "every slot of every channel is taken");
        assertEquals(List.of("v2"), engine.status(POOL).waitingCalls().stream()
                .map(PoolStatus.WaitingCall::callId).toList());
    }

    @Test
    void anAgentOnAVoiceCallWithAnEmailSlotStillTakesAnEmail() {
        staff("ve", new ChannelCounts(Map.of(Channel.VOICE, 1, Channel.EMAIL, 1)));
        arriveAndAccept("v1", Channel.VOICE);
        assertEquals(AgentState.AVAILABLE, stateOf("ve"), "the email slot is free, so the agent still takes work");

        List<Offer> email = arriveAndAccept("e1", Channel.EMAIL);
        assertEquals("ve", email.get(0).agentId());
        assertEquals(AgentState.BUSY, stateOf("ve"));
    }

    @Test
    void aChatWaitsForAnAgentWhoTakesChatsAndAVoiceCallIsUnchanged() {
        staff("voice-only", ChannelCounts.ONE_VOICE);
        assertTrue(arriveAndAccept("chat1", Channel.CHAT).isEmpty(), "a voice-only agent takes no chats");

        List<Offer> voice = arriveAndAccept("v1", Channel.VOICE);
        assertEquals("voice-only", voice.get(0).agentId());
        assertEquals(AgentState.BUSY, stateOf("voice-only"), "one voice call fills today's default capacity");
    }

    @Test
    void aChatterFreedByItsAgentStateTakesTheWaitingChat() {
        staff("voice-only", ChannelCounts.ONE_VOICE);
        arriveAndAccept("chat1", Channel.CHAT);
        AgentProfile chatter = new AgentProfile("chatter", POOL, "chatter", Map.of("CARDS", 3), Set.of("en"),
                Set.of(), 0.5, ChannelCounts.of(Channel.CHAT, 2));
        engine.apply(profile(chatter, clock.instant()));
        List<RoutingDirective> out = engine.apply(state("chatter", AgentState.AVAILABLE, clock.instant()));
        assertEquals(1, out.size());
        assertEquals("chatter", out.get(0).offer().agentId());
        assertEquals("chat1", out.get(0).offer().callId());
    }
}
