package dev.attune.core.engine;

import static dev.attune.core.engine.Fixtures.CARDS;
import static dev.attune.core.engine.Fixtures.CATALOGUE;
import static dev.attune.core.engine.Fixtures.T0;
import static dev.attune.core.engine.Fixtures.agent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.ChannelCounts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EligibilityIndexTest {
    private final EligibilityIndex index = new EligibilityIndex(CATALOGUE, new OpenForHolds(agentId -> 0));
    private final Agent ana = Agent.loggedOut(agent("ana", Map.of("CARDS", 4), 0.8), T0);

    @Test
    void aFreeAgentIsACandidateWithItsLatestRecord() {
        index.put(ana);
        assertTrue(index.freeFor(CARDS.code(), "en").isEmpty());

        Agent available = ana.withState(AgentState.AVAILABLE, T0.plusSeconds(1));
        index.setFree(available);
        Agent stillAvailable = available.withState(AgentState.AVAILABLE, T0.plusSeconds(30));
        index.setFree(stillAvailable);

        // the decider reads the record straight from the bucket, so it must be the newest one
        List<Agent> candidates = List.copyOf(index.freeFor(CARDS.code(), "en"));
        assertEquals(1, candidates.size());
        assertSame(stillAvailable, candidates.get(0));
    }

    @Test
    void anAgentWhoIsNoLongerFreeLeavesEveryBucket() {
        Agent available = ana.withState(AgentState.AVAILABLE, T0);
        index.put(available);
        index.setFree(available.withState(AgentState.AWAY, T0.plusSeconds(5)));

        assertTrue(index.freeFor(CARDS.code(), "en").isEmpty());
        assertEquals(List.of("ana"), List.copyOf(index.qualifiedFor(CARDS.code(), "en")));
    }

    @Test
    void anAgentWhoLacksTheLanguageIsNotACandidate() {
        index.put(ana.withState(AgentState.AVAILABLE, T0));

        assertTrue(index.freeFor(CARDS.code(), "es").isEmpty());
    }

    @Test
    void aBusyAgentWithAKnownEndIsAHoldCandidateUntilFree() {
        index.put(ana.withState(AgentState.AVAILABLE, T0));
        Agent busy = ana.withState(AgentState.BUSY, T0.plusSeconds(1)).withActiveCalls(ChannelCounts.ONE_VOICE);
        index.setFree(busy);
        assertTrue(index.freeingFor(CARDS.code(), "en").isEmpty(), "no expected end: nobody can plan a hold on them");

        Agent busyUntil = busy.withExpectedFreeAt(T0.plusSeconds(40));
        index.setFree(busyUntil);
        assertSame(busyUntil, List.copyOf(index.freeingFor(CARDS.code(), "en")).get(0));

        index.setFree(busyUntil.withActiveCalls(ChannelCounts.NONE).withState(AgentState.AVAILABLE, T0.plusSeconds(40)));
        assertTrue(index.freeingFor(CARDS.code(), "en").isEmpty());
        assertEquals(1, index.freeFor(CARDS.code(), "en").size());
    }

    /**
     * The index files an agent under a need only when the agent qualifies for every call of that need: the
     * explanation relies on it to skip re-checking the filed agents (docs/load-test.md, session 11). Tags in every
     * form the language rule reads, with and without the exact-region rule, and skills and licences both ways.
     */
    @Test
    void everyAgentFiledUnderACallsNeedQualifiesForTheCall() {
        List<String> tags = List.of("en", "EN", "es", "es-US", "es_us", "ES-mx", "pt-BR", "fr", "x", "not a tag!");
        java.util.Random random = new java.util.Random(11);
        for (int n = 0; n < 2_000; n++) {
            java.util.Set<String> languages = new java.util.LinkedHashSet<>();
            languages.add(tags.get(random.nextInt(tags.size())));
            if (random.nextBoolean()) {
                languages.add(tags.get(random.nextInt(tags.size())));
            }
            java.util.Map<String, Integer> skills = new java.util.HashMap<>();
            for (String skill : List.of("RETIREMENT", "CARDS", "FRAUD")) {
                skills.put(skill, 1 + random.nextInt(5));
            }
            java.util.Set<String> licences = random.nextBoolean() ? java.util.Set.of("SERIES_65") : java.util.Set.of();
            dev.attune.core.domain.AgentProfile profile = new dev.attune.core.domain.AgentProfile("a" + n,
                    Fixtures.POOL, "a" + n, skills, languages, licences, 0.5, 1);
            EligibilityIndex filing = new EligibilityIndex(CATALOGUE, new OpenForHolds(agentId -> 0));
            filing.put(Agent.loggedOut(profile, T0));
            for (dev.attune.core.domain.Product product : CATALOGUE.products()) {
                for (String callerTag : tags) {
                    for (boolean exactRegion : new boolean[] {false, true}) {
                        dev.attune.core.domain.Call call = new dev.attune.core.domain.Call("c", Fixtures.POOL, "cust",
                                product.code(), callerTag, 0, false, 0, null, null, T0, 0, java.util.Set.of(), null,
                                dev.attune.core.domain.Channel.VOICE, exactRegion);
                        if (filing.qualifiedFor(product.code(), call.languageKey()).contains(profile.id())) {
                            assertTrue(profile.qualifiesFor(product, call), () -> profile + " filed for " + call);
                        }
                    }
                }
            }
        }
    }
}
