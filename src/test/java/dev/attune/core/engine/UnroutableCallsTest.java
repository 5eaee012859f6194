package dev.attune.core.engine;

import static dev.attune.core.engine.Fixtures.CARDS;
import static dev.attune.core.engine.Fixtures.POOL;
import static dev.attune.core.engine.Fixtures.ROLLOVER;
import static dev.attune.core.engine.Fixtures.T0;
import static dev.attune.core.engine.Fixtures.agent;
import static dev.attune.core.engine.Fixtures.arrived;
import static dev.attune.core.engine.Fixtures.call;
import static dev.attune.core.engine.Fixtures.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.Channel;
import dev.attune.core.domain.ChannelCounts;
import dev.attune.core.engine.RoutingDirective.CallUnroutable;
import dev.attune.core.engine.event.AgentRemoved;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A call no agent of its pool could ever take is refused with the rule nobody met, never left waiting. */
class UnroutableCallsTest {
    private final ManualClock clock = new ManualClock(T0);
    private final RoutingEngine engine = new RoutingEngine(Fixtures.settings(), clock, PlanMode.OFF);

    @AfterEach
    void close() {
        engine.close();
    }

    private CallUnroutable refusedAtNextTick() {
        clock.advanceSeconds(1);
        List<RoutingDirective> out = engine.tick();
        assertEquals(1, out.size(), () -> "expected one refusal, got " + out);
        return assertInstanceOf(CallUnroutable.class, out.get(0));
    }

    @Test
    void aCallToAPoolWithNoAgentsIsRefused() {
        engine.apply(arrived(call("c1", CARDS, clock.instant())));
        CallUnroutable refused = refusedAtNextTick();
        assertEquals(Unroutability.UNKNOWN_POOL, refused.reason());
        assertEquals("c1", refused.callId());
        assertTrue(engine.status(POOL).waitingCalls().isEmpty(), "the refused call no longer waits");
        assertTrue(engine.tick().isEmpty(), "refused once");
    }

    @Test
    void theFirstRuleNobodyMeetsIsNamedWhateverTheAgentsStates() {
        // logged out (never logged in) agents count: only their profiles matter
        engine.apply(profile(agent("ann", Map.of("RETIREMENT", 4), 0.5, Set.of("es")), clock.instant()));
        engine.apply(profile(new AgentProfile("bob", POOL, "bob", Map.of("RETIREMENT", 5), Set.of("en"), Set.of(),
                0.5, 1), clock.instant()));
        engine.apply(arrived(call("c1", ROLLOVER, clock.instant())));
        CallUnroutable noLicence = refusedAtNextTick();
        assertEquals(Unroutability.NO_LICENCE, noLicence.reason());
        assertEquals("Required licence: no agent with RETIREMENT who speaks en holds SERIES_65", noLicence.rule());

        engine.apply(arrived(call("c2", CARDS, clock.instant())));
        CallUnroutable noSkill = refusedAtNextTick();
        assertEquals(Unroutability.NO_SKILL, noSkill.reason());
        assertEquals("Required skill: no agent has CARDS at the minimum 1", noSkill.rule());
    }

    @Test
    void aCallStrandedByARosterChangeIsRefusedThen() {
        engine.apply(profile(agent("ann", Map.of("CARDS", 3), 0.5), clock.instant()));
        engine.apply(arrived(call("c1", CARDS, clock.instant())));
        clock.advanceSeconds(5);
        assertTrue(engine.tick().isEmpty(), "a logged-out but qualified agent could still take it");
        engine.apply(new AgentRemoved(POOL, "ann", "deleted", clock.instant()));
        CallUnroutable refused = refusedAtNextTick();
        assertEquals(Unroutability.UNKNOWN_POOL, refused.reason(), "the pool's last agent went");
    }

