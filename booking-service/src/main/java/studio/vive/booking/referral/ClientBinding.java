package studio.vive.booking.referral;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Binds a clearance to its client: a keyed hash (HMAC) of the email (case-insensitive) and date of
 * birth. Keyed, because emails and birthdays are guessable; a plain hash would give them away.
 */
@Singleton
class ClientBinding {

    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    ClientBinding(@Value("${vive.booking.idempotency.fingerprint-secret}") String secret) {
        this.key = new SecretKeySpec(("clearance-binding:" + secret).getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    String of(String email, LocalDate dateOfBirth) {
        String subject = email.strip().toLowerCase(Locale.ROOT) + "\n" + dateOfBirth;
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(subject.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    /** Constant-time comparison of two bindings. */
    static boolean same(String one, String other) {
        return MessageDigest.isEqual(one.getBytes(StandardCharsets.UTF_8), other.getBytes(StandardCharsets.UTF_8));
    }
}
