package studio.vive.notification.calendar;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * What a calendar invite says about one booking.
 *
 * @param bookingId   the booking; its id makes the event UID, so every invite and cancellation of
 *                    the booking refers to the same calendar event
 * @param stampedAt   DTSTAMP: when the event was decided (the lifecycle event's time), so a resend
 *                    is byte for byte the same invite
 * @param startsAt    start in the studio's time zone
 * @param endsAt      end in the studio's time zone
 * @param summary     the event title in the recipient's calendar
 * @param description the event notes
 * @param location    the studio's address
 * @param organizer   the studio
 * @param attendee    the recipient of this copy (only them: the client never learns the
 *                    therapist's address from the invite, nor the therapist the client's)
 * @param sequence    the RFC 5545 SEQUENCE: 0 for the confirmation's invite, higher for each
 *                    later copy (a change, a cancellation), so calendars keep the newest
 */
public record AppointmentInvite(
        UUID bookingId,
        Instant stampedAt,
        ZonedDateTime startsAt,
        ZonedDateTime endsAt,
        String summary,
        String description,
        String location,
        InviteParty organizer,
        InviteParty attendee,
        int sequence) {

    @Override
    public String toString() {
        return "AppointmentInvite[bookingId=" + bookingId + "]";
    }
}
