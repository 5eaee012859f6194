package dev.attune.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.Product;
import dev.attune.core.domain.ServiceLevelTarget;
import dev.attune.core.engine.BatchOutcome;
import dev.attune.core.engine.PlanMode;
import dev.attune.core.engine.RoutingDirective;
import dev.attune.core.engine.RoutingEngine;
import dev.attune.core.engine.RoutingSettings;
import dev.attune.core.engine.event.AgentProfileChanged;
import dev.attune.core.engine.event.AgentStateChanged;
import dev.attune.core.engine.event.CallArrived;
import dev.attune.core.engine.event.RoutingEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pools applied side by side decide exactly what one thread decides, pool by pool, in each pool's order. */
class PoolLanesTest {
    private static final Instant NOW = Instant.parse("2026-12-06T03:00:00Z");
    private static final List<String> POOLS = List.of("pool-a", "pool-b", "pool-c", "pool-d");
    private final PoolLanes lanes = new PoolLanes(3);

    @AfterEach
    void close() {
        lanes.close();
    }

    @Test
    void aBatchOverSeveralPoolsIsDecidedAsOnOneThread() {
        RoutingCore serial = floor();
        RoutingCore sideBySide = floor();
        Random random = new Random(17);
        int decided = 0;
        for (int poll = 0; poll < 20; poll++) {
            List<RoutingEvent> batch = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String pool = POOLS.get(random.nextInt(POOLS.size()));
                batch.add(random.nextInt(4) == 0
                        ? new AgentStateChanged(pool, pool + "-agent-" + random.nextInt(30), AgentState.AVAILABLE,
                                null, NOW)
                        : call(pool, "call-" + poll + "-" + i));
            }
            BatchOutcome expected = serial.applyAll(batch);
            BatchOutcome actual = lanes.applyAll(sideBySide, batch);
            decided += expected.directives().size();
            for (String pool : POOLS) {
                assertEquals(offers(expected, pool), offers(actual, pool), "poll " + poll + ", " + pool);
            }
            assertEquals(expected.rejections().stream().map(BatchOutcome.Rejection::index).toList(),
                    actual.rejections().stream().map(BatchOutcome.Rejection::index).toList());
        }
        assertTrue(decided > 100, "the polls decided something in every pool: " + decided);
    }

    @Test
    void aRefusedEventKeepsItsIndexInTheBatch() {
        RoutingCore core = floor();
        List<RoutingEvent> batch = List.of(call("pool-a", "c1"),
                new AgentStateChanged("pool-b", "nobody", AgentState.AVAILABLE, null, NOW), call("pool-b", "c2"));
        BatchOutcome outcome = lanes.applyAll(core, batch);
        assertEquals(1, outcome.rejections().size());
        assertEquals(1, outcome.rejections().get(0).index());
        assertTrue(outcome.directives().size() >= 2, "both calls were offered: " + outcome.directives());
    }

    /** Four pools of 30 agents each, every second one available. */
    private static RoutingCore floor() {
        Catalogue catalogue = new Catalogue(List.of(new Product("GENERAL", "General", "GENERAL", 1, null, 0.1, 0.15,
                new ServiceLevelTarget(0.8, 20))));
        RoutingEngine engine = new RoutingEngine(new RoutingSettings(catalogue, null, null, null),
                Clock.fixed(NOW, ZoneOffset.UTC), PlanMode.OFF);
        for (String pool : POOLS) {
            for (int i = 0; i < 30; i++) {
                String agent = pool + "-agent-" + i;
                engine.apply(new AgentProfileChanged(new AgentProfile(agent, pool, agent, Map.of("GENERAL", 1 + i % 5),
                        Set.of("en"), Set.of(), (i % 10) / 10.0, 1), NOW));
                if (i % 2 == 0) {
                    engine.apply(new AgentStateChanged(pool, agent, AgentState.AVAILABLE, null, NOW));
                }
            }
        }
        return new EngineCore(engine);
    }

    private static CallArrived call(String pool, String id) {
        return new CallArrived(new Call(id, pool, null, "GENERAL", "en", 0, false, 0, null, null, NOW, 0, Set.of(),
                null));
    }

    /** What was decided in one pool, in order, without the decision ids (random). */
    private static List<String> offers(BatchOutcome outcome, String pool) {
        return outcome.directives().stream().filter(d -> d.poolId().equals(pool))
                .map(d -> d.getClass().getSimpleName() + " " + describe(d)).toList();
    }

    private static String describe(RoutingDirective directive) {
        return directive.offer() == null ? directive.toString() : directive.offer().callId() + "->"
                + directive.offer().agentId();
    }
}
