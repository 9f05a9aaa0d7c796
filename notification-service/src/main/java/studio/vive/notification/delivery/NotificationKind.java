package studio.vive.notification.delivery;

/**
 * Which email of a booking a notification is. Together with the booking id and the recipient it
 * identifies one email that must be sent exactly once.
 */
public enum NotificationKind {
    /** To the client: the booking is confirmed, with a calendar invite. */
    CLIENT_CONFIRMATION,
    /** To the therapist: a new booking in their diary, with a calendar invite. */
    THERAPIST_NOTICE,
    /** To the client: not confirmed, see your doctor first. */
    REFERRAL,
    /** To the client: not confirmed, see a doctor immediately. */
    URGENT_REFERRAL,
    /** To the client: the booking is cancelled, with a calendar cancellation. */
    CLIENT_CANCELLATION,
    /** To the therapist: the booking is cancelled, with a calendar cancellation. */
    THERAPIST_CANCELLATION,
    /** To the client: a doctor's clearance was recorded, with a personal re-book link (issue 15). */
    CLEARANCE_REBOOK,
    /** To the client: a reminder before the visit, with the manage and pre-visit re-check links. */
    CLIENT_REMINDER,
    /** To the client: the appointment moved (another therapist or time), with the updated invite. */
    CLIENT_CHANGE,
    /** To the therapist: their booking moved to another time, with the updated invite. */
    THERAPIST_CHANGE
}
