package dev.attune.service;

import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.ControlArm;
import dev.attune.core.domain.Offer;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.core.engine.AgentRecommendation;
import dev.attune.core.engine.BatchOutcome;
import dev.attune.core.engine.PoolStatus;
import dev.attune.core.engine.RoutingDirective;
import dev.attune.core.engine.RoutingEngine;
import dev.attune.core.engine.event.RoutingEvent;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The real routing engine behind the host's {@link RoutingCore} seam. It only delegates, and stays for a
 * reason: {@code RoutingEngine} lives in the core, which may not depend on the application layer
 * (docs/architecture.md), so it cannot implement {@code RoutingCore} itself; and the seam is what lets the
 * host's threading, publishing and recovery be tested on a small stand-in core, without the solver.
 */
public final class EngineCore implements RoutingCore {
    private final RoutingEngine engine;

    public EngineCore(RoutingEngine engine) {
        this.engine = engine;
    }

    @Override
    public List<RoutingDirective> apply(RoutingEvent event) {
        return engine.apply(event);
    }

    @Override
    public BatchOutcome applyAll(List<RoutingEvent> events) {
        return engine.applyAll(events);
    }

    /** The engine locks each pool on its own and keeps its pool maps concurrent. */
    @Override
    public boolean poolsIndependent() {
        return true;
    }

    @Override
    public List<RoutingDirective> tick() {
        return engine.tick();
    }

    @Override
    public void suspendRouting(boolean suspended) {
        engine.suspendRouting(suspended);
    }

    @Override
    public void adopt(Offer offer) {
        engine.adopt(offer);
    }

    @Override
    public void replacePools(RoutingCore rebuilt, Set<String> poolIds) {
        if (!(rebuilt instanceof EngineCore other)) {
            throw new IllegalArgumentException("pools come from another routing engine, not " + rebuilt);
        }
        engine.replacePools(other.engine, poolIds);
    }

    @Override
    public void inputConsumed(java.time.Instant upTo) {
        engine.inputConsumed(upTo);
    }

    @Override
    public List<PoolStatus> statuses() {
        return engine.poolIds().stream().map(engine::status).toList();
    }

    @Override
    public Map<String, AgentState> agentStates(String poolId) {
        return engine.poolIds().contains(poolId) ? engine.agentStates(poolId) : Map.of();
    }

    @Override
    public void updateCatalogue(Catalogue catalogue) {
        engine.updateCatalogue(catalogue);
    }

    @Override
    public void updateWeights(RoutingWeights weights) {
        engine.updateWeights(weights);
    }

    @Override
    public void updateExactRegionPools(Set<String> poolIds) {
        engine.updateExactRegionPools(poolIds);
    }

    @Override
    public void updateControlArm(ControlArm controlArm) {
        engine.updateControlArm(controlArm);
    }

    @Override
    public ControlArm controlArm() {
        return engine.controlArm();
    }

    @Override
    public RoutingWeights weights() {
        return engine.weights();
    }

    @Override
    public List<AgentRecommendation> recommend(String poolId, String callId, int limit) {
        return engine.recommend(poolId, callId, limit);
    }

    @Override
    public void close() {
        engine.close();
    }
}
