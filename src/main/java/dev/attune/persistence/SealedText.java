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
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * A text column that holds what a call revealed (a whisper names the amount at stake, the life event, a
 * vulnerable customer; a status reason is the ACD's free text): AES-256-GCM under attune.privacy.journal-key, so
 * the table, its backups and a database reader see no words; the decisions API (compliance, admin) reads them.
 * Without a key nothing is stored: never plain text. Rows written before sealing are read as they are.
 */
@Converter
public class SealedText implements AttributeConverter<String, String> {
    static final String PREFIX = "sealed:v1:";
    private static final Logger LOG = Logger.getLogger(SealedText.class);
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static volatile Optional<SecretKey> key;

    @Override
    public String convertToDatabaseColumn(String text) {
        Optional<SecretKey> sealing = key();
        if (text == null || sealing.isEmpty()) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, sealing.get(), new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not seal a journal column: " + e.getClass().getSimpleName());
        }
    }

    @Override
    public String convertToEntityAttribute(String column) {
        if (column == null || !column.startsWith(PREFIX)) {
            return column;
        }
        Optional<SecretKey> sealing = key();
        if (sealing.isEmpty()) {
            return null;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(column.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, sealing.get(), new GCMParameterSpec(128, bytes, 0, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // Another key sealed it (rotated without re-sealing): the words are unreadable, the row is not.
            return null;
        }
    }

    private static Optional<SecretKey> key() {
        Optional<SecretKey> current = key;
        if (current == null) {
            current = ConfigProvider.getConfig().getOptionalValue("attune.privacy.journal-key", String.class)
                    .map(encoded -> (SecretKey) new SecretKeySpec(decode(encoded), "AES"));
            if (current.isEmpty()) {
                LOG.warn("attune.privacy.journal-key is not set: whispers and status reasons are not journalled");
            }
            key = current;
        }
        return current;
    }

    private static byte[] decode(String encoded) {
        byte[] bytes = Base64.getDecoder().decode(encoded.trim());
        if (bytes.length != 32) {
            throw new IllegalStateException("attune.privacy.journal-key must be 32 bytes in base64 (openssl rand -base64 32)");
        }
        return bytes;
    }
}
