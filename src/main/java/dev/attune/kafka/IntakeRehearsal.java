package dev.attune.kafka;

import dev.attune.core.engine.event.RoutingEvent;
import dev.attune.service.port.InputRehearsal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;

/**
 * The warm-up's intake: writes each synthetic event as the record an ACD would send (the envelope REST events are
 * forwarded in) and decodes it as {@link EventIntake} does, dropping the result. The event types REST never
 * writes (emotion estimates, call ends) are not rehearsed; they share the envelope, the schema check and the mapper.
 */
@ApplicationScoped
public class IntakeRehearsal implements InputRehearsal {
    private static final URI SOURCE = URI.create("urn:attune:warm-up");

    private final InboundDecoder decoder;
    private final TopicNames topics;
    private long offset;

    @Inject
    public IntakeRehearsal(KafkaSettings settings) {
        this(settings.decoder(), settings.names());
    }

    IntakeRehearsal(InboundDecoder decoder, TopicNames topics) {
        this.decoder = decoder;
        this.topics = topics;
    }

    @Override
    public synchronized void rehearse(RoutingEvent event) {
        EventType type;
        try {
            type = InputRecords.typeOf(event);
        } catch (IllegalArgumentException notWritten) {
            return;
        }
        long n = ++offset;
        byte[] value = InputRecords.envelope(event, SOURCE, "warm-up-" + n);
        Decoded decoded = decoder.decode(new InboundRecord(topics.name(type.topic()), 0, n, Instant.now(),
                event.poolId(), value, null));
        if (decoded instanceof Decoded.Unusable unusable) {
            throw new IllegalStateException("the warm-up's own record was refused: " + unusable.rejection());
        }
    }
}
