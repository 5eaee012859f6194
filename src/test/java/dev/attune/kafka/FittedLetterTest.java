package dev.attune.kafka;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/** Dead letters of every size fit the broker's limit, and say what they lost. */
class FittedLetterTest {
    private static final int LIMIT = 100_000;
    private static final Rejection TOO_LARGE = new Rejection(DeadLetterReason.TOO_LARGE, "too large");

    private static DeadLetter letter(String key, byte[] value, Headers headers, String eventId) {
        return new DeadLetter(new InboundRecord("acd.calls", 3, 42, Instant.EPOCH, key, value, headers),
                TOO_LARGE, eventId, null, Instant.EPOCH);
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    void aLetterThatFitsIsSentWhole() {
        byte[] value = "{}".getBytes(StandardCharsets.UTF_8);
        FittedLetter fitted = FittedLetter.of(letter("pool-1", value, null, "e1"), LIMIT);
        assertEquals(List.of(), fitted.cut());
        assertArrayEquals(value, fitted.value());
        assertNull(header(fitted.headers(), DeadLetter.TRUNCATED));
    }

    @Test
    void aValueJustUnderTheLimitIsCutWithItsSizeHashAndPosition() {
        byte[] value = new byte[LIMIT - 100];
        Arrays.fill(value, (byte) 'x');
        FittedLetter fitted = FittedLetter.of(letter("pool-1", value, null, "e1"), LIMIT);
        assertEquals(List.of("value"), fitted.cut());
        assertTrue(FittedLetter.size(fitted.key(), fitted.value(), fitted.headers()) <= LIMIT);
        assertEquals(Integer.toString(value.length), header(fitted.headers(), DeadLetter.ORIGINAL_SIZE));
        assertEquals(FittedLetter.sha256(value), header(fitted.headers(), DeadLetter.SHA256));
        assertEquals("42", header(fitted.headers(), DeadLetter.OFFSET));
        assertEquals("pool-1", fitted.key());
    }

    @Test
    void hugeHeadersKeysAndIdsAreCutToo() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(new RecordHeader("junk", new byte[LIMIT]));
        String key = "k".repeat(LIMIT / 2);
        FittedLetter fitted = FittedLetter.of(letter(key, new byte[10], headers, "i".repeat(LIMIT / 2)), LIMIT);
        assertEquals(List.of("headers", "key"), fitted.cut());
        assertNull(fitted.headers().lastHeader("junk"));
        assertEquals(FittedLetter.KEY_LIMIT, fitted.key().length());
        assertNotNull(header(fitted.headers(), DeadLetter.REASON));
        assertTrue(header(fitted.headers(), DeadLetter.EVENT_ID).length() < 1100);
        assertTrue(FittedLetter.size(fitted.key(), fitted.value(), fitted.headers()) <= LIMIT);
        assertEquals(10, fitted.value().length);
    }
}
