package dev.attune.service;

import dev.attune.core.engine.event.RoutingEvent;

/** The call and the agent an event is about, to tell which event of a batch a decision answers. */
final class Subjects {
    private Subjects() {
    }

    static String call(RoutingEvent event) {
        return event.callId();
    }

    static String agent(RoutingEvent event) {
        return event.agentId();
    }
}
