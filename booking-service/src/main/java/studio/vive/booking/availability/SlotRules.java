package studio.vive.booking.availability;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * When appointments may start (configuration {@code vive.booking.slots}).
 *
 * @param step          slots start every {@code step} from the start of a working interval
 * @param buffer        free time a therapist needs after an appointment before the next one
 * @param minimumNotice how far ahead a booking must start
 * @param horizon       how far ahead a booking may start
 */
@ConfigurationProperties("vive.booking.slots")
public record SlotRules(
        @NotNull Duration step,
        @NotNull Duration buffer,
        @NotNull Duration minimumNotice,
        @NotNull Duration horizon) {
}
