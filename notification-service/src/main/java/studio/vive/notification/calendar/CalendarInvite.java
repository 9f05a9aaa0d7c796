package studio.vive.notification.calendar;

import java.util.Objects;

/**
 * An RFC 5545 calendar object ({@code text/calendar}) ready to attach to an email.
 *
 * @param method   the iTIP method it was written with
 * @param sequence the event's SEQUENCE in it
 * @param content  the calendar text, CRLF line endings, folded
 */
public record CalendarInvite(InviteMethod method, int sequence, String content) {

    public CalendarInvite {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(content, "content");
    }

    /** The MIME content type of the attachment, naming the method as RFC 6047 asks. */
    public String contentType() {
        return "text/calendar; charset=UTF-8; method=" + method.name();
    }
}
