package studio.vive.notification.calendar;

/**
 * The iTIP (RFC 5546) method of a calendar invite, with the SEQUENCE it is sent with.
 *
 * <p>One booking is one calendar event (one UID). A cancellation must carry a higher SEQUENCE
 * than the request it cancels, or calendar clients ignore it as stale.
 */
public enum InviteMethod {
    /** Adds the appointment to the recipient's calendar. */
    REQUEST(0),
    /** Removes the same appointment (same UID) from the recipient's calendar. */
    CANCEL(1);

    private final int sequence;

    InviteMethod(int sequence) {
        this.sequence = sequence;
    }

    /** The RFC 5545 SEQUENCE of the event when sent with this method. */
    public int sequence() {
        return sequence;
    }
}
