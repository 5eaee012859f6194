package dev.attune.service;

import dev.attune.core.engine.event.AgentProfileChanged;
import dev.attune.core.engine.event.AgentStateChanged;
import dev.attune.core.engine.event.CallAbandoned;
import dev.attune.core.engine.event.CallArrived;
import dev.attune.core.engine.event.CallEnded;
import dev.attune.core.engine.event.CallUpdated;
import dev.attune.core.engine.event.EmotionEstimated;
import dev.attune.core.engine.event.OfferAccepted;
import dev.attune.core.engine.event.OfferRejected;
import dev.attune.core.engine.event.OfferTimedOut;
import dev.attune.core.engine.event.RoutingEvent;

/** The call and the agent an event is about, to tell which event of a batch a decision answers. */
final class Subjects {
    private Subjects() {
    }

    static String call(RoutingEvent event) {
        if (event instanceof CallArrived e) {
            return e.call().id();
        } else if (event instanceof CallUpdated e) {
            return e.callId();
        } else if (event instanceof CallAbandoned e) {
            return e.callId();
        } else if (event instanceof CallEnded e) {
            return e.callId();
        } else if (event instanceof EmotionEstimated e) {
            return e.estimate().callId();
        } else if (event instanceof OfferAccepted e) {
            return e.callId();
        } else if (event instanceof OfferRejected e) {
            return e.callId();
        } else if (event instanceof OfferTimedOut e) {
            return e.callId();
        }
        return null;
    }

    static String agent(RoutingEvent event) {
        if (event instanceof AgentStateChanged e) {
            return e.agentId();
        } else if (event instanceof AgentProfileChanged e) {
            return e.profile().id();
        } else if (event instanceof CallEnded e) {
            return e.agentId();
        } else if (event instanceof OfferAccepted e) {
            return e.agentId();
        } else if (event instanceof OfferRejected e) {
            return e.agentId();
        } else if (event instanceof OfferTimedOut e) {
            return e.agentId();
        }
        return null;
    }
}
