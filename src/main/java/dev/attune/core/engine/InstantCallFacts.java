package dev.attune.core.engine;

import dev.attune.core.domain.Call;
import dev.attune.core.scoring.CallFacts;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Each waiting call's {@link CallFacts} kept for one decision instant, so that agents coming free together in a
 * backlog (each walking every waiting call of its needs) assess each call's care need once, not once per agent
 * (two fifths of that walk at 2,000 waiting calls: docs/load-test.md).
 *
 * <p>Exact by construction: the facts are a function of the call, its hold deadline, the instant and the pool's
 * settings. A call is replaced on every change (an emotion estimate, an update), so a kept entry is used only
 * for the very same call object and hold deadline; a new instant or new settings drop them all.
 */
final class InstantCallFacts {
    private record Kept(CallFacts facts, Call call, Instant holdDeadline) {
    }

    private final Map<CallEntry, Kept> byCall = new IdentityHashMap<>();
    private Instant now;
    private EngineConfig config;

    /** {@code assess}'s facts for the call at {@code now} (null when it has none, as for a product not sold here). */
    CallFacts of(CallEntry live, Instant now, EngineConfig config, Function<CallEntry, CallFacts> assess) {
        if (!now.equals(this.now) || config != this.config) {
            byCall.clear();
            this.now = now;
            this.config = config;
        }
        Kept kept = byCall.get(live);
        if (kept != null && kept.call() == live.call && kept.holdDeadline() == live.holdDeadline) {
            return kept.facts();
        }
        CallFacts facts = assess.apply(live);
        byCall.put(live, new Kept(facts, live.call, live.holdDeadline));
        return facts;
    }
}
