package studio.vive.booking.booking;

import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import studio.vive.contracts.ScreeningAnswers;

/**
 * Identifies "the same request" for Idempotency-Key replays: an HMAC of the normalised request
 * (the same instant written with another offset is the same request). Keyed, because the answers
 * have few possible values: a plain hash stored next to the booking would give them away.
 */
@Singleton
class RequestFingerprint {

    private static final String ALGORITHM = "HmacSHA256";

    /** Initialised once; each fingerprint works on a clone (a provider lookup and key set-up per request cost more). */
    private final Mac keyed;
    private final JsonMapper json;

    RequestFingerprint(@Value("${vive.booking.idempotency.fingerprint-secret}") String secret, JsonMapper json) {
        this.keyed = keyedMac(secret);
        this.json = json;
    }

    private static Mac keyedMac(String secret) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    String of(BookingRequest request) {
        ClientDetails client = request.client();
        Normalised normalised = new Normalised(client.name(), client.email(), client.phone(), client.dateOfBirth(),
                request.serviceCode(), request.therapistId(), request.startsAt().toInstant(), request.screening(),
                request.consent(), request.clearanceCode());
        try {
            Mac mac = (Mac) keyed.clone();
            return HexFormat.of().formatHex(mac.doFinal(json.writeValueAsBytes(normalised)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the platform's HmacSHA256 can be cloned", e);
        }
    }

    @Serdeable
    record Normalised(String name, String email, String phone, LocalDate dateOfBirth, String serviceCode,
                      String therapistId, Instant startsAt, ScreeningAnswers screening, Boolean consent,
                      String clearanceCode) {
    }
}
