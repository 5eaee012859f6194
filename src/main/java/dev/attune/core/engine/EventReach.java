package dev.attune.core.engine;

import dev.attune.core.engine.event.AgentProfileChanged;
import dev.attune.core.engine.event.AgentRemoved;
import dev.attune.core.engine.event.AgentStateChanged;
import dev.attune.core.engine.event.CallArrived;
import dev.attune.core.engine.event.OfferAccepted;
import dev.attune.core.engine.event.OfferRejected;
import dev.attune.core.engine.event.OfferTimedOut;
import dev.attune.core.engine.event.RoutingEvent;

/** How an event finds its pool: arrivals and profiles may create one; events about an agent need one. */
enum EventReach {
    ARRIVAL, PROFILE, ABOUT_AGENT, ABOUT_CALL;

    private static final RoutingEvent.Visitor<EventReach> OF = new RoutingEvent.Selective<>() {
        @Override
        public EventReach otherwise(RoutingEvent event) {
            return ABOUT_CALL;
        }

        @Override
        public EventReach callArrived(CallArrived event) {
            return ARRIVAL;
        }

        @Override
        public EventReach agentProfileChanged(AgentProfileChanged event) {
            return PROFILE;
        }

        @Override
        public EventReach agentRemoved(AgentRemoved event) {
            return ABOUT_AGENT;
        }

        @Override
        public EventReach agentStateChanged(AgentStateChanged event) {
            return ABOUT_AGENT;
        }

        @Override
        public EventReach offerAccepted(OfferAccepted event) {
            return ABOUT_AGENT;
        }

        @Override
        public EventReach offerRejected(OfferRejected event) {
            return ABOUT_AGENT;
        }

        @Override
        public EventReach offerTimedOut(OfferTimedOut event) {
            return ABOUT_AGENT;
        }
    };

    static EventReach of(RoutingEvent event) {
        return event.accept(OF);
    }

    boolean mayCreatePool() {
        return this == ARRIVAL || this == PROFILE;
    }
}
