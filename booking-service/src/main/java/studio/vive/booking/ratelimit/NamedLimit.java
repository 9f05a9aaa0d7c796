package studio.vive.booking.ratelimit;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;

/**
 * One budget per client address ({@code vive.rate-limit.limits.<name>}): at most {@code requests}
 * per {@code period} over all its {@code routes} together, refilled steadily (a token bucket).
 *
 * @param routes     the routes served, as {@code METHOD /template} ({@code POST /api/bookings});
 *                   a request is counted by the route that serves it, whatever its raw path
 * @param detail     the problem's detail when an API route is refused
 * @param pageTitle  the title of the page answered when a page route (text/html) is refused
 * @param pageReason the page's first sentence: why the studio limits this
 */
@EachProperty("vive.rate-limit.limits")
public record NamedLimit(
        @Parameter String name,
        boolean enabled,
        @Min(1) int requests,
        @NotNull Duration period,
        @NotEmpty List<String> routes,
        @NotBlank String detail,
        @NotBlank String pageTitle,
        @NotBlank String pageReason) {
}
