package studio.vive.booking.booking;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import studio.vive.booking.time.StudioTime;

/**
 * Access tokens let a client see and cancel their booking without an account. A token is 256
 * random bits; only its SHA-256 hash is stored (a slow hash adds nothing at that entropy), and a
 * presented token is compared in constant time with every hash of the booking.
 *
 * <p>A token is a bearer credential that travels in emails, so it does not last for ever: it
 * opens its booking until the appointment's end plus a grace period
 * ({@code vive.booking.manage-link-grace}), long enough to look the booking up afterwards.
 */
@Singleton
public class AccessTokens {

    private static final int TOKEN_BYTES = 32;

    /** Why a token was issued: kept for audit, not for access decisions. */
    public enum Purpose { BOOKING_RESPONSE, MANAGE_LINK }

    private final SecureRandom random = new SecureRandom();
    private final AccessTokenRepository tokens;
    private final StudioTime time;
    private final Duration grace;

    AccessTokens(AccessTokenRepository tokens, StudioTime time,
                 @Value("${vive.booking.manage-link-grace}") Duration grace) {
        this.tokens = tokens;
        this.time = time;
        this.grace = grace;
    }

    /** A new token for the booking; returned once, stored only as a hash. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public String issue(UUID bookingId, Purpose purpose) {
        byte[] raw = new byte[TOKEN_BYTES];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        tokens.save(new AccessToken(UUID.randomUUID(), hash(token), bookingId, purpose.name(), time.now()));
        return token;
    }

    /**
     * Whether {@code token} opens the booking. A missing token opens nothing, nor does any token
     * once the appointment ended more than the grace period ago.
     */
    @Transactional(readOnly = true)
    public boolean opens(Booking booking, String token) {
        if (token == null || token.isEmpty() || !time.now().isBefore(expiryOf(booking))) {
            return false;
        }
        byte[] presented = hash(token);
        boolean match = false;
        for (AccessToken stored : tokens.findByBookingId(booking.id())) {
            // no early exit: the time taken does not depend on which hash matched
            match |= MessageDigest.isEqual(stored.tokenHash(), presented);
        }
        return match;
    }

    /** When the booking's tokens stop opening it. */
    public Instant expiryOf(Booking booking) {
        return booking.endsAt().plus(grace);
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
