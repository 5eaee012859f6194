package dev.attune.core.solver;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.CareNeed;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.EmotionalLoad;
import dev.attune.core.domain.Product;
import dev.attune.core.domain.ServiceLevelTarget;
import dev.attune.core.scoring.SkillPressure;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small contact centre for solver tests: a licensed rollover line and a general line. */
final class RoutingFixtures {
    static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

    static final Product ROLLOVER = new Product("401K_ROLLOVER", "401(k) rollover", "retirement", 3, "SERIES_7",
            0.8, 0.5, new ServiceLevelTarget(0.8, 20));
    static final Product GENERAL = new Product("GENERAL", "General enquiry", "general", 1, null,
            0.1, 0.2, new ServiceLevelTarget(0.8, 60));
    static final Product FRAUD = new Product("FRAUD_DISPUTE", "Fraud dispute", "fraud", 2, null,
            0.7, 0.6, new ServiceLevelTarget(0.8, 20));
    static final Catalogue CATALOGUE = new Catalogue(List.of(ROLLOVER, GENERAL, FRAUD));

    private RoutingFixtures() {
    }

    static AgentProfile profile(String id, Map<String, Integer> skills, double empathy) {
        return new AgentProfile(id, "pool", id, skills, Set.of("en"), Set.of("SERIES_7"), empathy, 1);
    }

    static Agent available(String id, Map<String, Integer> skills, double empathy, long idleSeconds) {
        return new Agent(profile(id, skills, empathy), AgentState.AVAILABLE, NOW.minusSeconds(idleSeconds), 0, null,
                EmotionalLoad.none(NOW), 0.5);
    }

    static Agent busyUntil(String id, Map<String, Integer> skills, double empathy, long secondsFromNow) {
        return new Agent(profile(id, skills, empathy), AgentState.BUSY, NOW.minusSeconds(120), 1,
                NOW.plusSeconds(secondsFromNow), EmotionalLoad.none(NOW), 0.5);
    }

    /** A planned agent free now with one slot, no load, no skill pressure. */
    static PlannedAgent plannedAgent(AgentProfile profile) {
        return new PlannedAgent(new Agent(profile, AgentState.AVAILABLE, NOW, 0, null, null, 0),
                0, 1, 0, 0, SkillPressure.none());
    }

    static PlannedAgent plannedAgent(String id) {
        return plannedAgent(profile(id, Map.of("retirement", 4, "general", 3), 0.5));
    }

    static Call call(String id, Product product) {
        return new Call(id, "pool", "cust-" + id, product.code(), "en", 0, false, 0, null, null,
                NOW.minusSeconds(10), 1, Set.of(), null);
    }

    /** A waiting call with a given care need, waited 10 s, no hold allowed. */
    static WaitingCall waiting(Call call, Product product, CareNeed care) {
        return new WaitingCall(call, product, care, 10, 0, List.of());
    }

    static WaitingCall waiting(String id, Product product) {
        return waiting(call(id, product), product, new CareNeed(0.5, 0.5, 0.5));
    }

    static WaitingCall assign(WaitingCall call, PlannedAgent agent) {
        call.setAgent(agent);
        return call;
    }
}
