package studio.vive.booking.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotBlank;

/**
 * The studio as the pages and the calendar download name it (configuration {@code vive.web.studio}).
 *
 * @param calendarUidDomain right-hand side of calendar UIDs, shared with notification-service's invites
 */
@ConfigurationProperties("vive.web.studio")
public record StudioDetails(@NotBlank String name, @NotBlank String address, @NotBlank String phone,
                            @NotBlank String calendarUidDomain) {
}
