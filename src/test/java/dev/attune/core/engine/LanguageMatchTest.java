package dev.attune.core.engine;

import static dev.attune.core.engine.Fixtures.CARDS;
import static dev.attune.core.engine.Fixtures.POOL;
import static dev.attune.core.engine.Fixtures.T0;
import static dev.attune.core.engine.Fixtures.agent;
import static dev.attune.core.engine.Fixtures.arrived;
import static dev.attune.core.engine.Fixtures.profile;
import static dev.attune.core.engine.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.LanguageTag;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * BCP 47 language tags meet on their primary language: a caller's es-US, ES or es reaches an es agent, unless
 * the pool asks for the caller's exact region.
 */
class LanguageMatchTest {
    private final ManualClock clock = new ManualClock(T0);

    @ParameterizedTest(name = "agent {0}, caller {1}: {2}")
    @CsvSource({
        "es, es-US, true", "es, ES, true", "es, es, true", "es-US, es, true", "es-MX, es-US, true",
        "es_US, es-us, true", "pt-BR, pt, true", "zh-Hant-TW, zh-CN, true",
        "en, es-US, false", "es, en-US, false", "fil, fi, false", "not a tag, not a tag, true", "not a tag, not, false"})
    void tagsMatchOnTheirPrimaryLanguage(String agent, String caller, boolean matches) {
        assertEquals(matches, LanguageTag.matches(agent, caller));
    }

    @Test
    void theRoutingKeyIsTheLowerCasePrimaryLanguage() {
        assertEquals("es", LanguageTag.routingKey("ES"));
        assertEquals("es", LanguageTag.routingKey("es-US"));
        assertEquals("es", LanguageTag.routingKey("es_US"));
        assertEquals("yue", LanguageTag.routingKey("yue-HK"));
    }

    @Test
    void aCallerWhoNeedsEsUsIsOfferedToTheAgentWhoSpeaksEs() {
        try (RoutingEngine engine = new RoutingEngine(Fixtures.settings(), clock, PlanMode.OFF)) {
            engine.apply(profile(agent("english", Map.of("CARDS", 5), 0.9, Set.of("en")), clock.instant()));
            engine.apply(profile(agent("spanish", Map.of("CARDS", 2), 0.5, Set.of("es")), clock.instant()));
            engine.apply(state("english", AgentState.AVAILABLE, clock.instant()));
            List<RoutingDirective> none = engine.apply(arrived(caller("c1", "es-US")));
            assertTrue(none.stream().noneMatch(d -> d instanceof RoutingDirective.OfferCreated),
                    "the English agent is free but cannot take a Spanish caller");
            List<RoutingDirective> offered = engine.apply(state("spanish", AgentState.AVAILABLE, clock.instant()));
            assertEquals("spanish", offered.get(0).offer().agentId(), "es-US waits for and reaches the es agent");
            List<RoutingDirective> upper = engine.apply(arrived(caller("c2", "EN")));
            assertEquals("english", upper.get(0).offer().agentId(), "EN is en");
            assertFalse(engine.apply(arrived(caller("c3", "fr-CA"))).stream()
                    .anyMatch(d -> d instanceof RoutingDirective.OfferCreated));
        }
    }

    @ParameterizedTest(name = "exact region: agent {0}, caller {1}: {2}")
    @CsvSource({
        "es-US, es-US, true", "es_us, ES-US, true", "es, es-US, false", "es-MX, es-US, false", "es-US, es, true",
        "es, es, true", "es, ES, true", "en-US, es-US, false"})
    void aPoolThatAsksForTheExactRegionMatchesTheCallersRegion(String agent, String caller, boolean matches) {
        assertEquals(matches, LanguageTag.matches(agent, caller, true));
        Call call = caller("c", caller).withExactRegion(true);
        assertEquals(matches, new dev.attune.core.domain.AgentProfile("a", POOL, "a", Map.of(), Set.of(agent),
                Set.of(), 0.5, 1).speaks(call), "the profile asks the same rule");
    }

    @Test
    void aPoolThatAsksForTheExactRegionOffersEsUsOnlyToAnEsUsAgentAndSaysSo() {
        try (RoutingEngine engine = new RoutingEngine(Fixtures.settings(), clock, PlanMode.OFF)) {
            engine.updateExactRegionPools(Set.of(POOL));
            engine.apply(profile(agent("spain", Map.of("CARDS", 5), 0.9, Set.of("es")), clock.instant()));
            engine.apply(profile(agent("mexico", Map.of("CARDS", 5), 0.9, Set.of("es-MX")), clock.instant()));
            engine.apply(profile(agent("usa", Map.of("CARDS", 2), 0.5, Set.of("es-US")), clock.instant()));
            engine.apply(state("spain", AgentState.AVAILABLE, clock.instant()));
            engine.apply(state("mexico", AgentState.AVAILABLE, clock.instant()));
            assertTrue(engine.apply(arrived(caller("c1", "es-US"))).stream()
                    .noneMatch(d -> d instanceof RoutingDirective.OfferCreated),
                    "es and es-MX agents are free but the pool asks for the caller's region");
            RoutingDirective offer = engine.apply(state("usa", AgentState.AVAILABLE, clock.instant())).get(0);
            assertEquals("usa", offer.offer().agentId());
            assertTrue(offer.offer().explanation().rulesChecked().contains(
                    "Language: speaks the caller's es-US (exact region)"), offer.offer().explanation()::toString);
            String plain = engine.apply(arrived(caller("c2", "es"))).get(0).offer().agentId();
            assertTrue(Set.of("spain", "mexico").contains(plain), "a caller without a region reaches any es agent");
        }
    }

    @Test
    void switchingThePoolBackLetsAWaitingEsUsCallerReachAnEsAgent() {
        try (RoutingEngine engine = new RoutingEngine(Fixtures.settings(), clock, PlanMode.OFF)) {
            engine.updateExactRegionPools(Set.of(POOL));
            engine.apply(profile(agent("spain", Map.of("CARDS", 5), 0.9, Set.of("es")), clock.instant()));
            engine.apply(state("spain", AgentState.AVAILABLE, clock.instant()));
            assertTrue(engine.apply(arrived(caller("c1", "es-US"))).stream()
                    .noneMatch(d -> d instanceof RoutingDirective.OfferCreated));
            engine.updateExactRegionPools(Set.of());
            List<RoutingDirective> next = engine.tick();
            assertTrue(next.stream().anyMatch(d -> d instanceof RoutingDirective.OfferCreated o
                    && o.offer().agentId().equals("spain")), next::toString);
        }
    }

    @Test
    void aCallNobodyOfItsRegionCouldTakeIsUnroutableNamingTheExactRegion() {
        try (RoutingEngine engine = new RoutingEngine(Fixtures.settings(), clock, PlanMode.OFF)) {
            engine.updateExactRegionPools(Set.of(POOL));
            engine.apply(profile(agent("spain", Map.of("CARDS", 5), 0.9, Set.of("es")), clock.instant()));
            engine.apply(arrived(caller("c1", "es-US")));
            clock.advance(java.time.Duration.ofSeconds(10));
            List<RoutingDirective> swept = engine.tick();
            assertTrue(swept.stream().anyMatch(d -> d.toString().contains("NO_LANGUAGE")
                    && d.toString().contains("speaks es-US (exact region)")), swept::toString);
        }
    }

    private Call caller(String id, String language) {
        return new Call(id, POOL, "cust-" + id, CARDS.code(), language, 0, false, 0, null, null, clock.instant(), 0,
                Set.of(), null);
    }
}
