package studio.vive.booking.studio;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * Limits of the studio administration (configuration {@code vive.studio-admin}).
 *
 * @param auditLimit           most audit entries returned by one request
 * @param defaultDays          days a staff list covers when no range is given
 * @param maxRangeDays         the longest range a list or a time off may span
 * @param conflictLookahead    how far ahead a deactivation looks for bookings to resolve
 * @param conflictLimit        most unresolved conflicts listed at once
 */
@ConfigurationProperties("vive.studio-admin")
public record StudioAdminSettings(
        @Min(1) int auditLimit,
        @Min(1) int defaultDays,
        @Min(1) int maxRangeDays,
        @NotNull Duration conflictLookahead,
        @Min(1) int conflictLimit) {
}
