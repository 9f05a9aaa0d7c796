package studio.vive.screening.decision;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import studio.vive.contracts.BookingRequested;
import studio.vive.contracts.ScreeningAnswers;

/**
 * What a decision was made from, kept with it until the retention period ends. Health data:
 * never logged, never returned by the API.
 */
@Serdeable
public record StoredAnswers(LocalDate clientDateOfBirth, LocalDate appointmentDate, ScreeningAnswers screening) {

    static StoredAnswers of(BookingRequested request) {
        return new StoredAnswers(request.clientDateOfBirth(), request.appointmentDate(), request.screening());
    }

    @Override
    public String toString() {
        return "StoredAnswers[redacted]";
    }
}
