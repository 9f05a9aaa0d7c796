package studio.vive.booking.referral;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * The referral workflow's settings ({@code vive.booking.referrals}).
 *
 * @param overdueAfter         an urgent referral not contacted this long after its decision is overdue
 * @param overdueCheckInterval how often the overdue gauge is counted
 * @param noteMaxLength        the longest staff note
 */
@ConfigurationProperties("vive.booking.referrals")
public record ReferralSettings(@NotNull Duration overdueAfter, @NotNull Duration overdueCheckInterval,
                               @Min(1) int noteMaxLength) {
}
