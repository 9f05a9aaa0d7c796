package studio.vive.contracts;

/** Why a booking's appointment changed ({@link AppointmentChanged#reason()}). */
public enum ChangeReason {
    /** An admin moved the booking to another therapist at the same time (issue 14). */
    REASSIGNED_BY_STUDIO,
    /** The client moved the booking to another time, perhaps with another therapist (issue 16). */
    RESCHEDULED_BY_CLIENT
}