    @Test
    void judgedByInputNoCallIsRefusedBeforeTheInputBeforeItIsConsumed() {
        engine.judgeDeadlinesByInput(Duration.ofSeconds(2));
        engine.apply(arrived(call("c1", CARDS, clock.instant())));
        clock.advanceSeconds(10);
        assertTrue(engine.tick().isEmpty(), "no proof yet that a profile published before the call was read");
        engine.inputConsumed(T0.plusSeconds(1));
        assertTrue(engine.tick().isEmpty(), "consumed up to 1 s, minus the 2 s grace: not yet");
        engine.inputConsumed(T0.plusSeconds(3));
        assertEquals(Unroutability.UNKNOWN_POOL, refusedAtNextTick().reason());
    }

    @Test
    void aCallSomeAgentQualifiesForIsNeverGivenAVerdictLicenceOrNot() {
        // the wrinkle: with no licence required the old wording said NO_LANGUAGE though ann speaks es
        engine.apply(profile(agent("ann", Map.of("CARDS", 3), 0.5, Set.of("es")), clock.instant()));
        Call caller = new Call("c1", POOL, "cust-c1", CARDS.code(), "ES-us", 0, false, 0, null, null,
                clock.instant(), 0, Set.of(), null);
        engine.apply(arrived(caller));
        clock.advanceSeconds(5);
        assertTrue(engine.tick().isEmpty(), "es serves ES-us: the call waits for ann, it is not refused");

        EligibilityIndex index = new EligibilityIndex(Fixtures.CATALOGUE, new OpenForHolds(agentId -> 0));
        Agent ann = Agent.loggedOut(agent("ann", Map.of("CARDS", 3), 0.5, Set.of("es")), T0);
        index.put(ann);
        assertTrue(UnroutableCalls.verdict(caller, CARDS, List.of(ann), index).isEmpty(),
                "the verdict's wording comes from the index that routes the call");
    }

    @Test
    void noLanguageIsNamedOnlyWhenNoSkilledAgentSpeaksIt() {
        engine.apply(profile(agent("ann", Map.of("CARDS", 3), 0.5, Set.of("fr")), clock.instant()));
        engine.apply(profile(agent("bob", Map.of("FRAUD", 3), 0.5, Set.of("en")), clock.instant()));
        engine.apply(arrived(call("c1", CARDS, clock.instant())));
        CallUnroutable refused = refusedAtNextTick();
        assertEquals(Unroutability.NO_LANGUAGE, refused.reason(), "bob speaks en but lacks CARDS");
        assertEquals("Language: no agent with CARDS speaks en", refused.rule());
    }

    @Test
    void aChatInAPoolWhereNobodyQualifiedTakesChatsIsRefusedAndAVoiceCallIsNot() {
        // ann takes chats but lacks CARDS; bob has CARDS and takes voice calls only
        engine.apply(profile(new AgentProfile("ann", POOL, "ann", Map.of("FRAUD", 3), Set.of("en"), Set.of(), 0.5,
                ChannelCounts.of(Channel.CHAT, 3)), clock.instant()));
        engine.apply(profile(agent("bob", Map.of("CARDS", 3), 0.5), clock.instant()));
        engine.apply(arrived(call("voice", CARDS, clock.instant())));
        engine.apply(arrived(call("chat", CARDS, clock.instant()).onChannel(Channel.CHAT)));
        CallUnroutable refused = refusedAtNextTick();
        assertEquals("chat", refused.callId());
        assertEquals(Unroutability.NO_CHANNEL, refused.reason());
        assertEquals("Agent capacity: no agent with CARDS who speaks en takes CHAT calls", refused.rule());
        assertEquals(1, engine.status(POOL).waitingCalls().size(), "the voice call waits for bob");

        engine.apply(profile(new AgentProfile("bob", POOL, "bob", Map.of("CARDS", 3), Set.of("en"), Set.of(), 0.5,
                ChannelCounts.of(Channel.CHAT, 2)), clock.instant()));
        CallUnroutable stranded = refusedAtNextTick();
        assertEquals("voice", stranded.callId(), "bob now takes chats only: the voice call is stranded");
        assertEquals("Agent capacity: no agent with CARDS who speaks en takes VOICE calls", stranded.rule());
    }
}
