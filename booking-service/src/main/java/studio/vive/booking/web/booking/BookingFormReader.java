package studio.vive.booking.web.booking;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import studio.vive.booking.booking.BookingRequest;
import studio.vive.booking.booking.BookingRequestReader;
import studio.vive.booking.booking.ClientDetails;
import studio.vive.booking.problem.FieldError;
import studio.vive.contracts.LegPain;
import studio.vive.contracts.PainCause;
import studio.vive.contracts.ScreeningAnswers;

/**
 * Turns the posted booking form into the same {@link BookingRequest} the JSON API takes, so the
 * booking service validates both alike. An unanswered question stays null (the service reports
 * it; it is never taken as "no"); a value that cannot be read is reported with the API's field
 * name, as {@link BookingRequestReader} does for JSON.
 */
@Singleton
class BookingFormReader {

    /** The request, and the fields whose values could not be read. */
    record Read(BookingRequest request, List<FieldError> typeErrors) {
    }

    Read read(BookingForm form) {
        List<FieldError> errors = new ArrayList<>();
        ClientDetails client = new ClientDetails(trimmed(form.name()), trimmed(form.email()), trimmed(form.phone()),
                date(form.dateOfBirth(), "client.dateOfBirth", errors));
        ScreeningAnswers answers = new ScreeningAnswers(
                yesNo(form.bowelOrBladderProblems()),
                yesNo(form.suddenWeightLoss()),
                yesNo(form.persistentFever()),
                choice(form.legPain(), LegPain.class, "screening.legPain", errors),
                yesNo(form.legWeaknessNumbnessTingling()),
                yesNo(form.followedSevereFallOrAccident()),
                yesNo(form.firstEpisode()),
                yesNo(form.historyOfCancer()),
                yesNo(form.osteoporosis()),
                yesNo(form.steroidUse()),
                yesNo(form.excessiveDrugOrAlcoholUse()),
                days(form.painDurationDays(), errors),
                yesNo(form.improving()),
                choice(form.cause(), PainCause.class, "screening.cause", errors));
        BookingRequest request = new BookingRequest(client, trimmed(form.service()), emptyAsNull(form.therapist()),
                startsAt(form.startsAt(), errors), answers, "yes".equals(form.consent()));
        return new Read(request, List.copyOf(errors));
    }

    private static String trimmed(String value) {
        return value == null ? null : value.strip();
    }

    private static String emptyAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Boolean yesNo(String value) {
        if ("yes".equals(value)) {
            return true;
        }
        return "no".equals(value) ? false : null;
    }

    private static <E extends Enum<E>> E choice(String value, Class<E> type, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        errors.add(new FieldError(field, "is not one of the answers offered"));
        return null;
    }

    private static Integer days(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError("screening.painDurationDays", "must be a whole number"));
            return null;
        }
    }

    private static LocalDate date(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date"));
            return null;
        }
    }

    private static OffsetDateTime startsAt(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("startsAt", "must be one of the free times offered"));
            return null;
        }
    }
}
