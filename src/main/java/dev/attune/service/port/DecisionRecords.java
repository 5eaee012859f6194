package dev.attune.service.port;

import java.util.List;
import java.util.Optional;

/** The stored decisions, as compliance and the ACD read them back. */
public interface DecisionRecords {

    Optional<DecisionRecord> find(String decisionId);

    /** Every decision about the call, oldest first. */
    List<DecisionRecord> forCall(String callId);

    /** What Attune announced about the call besides its offers (refused, its agent set away), oldest first. */
    List<RoutingNotice> noticesForCall(String callId);
}
