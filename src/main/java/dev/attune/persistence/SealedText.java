package dev.attune.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * A text column that holds what a call revealed (a whisper names the amount at stake, the life event, a
 * vulnerable customer; a status reason is the ACD's free text; the reasons may quote an engine note):
 * AES-256-GCM under the current journal key, stored as {@code sealed:v2:<key id>:<base64 nonce+ciphertext>},
 * so the table, its backups and a database reader see no words; the decisions API (compliance, admin) reads
 * them. The key id lets a rotated key set still open older rows ({@link JournalKeys}). Without a key nothing is
 * stored: never plain text. Rows written before sealing are read as they are; {@code sealed:v1:} values (no
 * key id, written before rotation existed) are tried under every key.
 */
@Converter
public class SealedText implements AttributeConverter<String, String> {
    static final String PREFIX = "sealed:v2:";
    static final String PREFIX_V1 = "sealed:v1:";
    private static final Logger LOG = Logger.getLogger(SealedText.class);
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static volatile JournalKeys configured;

    @Override
    public String convertToDatabaseColumn(String text) {
        return seal(text, configured());
    }

    @Override
    public String convertToEntityAttribute(String column) {
        return open(column, configured());
    }

    /** The text sealed under the current key; null for null text or when no current key is set. */
    static String seal(String text, JournalKeys keys) {
        Optional<SecretKey> sealing = keys.current();
        if (text == null || sealing.isEmpty()) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, sealing.get(), new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return PREFIX + keys.currentId().orElseThrow() + ":" + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not seal a journal column: " + e.getClass().getSimpleName());
        }
    }

    /** The words of a column: as stored when never sealed, null when no configured key opens it. */
    static String open(String column, JournalKeys keys) {
        if (column == null) {
            return null;
        }
        if (column.startsWith(PREFIX)) {
            int colon = column.indexOf(':', PREFIX.length());
            if (colon < 0) {
                return null;
            }
            return keys.key(column.substring(PREFIX.length(), colon))
                    .map(key -> decrypt(column.substring(colon + 1), key)).orElse(null);
        }
        if (column.startsWith(PREFIX_V1)) {
            return keys.all().stream().map(key -> decrypt(column.substring(PREFIX_V1.length()), key))
                    .filter(text -> text != null).findFirst().orElse(null);
        }
        return column;
    }

    /** Whether a column is already sealed under this key id (nothing for {@link JournalReseal} to do). */
    static boolean sealedUnder(String column, String keyId) {
        return column != null && column.startsWith(PREFIX + keyId + ":");
    }

    static boolean sealed(String column) {
        return column != null && (column.startsWith(PREFIX) || column.startsWith(PREFIX_V1));
    }

    private static String decrypt(String encoded, SecretKey key) {
        try {
            byte[] bytes = Base64.getDecoder().decode(encoded);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // Another key sealed it: the words are unreadable, the row is not.
            return null;
        }
    }

    /** The keys from configuration, read once. */
    static JournalKeys configured() {
        JournalKeys keys = configured;
        if (keys == null) {
            keys = JournalKeys.of(ConfigProvider.getConfig());
            if (keys.currentId().isEmpty()) {
                LOG.warn("attune.privacy.journal-key is not set: whispers, reasons and status reasons are not journalled");
            }
            configured = keys;
        }
        return keys;
    }
}
