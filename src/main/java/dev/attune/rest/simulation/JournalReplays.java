package dev.attune.rest.simulation;

import dev.attune.learning.JournalledCall;
import dev.attune.rest.InvalidRequestException;
import dev.attune.service.port.JournalledCallSource;
import dev.attune.service.port.RoutingSetupSource;
import dev.attune.simulation.whatif.JournalTraffic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/** The journalled traffic a what-if asks to replay, checked field by field and read from the journal. */
@ApplicationScoped
public class JournalReplays {
    /** Pool ids as the roster takes them (docs/api.md). */
    private static final Pattern POOL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    private final JournalledCallSource journal;
    private final RoutingSetupSource setup;
    private final WhatIfSettings settings;

    @Inject
    public JournalReplays(JournalledCallSource journal, RoutingSetupSource setup, WhatIfSettings settings) {
        this.journal = journal;
        this.setup = setup;
        this.settings = settings;
    }

    /** @throws InvalidRequestException naming from, to or pool when the period cannot be replayed */
    JournalTraffic traffic(WhatIfRequest request) {
        if (request.from() == null) {
            throw new InvalidRequestException("from", "is needed to replay the journal (an ISO-8601 instant)");
        }
        if (request.to() == null) {
            throw new InvalidRequestException("to", "is needed to replay the journal (an ISO-8601 instant)");
        }
        if (!request.to().isAfter(request.from())) {
            throw new InvalidRequestException("to", "must be after from");
        }
        if (Duration.between(request.from(), request.to()).compareTo(Duration.ofDays(settings.maxJournalDays())) > 0) {
            throw new InvalidRequestException("to", "must be at most " + settings.maxJournalDays() + " days after from");
        }
        String pool = request.pool() == null || request.pool().isBlank() ? null : request.pool();
        if (pool != null && !POOL.matcher(pool).matches()) {
            throw new InvalidRequestException("pool", "must be 1-128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
        }
        List<JournalledCall> calls = journal.arrivedBetween(request.from(), request.to(), pool,
                settings.maxJournalCalls() + 1);
        if (calls.isEmpty()) {
            throw new InvalidRequestException("from", "no call was journalled from " + request.from() + " to "
                    + request.to() + (pool == null ? "" : " in pool " + pool));
        }
        if (calls.size() > settings.maxJournalCalls()) {
            throw new InvalidRequestException("to", "the period holds more than " + settings.maxJournalCalls()
                    + " calls: choose a shorter one");
        }
        String what = String.format("journalled traffic of %s, %s to %s", pool == null ? "every pool" : "pool " + pool,
                request.from(), request.to());
        return new JournalTraffic(calls, pool == null ? setup.roster() : setup.roster(pool), what);
    }
}
