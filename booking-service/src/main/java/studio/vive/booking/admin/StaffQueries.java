package studio.vive.booking.admin;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * Limits of the staff views (configuration {@code vive.staff.queries}).
 *
 * @param agendaDefaultDays    days shown when a therapist gives no range
 * @param maxRangeDays         the longest range one request may ask for
 * @param referralDefaultDays  how far back the referral list reaches by default
 * @param referralLimit        most referrals returned by one request: the referral list's page size
 * @param streamHeartbeat      how often the referral stream sends a heartbeat, so idle
 *                             connections survive proxies
 */
@ConfigurationProperties("vive.staff.queries")
public record StaffQueries(
        @Min(1) int agendaDefaultDays,
        @Min(1) int maxRangeDays,
        @Min(1) int referralDefaultDays,
        @Min(1) int referralLimit,
        @NotNull Duration streamHeartbeat) {
}
