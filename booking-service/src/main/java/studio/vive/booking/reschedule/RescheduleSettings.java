package studio.vive.booking.reschedule;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;

/**
 * When a reschedule must bring the screening answers again (configuration
 * {@code vive.booking.reschedule}).
 *
 * @param answersKeptFor how long screening-service keeps a booking's answers after deciding it
 *                       (its {@code SCREENING_ANSWER_RETENTION}); it can re-screen from them until then
 * @param answersMargin  asked again this much earlier, so a purge running slightly ahead of this
 *                       clock never leaves a re-screen without answers
 */
@ConfigurationProperties("vive.booking.reschedule")
public record RescheduleSettings(@NotNull Duration answersKeptFor, @NotNull Duration answersMargin) {

    /** Whether screening may no longer hold the answers of a booking requested at {@code requestedAt}. */
    boolean answersMayBeGone(Instant requestedAt, Instant now) {
        return !requestedAt.plus(answersKeptFor).minus(answersMargin).isAfter(now);
    }
}
