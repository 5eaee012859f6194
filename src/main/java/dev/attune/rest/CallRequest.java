package dev.attune.rest;

import dev.attune.core.domain.Call;
import dev.attune.core.domain.Channel;
import dev.attune.core.engine.event.CallArrived;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A call arriving, as an ACD asks synchronously where it should go: the fields of a Kafka call.arrived
 * (docs/events.md), the pool taken from the path. Read with {@link StrictJson}.
 *
 * @param arrivedAt      when the call arrived at the ACD (the CloudEvents time of a call.arrived); now when
 *                       left out, and a time in the future counts as now
 * @param segments       as call.arrived's {@code segments}
 * @param deadlineMillis how long the ACD will wait for the answer; shortens the configured deadline, never
 *                       lengthens it (an answer sooner than asked meets a longer deadline too)
 */
@Schema(name = "TaskRequest") // the API keeps TaskRouter's names (docs/glossary.md)
public record CallRequest(
        @NotBlank @Pattern(regexp = Ids.CALL_PATTERN, message = Ids.CALL_MESSAGE) String callId,
        @Pattern(regexp = Ids.CALL_PATTERN, message = Ids.CALL_MESSAGE) String customerId,
        @NotBlank @Size(max = 64) String productCode,
        @NotBlank @Pattern(regexp = Ids.LANGUAGE_PATTERN, message = Ids.LANGUAGE_MESSAGE) String language,
        @Min(0) @Max(1000) Integer priority,
        Boolean vulnerable,
        @DecimalMin("0") @DecimalMax(Bounds.MAX_AMOUNT) Double amountAtStake,
        @Size(min = 1, max = 128) String lifeEvent,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String lastAgentId,
        Instant arrivedAt,
        @Min(0) @Max(60_000) Long deadlineMillis,
        @Schema(description = "voice, chat, email or callback; VOICE when left out") Channel channel,
        @Schema(description = "customer segment attributes the ACD knows (e.g. age-band, customer-tier), for the "
                + "fairness audit only: the declared ones are journalled, routing never reads them")
        @Size(max = 16) Map<@Pattern(regexp = SEGMENT_NAME,
                message = "must be a lower-case name of up to 32 letters, digits and dashes") String,
                @NotBlank @Size(max = 64) String> segments) {

    static final String SEGMENT_NAME = "^[a-z][a-z0-9-]{0,31}$";

    /** The call as it arrives, with its segment attributes (none when left out). */
    CallArrived toArrival(String pool, Instant now) {
        return new CallArrived(toCall(pool, now), segments);
    }

    Call toCall(String pool, Instant now) {
        Instant arrived = arrivedAt == null || arrivedAt.isAfter(now) ? now : arrivedAt;
        return InvalidRequestException.build(() -> new Call(callId, pool, customerId, productCode, language,
                priority == null ? 0 : priority, Boolean.TRUE.equals(vulnerable),
                amountAtStake == null ? 0 : amountAtStake, lifeEvent, lastAgentId, arrived, 0, Set.of(), null,
                channel));
    }
}
