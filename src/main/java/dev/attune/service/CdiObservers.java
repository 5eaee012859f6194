package dev.attune.service;

import dev.attune.core.engine.RoutingDirective;
import dev.attune.core.engine.event.RoutingEvent;
import jakarta.enterprise.event.Event;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Tells in-process observers (the dashboard's recent decisions and today's tally) what the engine did, one
 * CDI event per entry ({@code @Observes RoutingDirective}, {@code @Observes RoutingEvent}). They keep state
 * in memory and are not idempotent, so this never fails a batch (which would be written again): a failing
 * observer is logged and the other entries still reach it.
 */
final class CdiObservers implements JournalSink {
    private static final Logger LOG = Logger.getLogger(CdiObservers.class);

    private final Event<RoutingDirective> directives;
    private final Event<RoutingEvent> events;

    CdiObservers(Event<RoutingDirective> directives, Event<RoutingEvent> events) {
        this.directives = directives;
        this.events = events;
    }

    @Override
    public void write(List<JournalEntry> batch) {
        for (JournalEntry entry : batch) {
            try {
                if (entry instanceof JournalEntry.Decided decided) {
                    directives.fire(decided.directive());
                } else if (entry instanceof JournalEntry.Applied applied) {
                    events.fire(applied.event());
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "an observer failed on %s", entry.describe());
            }
        }
    }
}
