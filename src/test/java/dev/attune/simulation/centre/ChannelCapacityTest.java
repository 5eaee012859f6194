package dev.attune.simulation.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Channel;
import dev.attune.core.domain.ChannelCounts;
import dev.attune.simulation.des.Simulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Agents of the simulated centre hold contacts per channel within their capacity, by the engine's rule. */
class ChannelCapacityTest {

    /** Serves each waiting contact to the first agent with a free slot of its channel, as soon as there is one. */
    private static class FirstFreeSlot implements Router {
        final List<Contact> waiting = new ArrayList<>();
        final List<String> starts = new ArrayList<>();
        Centre centre;

        @Override
        public void start(Centre c) {
            centre = c;
        }

        @Override
        public void contactArrived(Contact contact) {
            waiting.add(contact);
            dispatch();
        }

        @Override
        public void agentFree(CentreAgent agent) {
            dispatch();
        }

        @Override
        public void contactLeft(Contact contact) {
            waiting.remove(contact);
        }

        @Override
        public void rosterChanged() {
        }

        private void dispatch() {
            for (Contact contact : List.copyOf(waiting)) {
                for (CentreAgent agent : centre.agents()) {
                    if (agent.canTake(contact.channel())) {
                        waiting.remove(contact);
                        centre.serve(contact, agent);
                        starts.add(contact.id() + "@" + (long) centre.now() + ":" + agent.taken());
                        break;
                    }
                }
            }
        }
    }

    private static Centre centre(ChannelCounts capacity, double afterCall) {
        Centre centre = new Centre(new Simulator(), Integer.MAX_VALUE, (contact, agent) -> contact.baseServiceTime(),
                (contact, agent) -> afterCall);
        CentreAgent agent = centre.addAgent(0, "A", new double[] {0, 10_000});
        agent.setProfile(new AgentProfile("A", "pool", "A", Map.of(), Set.of(), Set.of(), 0.5, capacity));
        return centre;
    }

    private static ArrivalSource arrivals(Channel... channels) {
        return centre -> {
            for (int i = 0; i < channels.length; i++) {
                Contact contact = new Contact(i, 0, 0, 0, 100, Double.POSITIVE_INFINITY, channels[i]);
                centre.simulator().scheduleAt(new dev.attune.simulation.des.SimEvent() {
                    @Override
                    protected void fire() {
                        centre.arrive(contact);
                    }
                }, 1);
            }
        };
    }

    @Test
    void aChatAgentHoldsSeveralChatsWithinItsCapacityAndNeverMore() {
        Centre centre = centre(ChannelCounts.of(Channel.CHAT, 3), 10);
        FirstFreeSlot router = new FirstFreeSlot();
        centre.run(router, List.of(arrivals(Channel.CHAT, Channel.CHAT, Channel.CHAT, Channel.CHAT, Channel.CHAT)),
                null);
        // three chats at once from the start; the fourth and fifth wait for a slot (100 s chat + 10 s after-call)
        assertEquals(List.of("0@1:CHAT 1", "1@1:CHAT 2", "2@1:CHAT 3", "3@111:CHAT 3", "4@111:CHAT 3"), router.starts);
        assertEquals(5, centre.agents().get(0).servedContacts());
    }

    @Test
    void aFullAgentIsRefusedByTheCentre() {
        Centre centre = centre(ChannelCounts.of(Channel.CHAT, 2), 0);
        List<String> refused = new ArrayList<>();
        Router greedy = new FirstFreeSlot() {
            @Override
            public void contactArrived(Contact contact) {
                CentreAgent agent = centre.agents().get(0);
                if (agent.canTake(contact.channel())) {
                    centre.serve(contact, agent);
                } else {
                    refused.add(assertThrows(IllegalStateException.class, () -> centre.serve(contact, agent))
                            .getMessage());
                    centre.disconnect(contact);
                }
            }
        };
        centre.run(greedy, List.of(arrivals(Channel.CHAT, Channel.CHAT, Channel.CHAT, Channel.VOICE)), null);
        assertEquals(List.of("agent A has no free CHAT slot (capacity CHAT 2, taken CHAT 2)",
                "agent A has no free VOICE slot (capacity CHAT 2, taken CHAT 2)"), refused);
    }

    @Test
    void aVoiceCallNeverGoesToAnAgentOnAVoiceCallButAnEmailDoes() {
        Centre centre = centre(new ChannelCounts(Map.of(Channel.VOICE, 1, Channel.EMAIL, 1)), 0);
        FirstFreeSlot router = new FirstFreeSlot();
        centre.run(router, List.of(arrivals(Channel.VOICE, Channel.VOICE, Channel.EMAIL)), null);
        // the second voice call waits for the first to end; the email is taken beside the first voice call
        assertEquals(List.of("0@1:VOICE 1", "2@1:VOICE 1, EMAIL 1", "1@101:VOICE 1, EMAIL 1"), router.starts);
    }

    @Test
    void aOneVoiceAgentIsFreeExactlyWhenItHoldsNothing() {
        Centre centre = centre(ChannelCounts.ONE_VOICE, 0);
        CentreAgent agent = centre.agents().get(0);
        assertFalse(agent.free(), "off duty before the run");
        centre.run(new FirstFreeSlot(), List.of(arrivals(Channel.VOICE)), null);
        assertFalse(agent.engaged());
        assertTrue(agent.capacity().onlyVoice());
    }
}
