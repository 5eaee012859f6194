package dev.attune.rest;

import dev.attune.core.domain.Offer;
import dev.attune.core.engine.RoutingDirective;
import dev.attune.service.Outcome;
import java.util.List;
import java.util.Optional;

/** What an engine outcome means for a REST answer. */
final class Outcomes {
    private Outcomes() {
    }

    /**
     * Passes applied (and duplicate) outcomes through. An event the engine refused as contradicting what it
     * knows is the client's mistake, answered with 400 and the engine's reason; an engine failure is ours (500).
     */
    static Outcome require(Outcome outcome) {
        return switch (outcome.status()) {
            case APPLIED, DUPLICATE -> outcome;
            case REJECTED -> throw new InvalidRequestException(outcome.detail());
            case FAILED -> throw new RoutingFailedException(outcome.detail());
        };
    }

    /** The offers an event led to at once. */
    static List<Offer> offers(Outcome outcome) {
        return outcome.directives().stream()
                .filter(d -> d instanceof RoutingDirective.OfferCreated)
                .map(RoutingDirective::offer)
                .toList();
    }

    static Optional<Offer> offerFor(Outcome outcome, String callId) {
        return offers(outcome).stream().filter(o -> o.callId().equals(callId)).findFirst();
    }
}
