package studio.vive.notification.calendar;

/**
 * The iTIP (RFC 5546) method of a calendar invite.
 *
 * <p>One booking is one calendar event (one UID). Each invite carries the SEQUENCE it was written
 * with ({@link AppointmentInvite#sequence()}): an update or a cancellation must carry a higher
 * SEQUENCE than the copy it replaces, or calendar clients ignore it as stale.
 */
public enum InviteMethod {
    /** Adds the appointment to the recipient's calendar, or updates the copy they have. */
    REQUEST,
    /** Removes the same appointment (same UID) from the recipient's calendar. */
    CANCEL
}
