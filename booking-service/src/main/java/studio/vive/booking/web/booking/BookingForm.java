package studio.vive.booking.web.booking;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The booking page's form as posted: every value as typed or chosen, none of them trusted or
 * required here ({@link BookingFormReader} turns it into a booking request and says what is
 * missing). Personal and health data: {@link #toString()} redacts it.
 *
 * @param startsAt       the chosen free time, as the availability list gave it (with offset)
 * @param idempotencyKey made when the page was shown, so a double-clicked submit books once
 */
@Serdeable
public record BookingForm(
        @Nullable String service,
        @Nullable String date,
        @Nullable String therapist,
        @Nullable String startsAt,
        @Nullable String name,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String dateOfBirth,
        @Nullable String bowelOrBladderProblems,
        @Nullable String suddenWeightLoss,
        @Nullable String persistentFever,
        @Nullable String legPain,
        @Nullable String legWeaknessNumbnessTingling,
        @Nullable String followedSevereFallOrAccident,
        @Nullable String firstEpisode,
        @Nullable String historyOfCancer,
        @Nullable String osteoporosis,
        @Nullable String steroidUse,
        @Nullable String excessiveDrugOrAlcoholUse,
        @Nullable String painDurationDays,
        @Nullable String improving,
        @Nullable String cause,
        @Nullable String consent,
        @Nullable String idempotencyKey) {

    /** The answer given to the screening question {@code name}, or null. */
    public String answer(String name) {
        return switch (name) {
            case "bowelOrBladderProblems" -> bowelOrBladderProblems;
            case "suddenWeightLoss" -> suddenWeightLoss;
            case "persistentFever" -> persistentFever;
            case "legPain" -> legPain;
            case "legWeaknessNumbnessTingling" -> legWeaknessNumbnessTingling;
            case "followedSevereFallOrAccident" -> followedSevereFallOrAccident;
            case "firstEpisode" -> firstEpisode;
            case "historyOfCancer" -> historyOfCancer;
            case "osteoporosis" -> osteoporosis;
            case "steroidUse" -> steroidUse;
            case "excessiveDrugOrAlcoholUse" -> excessiveDrugOrAlcoholUse;
            case "painDurationDays" -> painDurationDays;
            case "improving" -> improving;
            case "cause" -> cause;
            default -> null;
        };
    }

    /** An empty form for the first visit, choosing what the page was asked for. */
    static BookingForm blank(String service, String date, String therapist, String idempotencyKey) {
        return new BookingForm(service, date, therapist, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, idempotencyKey);
    }

    @Override
    public String toString() {
        return "BookingForm[redacted]";
    }
}
