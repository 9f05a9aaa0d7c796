package studio.vive.booking.admin;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import studio.vive.booking.problem.FieldError;
import studio.vive.booking.problem.InvalidRequestException;

/**
 * Where a page of referrals ended: the last referral's decision time and booking id. The next
 * page starts after it in the list's order, so referrals decided meanwhile neither shift nor
 * repeat rows. Sent as opaque URL-safe text ({@code before=...}).
 */
record ReferralCursor(Instant decidedAt, UUID bookingId) {

    /** Before every referral of a range ending at {@code to} (exclusive): the first page. */
    static ReferralCursor start(Instant to) {
        return new ReferralCursor(to, new UUID(-1L, -1L));
    }

    String encoded() {
        String text = decidedAt + "/" + bookingId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** @throws InvalidRequestException naming {@code before} when {@code encoded} is not a cursor this service sent */
    static ReferralCursor parse(String encoded) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.US_ASCII).split("/");
            if (parts.length == 2) {
                return new ReferralCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // reported below, as any other text that is not a cursor
        }
        throw new InvalidRequestException(List.of(new FieldError("before", "must be the cursor of a next link")));
    }
}
