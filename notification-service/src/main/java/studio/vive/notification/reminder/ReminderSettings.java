package studio.vive.notification.reminder;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * When the client's reminder goes out ({@code vive.notification.reminders.*}).
 *
 * @param lead         how long before the appointment the reminder is sent
 * @param skipWithin   when the reminder's moment has passed at confirmation, no reminder is sent
 *                     if the appointment is less than this far away (the confirmation is enough)
 * @param pollInterval how often due reminders are looked for
 * @param batchSize    reminders issued per transaction
 */
@ConfigurationProperties("vive.notification.reminders")
public record ReminderSettings(@NotNull Duration lead, @NotNull Duration skipWithin, @NotNull Duration pollInterval,
                               @Min(1) int batchSize) {
}
