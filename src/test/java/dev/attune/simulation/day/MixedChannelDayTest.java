package dev.attune.simulation.day;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.configuration.CatalogueFile;
import dev.attune.configuration.WeightsFile;
import dev.attune.core.domain.Channel;
import dev.attune.simulation.centre.Centre;
import dev.attune.simulation.centre.CentreAgent;
import dev.attune.simulation.centre.Contact;
import dev.attune.simulation.centre.Router;
import dev.attune.simulation.routing.AttunePolicies;
import dev.attune.simulation.routing.AttuneRouter;
import dev.attune.simulation.routing.PolicySettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The mixed-channel synthetic day (config/simulation/channels.json) under every policy: after everything a
 * router does, no agent holds more contacts of a channel than its capacity (the centre would refuse it
 * anyway), chat agents do hold several chats, and the real engine never offers a contact the simulated ACD
 * must refuse for want of a slot.
 */
class MixedChannelDayTest {
    static final Path CONFIG = Path.of("config");

    /** Wraps a policy's router and checks every agent's slots after each thing it is told. */
    private static final class CapacityWatch implements Router {
        final Router inner;
        final Map<Channel, Integer> mostHeld = new EnumMap<>(Channel.class);
        Centre centre;

        CapacityWatch(Router inner) {
            this.inner = inner;
        }

        private void check() {
            for (CentreAgent agent : centre.agents()) {
                for (Channel channel : Channel.values()) {
                    int taken = agent.taken().of(channel);
                    assertTrue(taken <= agent.capacity().of(channel), agent + " holds " + agent.taken()
                            + " with capacity " + agent.capacity());
                    mostHeld.merge(channel, taken, Math::max);
                }
            }
        }

        @Override
        public void start(Centre c) {
            centre = c;
            inner.start(c);
        }

        @Override
        public void contactArrived(Contact contact) {
            inner.contactArrived(contact);
            check();
        }

        @Override
        public void agentFree(CentreAgent agent) {
            inner.agentFree(agent);
            check();
        }

        @Override
        public void contactLeft(Contact contact) {
            inner.contactLeft(contact);
        }

        @Override
        public void agentLeft(CentreAgent agent) {
            inner.agentLeft(agent);
        }

        @Override
        public void contactServed(Contact contact, CentreAgent agent) {
            inner.contactServed(contact, agent);
        }

        @Override
        public void rosterChanged() {
            inner.rosterChanged();
        }

        @Override
        public void finish() {
            inner.finish();
            if (inner instanceof AttuneRouter attune) {
                assertTrue(attune.offers() > 500, "offers " + attune.offers());
                assertEquals(0, attune.refusedOffers(), "offers the simulated ACD had to refuse");
            }
        }
    }

    @Test
    void everyPolicyKeepsEveryAgentWithinItsCapacityOnAMixedDay() {
        List<PolicyFactory> policies = new ArrayList<>(SyntheticDayReplayTest.baselines());
        policies.addAll(AttunePolicies.all(CatalogueFile.read(CONFIG.resolve("catalogue.json")),
                WeightsFile.read(CONFIG.resolve("weights.json")),
                PolicySettings.read(CONFIG.resolve("simulation/policies.json"))));
        ChannelMix mix = ChannelMix.read(CONFIG.resolve("simulation/channels.json"));
        LogReplay replay = SyntheticDayReplayTest.replay(3).withChannels(mix);
        LogReplay.Replication replication = replay.replication(0);
        Map<Channel, Long> callers = new EnumMap<>(Channel.class);
        replication.callers().forEach(c -> callers.merge(c.channel(), 1L, Long::sum));
        assertTrue(callers.get(Channel.CHAT) > 300 && callers.get(Channel.EMAIL) > 80, callers.toString());
        assertEquals(3, replication.profiles().get("MID-1").capacity().of(Channel.CHAT));
        for (PolicyFactory policy : policies) {
            List<CapacityWatch> watches = new ArrayList<>();
            DayResult result = replay.run(replication, BaselinePoliciesWatch.watched(policy, watches));
            assertTrue(result.routedCalls() > 1000, policy.name());
            assertTrue(result.value(DayMetric.ABANDONMENT) < 30, policy.name() + " " + result.values());
            Map<Channel, Integer> most = watches.get(0).mostHeld;
            assertEquals(3, most.get(Channel.CHAT), policy.name() + ": a chat agent fills its three chat slots");
            assertEquals(1, most.get(Channel.VOICE), policy.name());
            assertEquals(1, most.get(Channel.EMAIL), policy.name());
        }
    }

    @Test
    void channelDrawsLeaveTheVoiceCallersAsTheyWere() {
        ChannelMix mix = ChannelMix.read(CONFIG.resolve("simulation/channels.json"));
        LogReplay.Replication voice = SyntheticDayReplayTest.replay(3).replication(1);
        LogReplay.Replication mixed = SyntheticDayReplayTest.replay(3).withChannels(mix).replication(1);
        assertEquals(voice.callers().size(), mixed.callers().size());
        for (int i = 0; i < voice.callers().size(); i++) {
            CallerDraw before = voice.callers().get(i);
            CallerDraw after = mixed.callers().get(i);
            assertEquals(before.product(), after.product());
            assertEquals(before.arrival(), after.arrival());
            if (after.channel() == Channel.VOICE) {
                assertEquals(before.serviceTime(), after.serviceTime());
                assertEquals(before.patience(), after.patience());
            }
        }
    }

    /** Wraps a policy so each router it builds is watched. */
    private static final class BaselinePoliciesWatch {
        static PolicyFactory watched(PolicyFactory policy, List<CapacityWatch> watches) {
            return new PolicyFactory() {
                @Override
                public String name() {
                    return policy.name();
                }

                @Override
                public Router create(ReplayContext context) {
                    CapacityWatch watch = new CapacityWatch(policy.create(context));
                    watches.add(watch);
                    return watch;
                }
            };
        }
    }
}
