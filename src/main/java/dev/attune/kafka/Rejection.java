package dev.attune.kafka;

import java.util.Objects;

/** Why a record cannot be used: a reason code for metrics and a detail for the integrator who fixes it. */
public record Rejection(DeadLetterReason reason, String detail) {
    public Rejection {
        Objects.requireNonNull(reason, "reason");
        detail = detail == null ? reason.name() : detail;
    }

    /** Thrown inside the decoder and caught at its edge, so each check reads as one line. */
    static final class Failure extends RuntimeException {
        final Rejection rejection;

        Failure(DeadLetterReason reason, String detail) {
            super(detail, null, false, false);
            this.rejection = new Rejection(reason, detail);
        }
    }

    static Failure fail(DeadLetterReason reason, String detail) {
        return new Failure(reason, detail);
    }
}
