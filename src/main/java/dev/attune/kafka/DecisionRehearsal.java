package dev.attune.kafka;

import dev.attune.core.engine.RoutingDirective;
import dev.attune.service.port.DirectiveRehearsal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The warm-up's publishing: encodes each directive as {@link DecisionPublisher} does and drops the result. A bean
 * of its own, without the publisher's emitter, because the warm-up runs before the Kafka channels are wired.
 */
@ApplicationScoped
public class DecisionRehearsal implements DirectiveRehearsal {
    private final DirectiveEncoding encoding;

    @Inject
    public DecisionRehearsal(KafkaSettings settings) {
        this.encoding = new DirectiveEncoding(settings);
    }

    @Override
    public void rehearse(RoutingDirective directive, Instant at) {
        encoding.encode(directive, at, null, null, new RecordHeaders());
    }
}
