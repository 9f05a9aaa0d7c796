package studio.vive.notification.reminder;

/** Where a booking's reminder stands. */
public enum ReminderStatus {
    /** Waiting for its due time. */
    PENDING,
    /** No reminder for the current time (too close at confirmation); a reschedule can re-arm it. */
    SKIPPED,
    /** Turned into a notification: the delivery pipeline sends it. */
    ISSUED,
    /** The booking was cancelled or referred. */
    DROPPED,
    /** Found due only after the appointment had started (e.g. after a long outage). */
    MISSED,
    /** Its email could not be composed (a defect, logged): settled so it does not block the others. */
    FAILED
}
