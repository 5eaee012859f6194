package dev.attune.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attune.service.port.ChangeNotice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

/**
 * The JSON of a change notice on the change topic: {@code {"kind":"AGENT","subject":"a-17","origin":"attune-0/…",
 * "at":"2026-…Z"}}. Only {@code kind} is required, so an operator can announce a hand edit of the database with
 * one line of kcat.
 */
final class ChangeNotices {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ChangeNotices() {
    }

    static byte[] write(ChangeNotice notice) {
        ObjectNode node = JSON.createObjectNode()
                .put("kind", notice.kind().name())
                .put("subject", notice.subject())
                .put("origin", notice.origin())
                .put("at", notice.at().toString());
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A notice that cannot be used, with the dead-letter reason it gets. */
    static final class Refused extends IllegalArgumentException {
        final transient Rejection rejection;

        Refused(DeadLetterReason reason, String detail) {
            super(detail);
            this.rejection = new Rejection(reason, detail);
        }
    }

    /** @throws Refused naming the field that is missing or wrong */
    static ChangeNotice read(byte[] value, int maxBytes) {
        if (value == null || value.length == 0) {
            throw new Refused(DeadLetterReason.BAD_JSON, "empty change notice");
        }
        if (value.length > maxBytes) {
            throw new Refused(DeadLetterReason.TOO_LARGE, "a change notice of " + value.length + " bytes");
        }
        JsonNode node;
        try {
            node = JSON.readTree(value);
        } catch (IOException e) {
            throw new Refused(DeadLetterReason.BAD_JSON, "not JSON: " + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            throw new Refused(DeadLetterReason.BAD_JSON, "not a JSON object");
        }
        String kind = node.path("kind").asText("");
        ChangeNotice.Kind parsed;
        try {
            parsed = ChangeNotice.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Refused(DeadLetterReason.INVALID_VALUE, "kind: '" + kind + "' is none of " + java.util.Arrays.toString(ChangeNotice.Kind.values()));
        }
        Instant at;
        try {
            at = node.hasNonNull("at") ? Instant.parse(node.get("at").asText()) : Instant.now();
        } catch (RuntimeException e) {
            throw new Refused(DeadLetterReason.INVALID_VALUE, "at: not an ISO-8601 instant");
        }
        try {
            return new ChangeNotice(parsed, node.path("subject").asText(""), node.path("origin").asText("operator"), at);
        } catch (IllegalArgumentException e) {
            throw new Refused(DeadLetterReason.MISSING_FIELD, "subject: " + e.getMessage());
        }
    }
}
