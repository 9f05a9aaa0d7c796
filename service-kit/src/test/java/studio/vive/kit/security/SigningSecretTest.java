package studio.vive.kit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shared JWT secret must be set and long enough for HS256. */
class SigningSecretTest {

    @Test
    void aSecretOfAtLeast32BytesIsUsable() {
        assertEquals(Optional.empty(), SigningSecret.problem("0123456789abcdef0123456789abcdef"));
    }

    @Test
    void aMissingSecretIsRefused() {
        assertTrue(SigningSecret.problem(null).orElseThrow().contains("JWT_SECRET must be set"));
        assertTrue(SigningSecret.problem("").orElseThrow().contains("JWT_SECRET must be set"));
    }

    @Test
    void aSecretShorterThan32BytesIsRefused() {
        assertTrue(SigningSecret.problem("0123456789abcdef0123456789abcde").orElseThrow().contains("at least 32 bytes"));
    }

    @Test
    void bytesNotCharactersAreCounted() {
        // 16 two-byte characters: 32 bytes
        assertEquals(Optional.empty(), SigningSecret.problem("é".repeat(16)));
    }
}
