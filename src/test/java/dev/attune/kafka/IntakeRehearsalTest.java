package dev.attune.kafka;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.CallOutcome;
import dev.attune.core.engine.event.AgentStateChanged;
import dev.attune.core.engine.event.CallArrived;
import dev.attune.core.engine.event.CallEnded;
import dev.attune.core.engine.event.OfferAccepted;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The warm-up's records are the ones the intake reads: each decodes cleanly through the real decoder. */
class IntakeRehearsalTest {
    private static final Instant AT = Instant.parse("2026-12-06T09:00:00Z");

    @Test
    void theWarmUpsRecordsDecodeAsAnAcdsWould() {
        IntakeRehearsal rehearsal = new IntakeRehearsal(new InboundDecoder(new EventSchemas(), TopicNames.defaults()),
                TopicNames.defaults());
        Call call = new Call("warm-up-call-1", "warm-up", "warm-up-customer-1", "GENERAL", "en", 1, true, 5_000,
                null, null, AT, 0, Set.of(), null);
        assertDoesNotThrow(() -> {
            rehearsal.rehearse(new CallArrived(call));
            rehearsal.rehearse(new AgentStateChanged("warm-up", "warm-up-agent-1", AgentState.BUSY, AT.plusSeconds(90),
                    AT));
            rehearsal.rehearse(new AgentStateChanged("warm-up", "warm-up-agent-1", AgentState.AVAILABLE, null, AT));
            rehearsal.rehearse(new OfferAccepted("warm-up", "d-1", call.id(), "warm-up-agent-1", AT));
            // not a record REST writes: left out, not refused
            rehearsal.rehearse(new CallEnded("warm-up", call.id(), "warm-up-agent-1", CallOutcome.RESOLVED, null, null,
                    AT));
        });
    }

    @Test
    void aRecordTheDecoderRefusesFailsTheWarmUpLoudly() {
        IntakeRehearsal rehearsal = new IntakeRehearsal(new InboundDecoder(new EventSchemas(), TopicNames.defaults(), 64),
                TopicNames.defaults());
        assertThrows(IllegalStateException.class, () -> rehearsal.rehearse(new AgentStateChanged("warm-up",
                "warm-up-agent-1", AgentState.AVAILABLE, null, AT)), "a record over the size limit is refused");
    }
}
