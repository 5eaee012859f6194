package dev.attune.kafka;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * A dead letter as it can actually be written. The broker refuses a record over its size limit (about
 * 1 MiB by default), and a record just under that limit plus the dead-letter headers is over it: such a
 * letter is cut down (value, then the original headers, then the key) to fit, and says so in headers with
 * the original size and a SHA-256 of the whole value, so the sender can find the record it sent.
 *
 * @param key     the key to write (the original unless it alone was too large)
 * @param value   the value to write, the original's first bytes when cut
 * @param headers the headers to write
 * @param cut     what was cut, empty when the letter is whole
 */
public record FittedLetter(String key, byte[] value, Headers headers, List<String> cut) {
    /** What a record costs beyond its bytes (batch and record framing), with room to spare. */
    static final int FRAMING = 512;
    /** A key longer than this is no pool id; cut to it when the letter must shrink. */
    static final int KEY_LIMIT = 1024;

    public static FittedLetter of(DeadLetter letter, int maxBytes) {
        InboundRecord original = letter.original();
        byte[] value = original.value() == null ? new byte[0] : original.value();
        String key = original.key();
        Headers headers = letter.headers();
        if (size(key, value, headers) <= maxBytes) {
            return new FittedLetter(key, value, headers, List.of());
        }
        List<String> cut = new ArrayList<>();
        if (size(null, new byte[0], headers) > maxBytes / 4) {
            headers = letter.ownHeaders();
            cut.add("headers");
        }
        if (key != null && key.length() > KEY_LIMIT) {
            key = key.substring(0, KEY_LIMIT);
            cut.add("key");
        }
        headers.add(DeadLetter.ORIGINAL_SIZE, Integer.toString(value.length).getBytes(StandardCharsets.UTF_8));
        headers.add(DeadLetter.SHA256, sha256(value).getBytes(StandardCharsets.UTF_8));
        // The header's value is not known before the value is cut: count its longest form.
        int room = maxBytes - size(key, new byte[0], headers) - DeadLetter.TRUNCATED.length() - 32;
        if (value.length > room) {
            value = Arrays.copyOf(value, Math.max(0, room));
            cut.add(0, "value");
        }
        headers.add(DeadLetter.TRUNCATED, String.join(",", cut).getBytes(StandardCharsets.UTF_8));
        return new FittedLetter(key, value, headers, List.copyOf(cut));
    }

    /** An upper bound of the bytes the producer counts against max.request.size for one record. */
    static int size(String key, byte[] value, Headers headers) {
        long size = FRAMING + value.length + (key == null ? 0 : key.getBytes(StandardCharsets.UTF_8).length);
        for (Header header : headers) {
            size += header.key().getBytes(StandardCharsets.UTF_8).length + 10
                    + (header.value() == null ? 0 : header.value().length);
        }
        return (int) Math.min(Integer.MAX_VALUE, size);
    }

    static String sha256(byte[] value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
