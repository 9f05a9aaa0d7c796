package studio.vive.booking.web.staff;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.booking.booking.BookingId;
import studio.vive.booking.security.Roles;
import studio.vive.booking.time.StudioTime;
import studio.vive.booking.web.DisplayTimes;
import studio.vive.booking.web.Pages;
import studio.vive.booking.web.WebSettings;

/** The admin's view of the emails sent (or still being sent) about one booking. */
@Controller("/staff/notifications")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class NotificationLogController {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationLogController.class);
    private static final String VIEW = "staff/notifications";
    private static final String NOT_AN_ID =
            "That is not a booking id. A booking id looks like 3f2b8c1e-5d4a-4b7e-9c61-0a2f4e6d8b10.";

    private final NotificationLog log;
    private final WebSettings settings;
    private final StudioTime time;
    private final DisplayTimes display;
    private final Pages pages;

    NotificationLogController(NotificationLog log, WebSettings settings, StudioTime time, DisplayTimes display,
                              Pages pages) {
        this.log = log;
        this.settings = settings;
        this.time = time;
        this.display = display;
        this.pages = pages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> deliveries(HttpRequest<?> request, @Nullable @QueryValue String bookingId) {
        String asked = bookingId == null ? "" : bookingId.strip();
        if (asked.isEmpty()) {
            return pages.render(request, HttpStatus.OK, VIEW, new Page(asked, null, null));
        }
        Optional<UUID> id = BookingId.parse(asked);
        if (id.isEmpty()) {
            return pages.render(request, HttpStatus.BAD_REQUEST, VIEW, new Page(asked, null, NOT_AN_ID));
        }
        return deliveriesOf(request, asked, id.get());
    }

    private HttpResponse<?> deliveriesOf(HttpRequest<?> request, String asked, UUID id) {
        String token = request.getCookies().findCookie(settings.staffSessionCookie()).map(Cookie::getValue)
                .map(value -> "Bearer " + value)
                .orElseGet(() -> request.getHeaders().getAuthorization().orElse(""));
        String problem;
        try {
            List<Row> deliveries = log.forBooking(id, token).stream().map(this::row).toList();
            return pages.render(request, HttpStatus.OK, VIEW, new Page(asked, deliveries, null));
        } catch (HttpClientResponseException refused) {
            LOG.warn("notification-service answered {} for the delivery log of booking {}",
                    refused.getStatus().getCode(), id);
            problem = "The notification service refused the request (" + refused.getStatus().getCode()
                    + "). Please sign in again and retry.";
        } catch (HttpClientException unreachable) {
            LOG.warn("notification-service unreachable for the delivery log of booking {}: {}", id,
                    unreachable.getClass().getSimpleName());
            problem = "The notification service is not answering right now. Please try again shortly.";
        }
        return pages.render(request, HttpStatus.BAD_GATEWAY, VIEW, new Page(asked, null, problem));
    }

    private Row row(NotificationLog.Delivery d) {
        return new Row(kindInWords(d.kind()), d.recipient(), d.status(), d.attempts(), when(d.createdAt()),
                when(d.sentAt()), when(d.failedAt()), when(d.nextAttemptAt()), d.lastError());
    }

    private String when(@Nullable Instant at) {
        return at == null ? null : display.dateTime(time.local(at));
    }

    private static String kindInWords(String kind) {
        return kind == null ? "" : kind.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * What the page ({@code staff/notifications.html}) shows.
     *
     * @param bookingId  the id asked for, "" when none
     * @param deliveries the booking's emails, null when there is nothing to list
     * @param problem    why there is nothing to list, or null
     */
    @Introspected
    record Page(String bookingId, @Nullable List<Row> deliveries, @Nullable String problem) {
    }

    /** One email as the page lists it. */
    record Row(String kind, String recipient, String status, int attempts, String recorded, String sent,
               String failed, String nextAttempt, String lastError) {
    }
}
