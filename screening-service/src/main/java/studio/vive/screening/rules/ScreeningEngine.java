package studio.vive.screening.rules;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Optional;
import studio.vive.contracts.ClearanceGrant;
import studio.vive.contracts.ScreeningAnswers;
import studio.vive.contracts.BookingRequested;
import studio.vive.contracts.UrgentAnswers;

/**
 * Screens booking requests, and rescheduled bookings again, with the rule set in force, then
 * applies the doctor's clearance the request carries, if any ({@link DoctorClearance}); a request
 * without one is decided as before.
 */
@Singleton
public class ScreeningEngine {

    private final RuleSet ruleSet = RuleSet.current();

    /** A booking's first decision: the answers were given for the requested appointment date. */
    public Screening screen(BookingRequested request) {
        return rescreen(request.screening(), request.clientDateOfBirth(), request.appointmentDate(),
                request.appointmentDate(), request.clearance());
    }

    /**
     * Decides a rescheduled booking again for its new appointment date (the age rule looks at
     * that date). The answers describe the pain as it was on {@code answeredFor}, the appointment
     * date they were given for, so a doctor's clearance is judged against the same onset of pain
     * as at the first decision.
     */
    public Screening rescreen(ScreeningAnswers answers, LocalDate dateOfBirth, LocalDate answeredFor,
                              LocalDate appointmentDate, @Nullable ClearanceGrant clearance) {
        Screening screening = ruleSet.screen(ScreeningFacts.of(answers, dateOfBirth, appointmentDate));
        return Optional.ofNullable(clearance)
                .map(grant -> new DoctorClearance(grant, answeredFor.minusDays(answers.painDurationDays())))
                .map(doctor -> ClearedScreening.apply(screening, doctor))
                .orElse(screening);
    }

    /** Decides a pre-visit re-check by the urgent rules alone. */
    public Screening recheck(UrgentAnswers answers) {
        return ruleSet.recheck(answers);
    }

    public String ruleSetVersion() {
        return ruleSet.version();
    }
}
