package dev.attune.persistence;

import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;

/**
 * The keys that seal journal text, each with an id stored beside what it sealed: the current key seals, every
 * key opens. Rotating means adding a new current key and keeping the old one as a previous key until
 * {@link JournalReseal} has re-sealed its rows (docs/privacy.md, "Key rotation").
 */
public final class JournalKeys {
    static final String CURRENT = "attune.privacy.journal-key";
    static final String CURRENT_ID = "attune.privacy.journal-key-id";
    static final String PREVIOUS = "attune.privacy.previous-journal-keys";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private final String currentId;
    private final Map<String, SecretKey> keys;

    private JournalKeys(String currentId, Map<String, SecretKey> keys) {
        this.currentId = currentId;
        this.keys = Map.copyOf(keys);
    }

    /**
     * @param current  the sealing key, 32 bytes in base64; empty: nothing is sealed (nor stored)
     * @param id       its id
     * @param previous earlier keys that still open rows, "id=base64,id=base64"; empty for none
     */
    public static JournalKeys of(String current, String id, String previous) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        boolean sealing = current != null && !current.isBlank();
        if (sealing) {
            keys.put(checkedId(id, CURRENT_ID), key(current, CURRENT));
        }
        for (String entry : previous == null ? new String[0] : previous.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            if (equals < 0) {
                throw new IllegalStateException(PREVIOUS + " must list id=key pairs separated by commas");
            }
            String previousId = checkedId(entry.substring(0, equals).trim(), PREVIOUS);
            if (keys.putIfAbsent(previousId, key(entry.substring(equals + 1), PREVIOUS + " (" + previousId + ")")) != null) {
                throw new IllegalStateException(PREVIOUS + " names key id " + previousId + " twice or as the current key");
            }
        }
        return new JournalKeys(sealing ? id : null, keys);
    }

    static JournalKeys of(Config config) {
        return of(config.getOptionalValue(CURRENT, String.class).orElse(""),
                config.getOptionalValue(CURRENT_ID, String.class).orElse("k1"),
                config.getOptionalValue(PREVIOUS, String.class).orElse(""));
    }

    /** The id new values are sealed under; empty when no current key is set. */
    public Optional<String> currentId() {
        return Optional.ofNullable(currentId);
    }

    Optional<SecretKey> current() {
        return currentId().map(keys::get);
    }

    Optional<SecretKey> key(String id) {
        return Optional.ofNullable(keys.get(id));
    }

    Collection<SecretKey> all() {
        return keys.values();
    }

    private static String checkedId(String id, String property) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalStateException(property + ": a key id is 1-32 letters, digits, '-' or '_'");
        }
        return id;
    }

    private static SecretKey key(String encoded, String property) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded.trim());
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(property + " must be 32 bytes in base64 (openssl rand -base64 32)");
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
