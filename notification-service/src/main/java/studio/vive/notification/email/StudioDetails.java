package studio.vive.notification.email;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;

/**
 * The studio as it appears in emails ({@code vive.notification.studio.*}).
 *
 * @param name        the studio's name (From display name, signature)
 * @param from        the From address
 * @param replyTo     where clients' replies go
 * @param address     the studio's street address (in confirmations and invites)
 * @param bookingUrl  where a client books again (referral emails)
 * @param locale      language and date format of emails, e.g. {@code en-AU}
 */
@ConfigurationProperties("vive.notification.studio")
public record StudioDetails(
        @NotBlank String name,
        @NotBlank @Email String from,
        @NotBlank @Email String replyTo,
        @NotBlank String address,
        @NotBlank String bookingUrl,
        @NotNull Locale locale) {
}
