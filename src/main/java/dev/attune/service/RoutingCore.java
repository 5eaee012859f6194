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
import dev.attune.core.engine.event.RoutingEvent;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The routing engine as the service drives it: everything {@link EngineHost} needs, and nothing else,
 * so the host's threading, publishing and recovery are tested without the solver. Not thread-safe:
 * the host calls it from one thread only.
 */
public interface RoutingCore extends AutoCloseable {

    /**
     * Applies one event and returns the decisions it leads to.
     *
     * @throws IllegalArgumentException when the event contradicts what the engine knows (an unknown agent
     *                                  or product, an answer to an offer never made): it goes to the dead letters
     */
    List<RoutingDirective> apply(RoutingEvent event);

    /**
     * Applies a batch of events and decides everything they touched jointly. An inconsistent event is
     * refused and reported with its index; the others are applied.
     */
    BatchOutcome applyAll(List<RoutingEvent> events);

    /**
     * Whether {@link #applyAll} may run for different pools on different threads at once ({@link PoolLanes}):
     * true only for a core whose pools share no state but what is safe for that. Everything else stays one thread.
     */
    default boolean poolsIndependent() {
        return false;
    }

    /** Lets time pass: reservation deadlines, holds, the plan. Returns the decisions that makes. */
    List<RoutingDirective> tick();

    /**
     * Suspends (true) or resumes (false) routing. While suspended, events and ticks change state and may
     * end offers (a deadline passing, a caller hanging up) but never create one: a restart replays history
     * this way, adopting the offers that were actually published instead of deciding again.
     */
    void suspendRouting(boolean suspended);

    /**
     * Re-establishes an offer published before a restart: its call (waiting) is reserved for its agent
     * under the same decision id until the same deadline, so the ACD's answer to it still fits.
     *
     * @throws IllegalArgumentException when the call or the agent is unknown or not in a state to take it
     */
    void adopt(Offer offer);

    /**
     * Takes these pools over from {@code rebuilt} (a core of the same kind that replayed their history) and
     * drops those it lacks; other pools stay as they are. {@code rebuilt} is closed by the caller.
     */
    void replacePools(RoutingCore rebuilt, Set<String> poolIds);

    /** The input is known consumed up to {@code upTo}: see {@code RoutingEngine#inputConsumed}. */
    default void inputConsumed(java.time.Instant upTo) {
    }

    /** Queue health of every pool the engine knows. */
    List<PoolStatus> statuses();

    /** Every agent's live state in one pool, by id; empty for a pool the engine has never seen. */
    Map<String, AgentState> agentStates(String poolId);

    /** New weights, for every later decision and for calls already waiting. */
    void updateWeights(RoutingWeights weights);

    /** Which calls the live benchmark's control arm routes by longest idle; a stand-in core may ignore it. */
    default void updateControlArm(ControlArm controlArm) {
    }

    /** The pools that ask for the caller's exact region; a stand-in core may ignore it. */
    default void updateExactRegionPools(Set<String> poolIds) {
    }

    /** The control arm in force; null for a stand-in core that has none. */
    default ControlArm controlArm() {
        return null;
    }

    /** The weights in force. */
    RoutingWeights weights();

    /** A new product catalogue: every agent's eligibility is refiled, waiting calls reconsidered. */
    void updateCatalogue(Catalogue catalogue);

    /** Who else could take a live call, best first. @throws java.util.NoSuchElementException for an unknown call */
    List<AgentRecommendation> recommend(String poolId, String callId, int limit);

    @Override
    void close();
}
