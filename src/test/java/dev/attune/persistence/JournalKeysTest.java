package dev.attune.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Sealed values name their key; a rotated key set opens what earlier keys sealed, and only that. */
class JournalKeysTest {
    private static final String WORDS = "bereavement, vulnerable customer, $180k at stake";
    private final String oldKey = newKey();
    private final String newKey = newKey();

    static String newKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void aValueNamesTheKeyThatSealedIt() {
        String sealed = SealedText.seal(WORDS, JournalKeys.of(oldKey, "2026-01", ""));
        assertTrue(sealed.startsWith("sealed:v2:2026-01:"), sealed);
        assertTrue(SealedText.sealedUnder(sealed, "2026-01"));
    }

    @Test
    void afterRotationOldValuesOpenAndNewOnesUseTheNewKey() {
        String before = SealedText.seal(WORDS, JournalKeys.of(oldKey, "k1", ""));
        JournalKeys rotated = JournalKeys.of(newKey, "k2", "k1=" + oldKey);
        assertEquals(WORDS, SealedText.open(before, rotated));
        String after = SealedText.seal(WORDS, rotated);
        assertTrue(after.startsWith("sealed:v2:k2:"), after);
        assertEquals(WORDS, SealedText.open(after, JournalKeys.of(newKey, "k2", "")));
        assertNull(SealedText.open(before, JournalKeys.of(newKey, "k2", "")), "the old key was dropped");
    }

    @Test
    void aValueWithoutKeyIdOpensUnderWhicheverKeySealedIt() {
        String v2 = SealedText.seal(WORDS, JournalKeys.of(oldKey, "k1", ""));
        String v1 = SealedText.PREFIX_V1 + v2.substring("sealed:v2:k1:".length());
        assertEquals(WORDS, SealedText.open(v1, JournalKeys.of(newKey, "k2", "k1=" + oldKey)));
        assertNull(SealedText.open(v1, JournalKeys.of(newKey, "k2", "")));
    }

    @Test
    void withoutAKeyNothingIsSealedAndPlainTextReadsAsItIs() {
        assertNull(SealedText.seal(WORDS, JournalKeys.of("", "k1", "")));
        assertEquals("[\"plain\"]", SealedText.open("[\"plain\"]", JournalKeys.of(newKey, "k1", "")));
    }

    @Test
    void badKeySettingsAreRefusedWithThePropertyName() {
        assertTrue(assertThrows(IllegalStateException.class, () -> JournalKeys.of("c2hvcnQ=", "k1", ""))
                .getMessage().contains("attune.privacy.journal-key"));
        assertTrue(assertThrows(IllegalStateException.class, () -> JournalKeys.of(newKey, "k1", "k1=" + oldKey))
                .getMessage().contains("twice"));
        assertTrue(assertThrows(IllegalStateException.class, () -> JournalKeys.of(newKey, "k 1", ""))
                .getMessage().contains("key id"));
        assertTrue(assertThrows(IllegalStateException.class, () -> JournalKeys.of(newKey, "k2", oldKey))
                .getMessage().contains(JournalKeys.PREVIOUS));
    }
}
