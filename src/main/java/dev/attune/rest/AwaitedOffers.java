package dev.attune.rest;

import dev.attune.core.domain.Offer;
import dev.attune.core.engine.RoutingDirective;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Synchronous routing requests waiting for their call's offer. A call that is not offered at once may be
 * offered a moment later (the next tick adopts a plan, a hold for a better agent ends, an agent frees up);
 * the engine host fires every decision as a CDI event, and this hands it to whoever waits for that call.
 */
@ApplicationScoped
public class AwaitedOffers {
    private final Map<String, CompletableFuture<Offer>> waiting = new ConcurrentHashMap<>();

    /** The next offer for this call; register before handing the call to the engine so none is missed. */
    public CompletableFuture<Offer> await(String pool, String callId) {
        return waiting.computeIfAbsent(key(pool, callId), k -> new CompletableFuture<>());
    }

    public void forget(String pool, String callId, CompletableFuture<Offer> awaited) {
        waiting.remove(key(pool, callId), awaited);
    }

    // Before the journal's own observer: a waiting request should not wait for a database write.
    void onDirective(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) RoutingDirective directive) {
        if (directive instanceof RoutingDirective.OfferCreated created) {
            Offer offer = created.offer();
            CompletableFuture<Offer> awaited = waiting.remove(key(offer.poolId(), offer.callId()));
            if (awaited != null) {
                awaited.complete(offer);
            }
        }
    }

    private static String key(String pool, String callId) {
        return pool + '\n' + callId;
    }
}
