package dev.attune.kafka;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attune.core.engine.RoutingDirective.AgentSetAway;
import dev.attune.core.engine.RoutingDirective.CallUnroutable;

/** The data of the notices Attune publishes beside its offers: agent.set-away and call.unroutable. */
final class NoticeData {
    private NoticeData() {
    }

    static ObjectNode setAway(ObjectNode data, AgentSetAway away) {
        return data.put("poolId", away.poolId())
                .put("agentId", away.agentId())
                .put("decisionId", away.offer().decisionId())
                .put("callId", away.callId())
                .put("reason", away.reason())
                .put("setAwayAt", away.at().toString());
    }

    static ObjectNode unroutable(ObjectNode data, CallUnroutable refused) {
        return data.put("poolId", refused.poolId())
                .put("callId", refused.callId())
                .put("reason", refused.reason().name())
                .put("rule", refused.rule())
                .put("refusedAt", refused.at().toString());
    }
}
