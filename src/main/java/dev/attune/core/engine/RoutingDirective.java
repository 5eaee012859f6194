package dev.attune.core.engine;

import dev.attune.core.domain.Offer;

/** What the engine tells the outside world to do. Adapters publish these; the engine never calls them. */
public sealed interface RoutingDirective permits RoutingDirective.OfferCreated, RoutingDirective.OfferRescinded {

    Offer offer();

    /** Reserve this agent for this call until the deadline. */
    record OfferCreated(Offer offer) implements RoutingDirective {
    }

    /** Withdraw an offer (the caller hung up, or the reservation ran past its deadline with no answer). */
    record OfferRescinded(Offer offer, String reason) implements RoutingDirective {
    }
}
