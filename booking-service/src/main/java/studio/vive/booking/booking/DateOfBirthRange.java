package studio.vive.booking.booking;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Optional;
import studio.vive.booking.time.StudioTime;

/**
 * The dates of birth a client can have: from a configured earliest date up to yesterday in the
 * studio. Without a lower bound, ISO dates such as {@code -10000-01-01} read fine but cannot be
 * stored (PostgreSQL's dates start in 4713 BC) and years such as 0 are plainly not a client's.
 */
@Singleton
class DateOfBirthRange {

    private final LocalDate earliest;
    private final StudioTime time;

    DateOfBirthRange(@Value("${vive.booking.earliest-date-of-birth}") LocalDate earliest, StudioTime time) {
        this.earliest = earliest;
        this.time = time;
    }

    /** Why {@code dateOfBirth} cannot be a client's, or empty when it can (or is missing: reported elsewhere). */
    Optional<String> refusal(LocalDate dateOfBirth) {
        if (dateOfBirth == null) {
            return Optional.empty();
        }
        if (dateOfBirth.isBefore(earliest) || !dateOfBirth.isBefore(time.today())) {
            return Optional.of("must be a date of birth from " + earliest + " to yesterday");
        }
        return Optional.empty();
    }
}
