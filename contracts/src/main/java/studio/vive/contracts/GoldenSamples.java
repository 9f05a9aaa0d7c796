package studio.vive.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The checked-in golden JSON sample of every event ({@code golden/<name>.json} on the classpath).
 * Producers test that they write this shape, consumers that they read it.
 */
public final class GoldenSamples {

    public static final String BOOKING_REQUESTED = "booking-requested.v1";
    public static final String BOOKING_CLEARED = "booking-cleared.v1";
    public static final String REFERRAL_RAISED = "referral-raised.v1";
    /** {@code BookingConfirmed} as booking-service wrote it before issue 13: with the manage link. */
    public static final String BOOKING_CONFIRMED = "booking-confirmed.v1";
    /** {@code BookingConfirmed} as booking-service writes it since issue 13: no bearer credential in it. */
    public static final String BOOKING_CONFIRMED_WITHOUT_MANAGE_URL = "booking-confirmed-without-manage-url.v1";
    public static final String BOOKING_REFERRED = "booking-referred.v1";
    public static final String BOOKING_CANCELLED = "booking-cancelled.v1";
    /** {@code BookingCancelled} with the optional {@code cancelledBy} (ADR 0002: the old shape stays above). */
    public static final String BOOKING_CANCELLED_BY_STUDIO = "booking-cancelled-by-studio.v1";
    /** {@code BookingRequested} with the optional {@code clearance} (ADR 0002: the old shape stays above). */
    public static final String BOOKING_REQUESTED_WITH_CLEARANCE = "booking-requested-with-clearance.v1";
    /** {@code BookingCleared} with the optional {@code clearanceId} and {@code cleared}. */
    public static final String BOOKING_CLEARED_WITH_CLEARANCE = "booking-cleared-with-clearance.v1";
    /** {@code ReferralRaised} with the optional {@code clearanceId} and {@code cleared}. */
    public static final String REFERRAL_RAISED_WITH_CLEARANCE = "referral-raised-with-clearance.v1";
    public static final String CLEARANCE_ISSUED = "clearance-issued.v1";
    public static final String RECHECK_SUBMITTED = "recheck-submitted.v1";
    public static final String RECHECK_DECIDED = "recheck-decided.v1";
    /** A {@code BookingReferred} of a booking that had been confirmed: it carries the appointment it cancels. */
    public static final String BOOKING_REFERRED_AFTER_CONFIRMATION = "booking-referred-after-confirmation.v1";
    /** A booking moved to another therapist or time (issues 14 and 16). */
    public static final String APPOINTMENT_CHANGED = "appointment-changed.v1";

    /** A rescheduled booking decided again from the answers screening kept (issue 16). */
    public static final String RESCREEN_REQUESTED = "rescreen-requested.v1";
    /** A rescheduled booking whose answers were purged: the client answered again. */
    public static final String RESCREEN_REQUESTED_ANSWERED_AGAIN = "rescreen-requested-answered-again.v1";

    private GoldenSamples() {
    }

    /** The sample's JSON text. */
    public static String json(String name) {
        String path = "golden/" + name + ".json";
        try (InputStream in = GoldenSamples.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden sample " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
