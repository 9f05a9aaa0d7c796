package studio.vive.booking.referral;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Clearance codes: 256 random bits (URL-safe Base64, 43 characters), stored only as a SHA-256 hash.
 * As with access tokens, a plain hash suffices for a value this random.
 */
@Singleton
class ClearanceCodes {

    private static final int CODE_BYTES = 32;
    private final SecureRandom random = new SecureRandom();

    String newCode() {
        byte[] code = new byte[CODE_BYTES];
        random.nextBytes(code);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(code);
    }

    static byte[] hash(String code) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
