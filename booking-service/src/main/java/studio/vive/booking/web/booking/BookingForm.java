package studio.vive.booking.web.booking;

import io.micronaut.core.annotation.Nullable;
import java.util.Map;

/**
 * The booking page's form as posted: every value as typed or chosen, none of them trusted or
 * required here ({@link BookingFormReader} turns it into a booking request and says what is
 * missing). Personal and health data: {@link #toString()} redacts it.
 *
 * @param startsAt       the chosen free time, as the availability list gave it (with offset)
 * @param screening      the answers to the screening questions
 * @param idempotencyKey made when the page was shown, so a double-clicked submit books once
 * @param clearanceCode  the doctor's clearance code of a personal re-book link (issue 15), or null
 */
public record BookingForm(
        @Nullable String service,
        @Nullable String date,
        @Nullable String therapist,
        @Nullable String startsAt,
        @Nullable String name,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String dateOfBirth,
        ScreeningForm screening,
        @Nullable String consent,
        @Nullable String idempotencyKey,
        @Nullable String clearanceCode) {

    /** The form as posted, by input name (the page's inputs are named as the components here). */
    static BookingForm of(Map<String, String> fields) {
        return new BookingForm(fields.get("service"), fields.get("date"), fields.get("therapist"),
                fields.get("startsAt"), fields.get("name"), fields.get("email"), fields.get("phone"),
                fields.get("dateOfBirth"), ScreeningForm.from(fields), fields.get("consent"),
                fields.get("idempotencyKey"), fields.get("clearanceCode"));
    }

    /** An empty form for the first visit, choosing what the page was asked for. */
    static BookingForm blank(String service, String date, String therapist, String idempotencyKey,
                             String clearanceCode) {
        return new BookingForm(service, date, therapist, null, null, null, null, null, ScreeningForm.blank(), null,
                idempotencyKey, clearanceCode);
    }

    /** The answer given to the screening question {@code name}, or null. */
    public String answer(String name) {
        return screening.answer(name);
    }

    /** The same form with no time chosen (the chosen one was just booked by someone else). */
    BookingForm withoutTime() {
        return new BookingForm(service, date, therapist, null, name, email, phone, dateOfBirth, screening, consent,
                idempotencyKey, clearanceCode);
    }

    /** The same form under a fresh Idempotency-Key. */
    BookingForm withIdempotencyKey(String key) {
        return new BookingForm(service, date, therapist, startsAt, name, email, phone, dateOfBirth, screening,
                consent, key, clearanceCode);
    }

    @Override
    public String toString() {
        return "BookingForm[redacted]";
    }
}
