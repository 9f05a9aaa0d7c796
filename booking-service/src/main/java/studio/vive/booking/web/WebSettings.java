package studio.vive.booking.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * Settings of the web pages (configuration {@code vive.web}).
 *
 * @param publicBaseUrl        where browsers reach this service; an https address makes every cookie Secure
 * @param csrfSecret           key of the forms' anti-forgery tokens
 * @param staffSessionCookie   name of the cookie carrying a signed-in staff member's token
 * @param staffSessionMaxAge   how long that cookie lives (as long as the token it carries)
 * @param bookingCookieMaxAge  how long the browser that made a booking can follow its outcome
 * @param outcomePollInterval  how often the outcome page asks whether screening has decided
 * @param outcomePollTimeout   after this the outcome page stops asking and says the email will follow
 */
@ConfigurationProperties("vive.web")
public record WebSettings(
        @NotBlank String publicBaseUrl,
        @NotBlank String csrfSecret,
        @NotBlank String staffSessionCookie,
        @NotNull Duration staffSessionMaxAge,
        @NotNull Duration bookingCookieMaxAge,
        @NotNull Duration outcomePollInterval,
        @NotNull Duration outcomePollTimeout) {

    /** Whether cookies must only travel over https. */
    public boolean secureCookies() {
        return publicBaseUrl.startsWith("https://");
    }
}
