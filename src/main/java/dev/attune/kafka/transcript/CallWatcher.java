package dev.attune.kafka.transcript;

import dev.attune.core.domain.Call;
import dev.attune.core.engine.event.CallAbandoned;
import dev.attune.core.engine.event.CallArrived;
import dev.attune.core.engine.event.CallEnded;
import dev.attune.core.engine.event.CallUpdated;
import dev.attune.core.engine.event.RoutingEvent;
import dev.attune.kafka.Decoded;
import dev.attune.kafka.EventSchemas;
import dev.attune.kafka.InboundDecoder;
import dev.attune.kafka.InboundRecord;
import dev.attune.kafka.TopicNames;
import dev.attune.text.CallDirectory.CallAttributes;
import dev.attune.text.CallDirectory;

/**
 * Keeps the {@link CallDirectory} current from acd.calls, read with the router's own decoder. Records the
 * router cannot use are the router's to dead-letter: here they are simply not learned from.
 */
final class CallWatcher {
    private final InboundDecoder decoder;
    private final CallDirectory calls;

    CallWatcher(TopicNames topics, CallDirectory calls) {
        this.decoder = new InboundDecoder(new EventSchemas(), topics);
        this.calls = calls;
    }

    void watch(InboundRecord record) {
        if (!(decoder.decode(record) instanceof Decoded.Usable usable)) {
            return;
        }
        RoutingEvent event = usable.event().event();
        if (event instanceof CallArrived arrived) {
            Call c = arrived.call();
            calls.put(new CallAttributes(c.poolId(), c.id(), c.productCode(), c.language(), c.priority(),
                    c.vulnerable(), c.amountAtStake(), c.lifeEvent()));
        } else if (event instanceof CallUpdated u) {
            calls.put(new CallAttributes(u.poolId(), u.callId(), u.productCode(), u.language(), u.priority(),
                    u.vulnerable(), u.amountAtStake(), u.lifeEvent()));
        } else if (event instanceof CallAbandoned abandoned) {
            calls.remove(abandoned.poolId(), abandoned.callId());
        } else if (event instanceof CallEnded ended) {
            calls.remove(ended.poolId(), ended.callId());
        }
    }
}
