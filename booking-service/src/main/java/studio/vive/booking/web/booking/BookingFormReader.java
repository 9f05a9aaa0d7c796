package studio.vive.booking.web.booking;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import studio.vive.booking.booking.BookingRequest;
import studio.vive.booking.booking.BookingRequestReader;
import studio.vive.booking.booking.ClientDetails;
import studio.vive.booking.problem.FieldError;
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
        ClientDetails client = new ClientDetails(FormValues.trimmed(form.name()), FormValues.trimmed(form.email()),
                FormValues.trimmed(form.phone()), FormValues.date(form.dateOfBirth(), "client.dateOfBirth", errors));
        ScreeningAnswers answers = form.screening().read(errors);
        BookingRequest request = new BookingRequest(client, FormValues.trimmed(form.service()),
                FormValues.emptyAsNull(form.therapist()),
                FormValues.dateTime(form.startsAt(), "startsAt", "must be one of the free times offered", errors),
                answers, "yes".equals(form.consent()), FormValues.emptyAsNull(FormValues.trimmed(form.clearanceCode())));
        return new Read(request, List.copyOf(errors));
    }
}
