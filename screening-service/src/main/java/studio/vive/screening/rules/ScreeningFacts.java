package studio.vive.screening.rules;

import java.time.LocalDate;
import java.time.Period;
import studio.vive.contracts.BookingRequested;
import studio.vive.contracts.ScreeningAnswers;

/**
 * What the rules look at: the client's answers and their age in completed years on the
 * appointment date (not today: a client booking ahead may turn 50 in between).
 */
public record ScreeningFacts(ScreeningAnswers answers, int ageOnAppointmentDate) {

    public static ScreeningFacts of(BookingRequested request) {
        return of(request.screening(), request.clientDateOfBirth(), request.appointmentDate());
    }

    /** A birthday on the appointment date counts: that day the client is a year older. */
    public static ScreeningFacts of(ScreeningAnswers answers, LocalDate dateOfBirth, LocalDate appointmentDate) {
        if (appointmentDate.isBefore(dateOfBirth)) {
            throw new IllegalArgumentException("the appointment is before the date of birth");
        }
        return new ScreeningFacts(answers, Period.between(dateOfBirth, appointmentDate).getYears());
    }

    /** Pain of at least {@code days} that is not getting better; "improving" never counts. */
    boolean painWithoutImprovementFor(int days) {
        return !answers.improving() && answers.painDurationDays() >= days;
    }

    @Override
    public String toString() {
        return "ScreeningFacts[redacted]";
    }
}
