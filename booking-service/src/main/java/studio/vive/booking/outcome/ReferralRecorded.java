package studio.vive.booking.outcome;

import java.util.UUID;

/**
 * Application event: a referral was stored for a booking. Published inside the outcome
 * transaction and delivered to listeners after it commits (for the admin live stream).
 */
public record ReferralRecorded(UUID bookingId) {
}
