package studio.vive.booking.referral;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer to recording a clearance: the code (shown once; only its hash is kept), until when it
 * is valid, and which rule ids it may cover.
 */
@Serdeable
public record IssuedClearance(String clearanceCode, LocalDate validUntil, List<String> covers) {

    @Override
    public String toString() {
        return "IssuedClearance[validUntil=" + validUntil + "]";
    }
}
