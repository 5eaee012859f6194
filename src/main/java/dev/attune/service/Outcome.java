package dev.attune.service;

import dev.attune.core.engine.RoutingDirective;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * What the engine did with one event.
 *
 * @param directives the offers and rescinds it led to, in the order they were published
 * @param published  completes when every directive is on the broker (fails if one could not be sent)
 * @param failure    why the event was refused (REJECTED) or broke the engine (FAILED); null otherwise
 */
public record Outcome(Status status, List<RoutingDirective> directives, CompletionStage<Void> published,
        RuntimeException failure) {

    public enum Status {
        /** The engine took the event into account. */
        APPLIED,
        /** An event with the same identity was applied already; nothing happened. */
        DUPLICATE,
        /** The event contradicts what the engine knows (unknown agent, unknown product, ...). */
        REJECTED,
        /** The engine threw on an event it should have handled; routing goes on. */
        FAILED
    }

    static Outcome applied(List<RoutingDirective> directives, CompletionStage<Void> published) {
        return new Outcome(Status.APPLIED, List.copyOf(directives), published, null);
    }

    static Outcome duplicate() {
        return new Outcome(Status.DUPLICATE, List.of(), CompletableFuture.completedFuture(null), null);
    }

    static Outcome refused(Status status, RuntimeException failure) {
        return new Outcome(status, List.of(), CompletableFuture.completedFuture(null), failure);
    }

    public String detail() {
        return failure == null ? status.name() : failure.getMessage();
    }
}
