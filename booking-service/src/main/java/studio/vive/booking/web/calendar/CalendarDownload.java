package studio.vive.booking.web.calendar;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import studio.vive.booking.booking.BookingView;
import studio.vive.booking.time.StudioTime;
import studio.vive.booking.web.BookingSummaries.BookingSummary;
import studio.vive.booking.web.StudioDetails;

/**
 * The "add to calendar" file of a confirmed booking (RFC 5545, written by ical4j, which folds and
 * escapes). Its UID is the one of the invite notification-service emails, so a calendar that
 * gets both keeps one event; times are UTC, which every calendar shows in its own zone.
 */
@Singleton
public class CalendarDownload {

    private static final String PRODUCT_ID = "-//Vive Studios//booking-service//EN";
    /** The media type of the download. */
    public static final String CONTENT_TYPE = "text/calendar";

    private final StudioDetails studio;
    private final StudioTime time;

    CalendarDownload(StudioDetails studio, StudioTime time) {
        this.studio = studio;
        this.time = time;
    }

    /** The .ics file of {@code booking} as a download response. */
    public MutableHttpResponse<byte[]> response(BookingView booking, BookingSummary summary) {
        byte[] body = write(booking, summary).getBytes(StandardCharsets.UTF_8);
        return HttpResponse.ok(body)
                .contentType(CONTENT_TYPE + "; charset=utf-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"vive-booking.ics\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    String write(BookingView booking, BookingSummary summary) {
        VEvent event = new VEvent(false);
        event.add(new Uid("booking-" + booking.id() + "@" + studio.calendarUidDomain()));
        event.add(new DtStamp(time.now()));
        event.add(new DtStart<Instant>(booking.startsAt().toInstant()));
        event.add(new DtEnd<Instant>(booking.endsAt().toInstant()));
        event.add(new Sequence(0));
        event.add(ImmutableStatus.VEVENT_CONFIRMED);
        event.add(new Summary(summary.serviceName() + " with " + summary.therapistName() + " at " + studio.name()));
        event.add(new Description("Your " + summary.serviceName() + " with " + summary.therapistName() + ". "
                + "To change or cancel, use the link in your confirmation email, or call " + studio.phone() + "."));
        event.add(new Location(studio.name() + ", " + studio.address()));
        Calendar calendar = new Calendar().withProdId(PRODUCT_ID).withDefaults().getFluentTarget();
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
