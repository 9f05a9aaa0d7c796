package studio.vive.e2e.mail;

/** Which email of a booking a received message is, told from what a recipient can see in it. */
public enum EmailKind {
    /** To the client: confirmed, with an invite (METHOD:REQUEST). */
    CLIENT_CONFIRMATION,
    /** To the therapist: a new booking (METHOD:REQUEST). */
    THERAPIST_NOTICE,
    /** To the client: not confirmed, see your doctor first (no invite). */
    REFERRAL,
    /** To the client: not confirmed, see a doctor immediately (no invite). */
    URGENT_REFERRAL,
    /** To the client: cancelled (METHOD:CANCEL). */
    CLIENT_CANCELLATION,
    /** To the therapist: cancelled (METHOD:CANCEL). */
    THERAPIST_CANCELLATION,
    /** To the client: the appointment changed (subject "Booking changed: ..." or "Your therapist has changed: ..."; METHOD:REQUEST, higher SEQUENCE). */
    CLIENT_CHANGE,
    /** To the therapist: their booking moved to another time (subject "Booking moved: ..."; METHOD:REQUEST). */
    THERAPIST_CHANGE,
    /** To the client: the reminder before the visit (subject "Reminder: ..."; no invite). */
    CLIENT_REMINDER,
    /** To the client: a doctor's clearance was recorded, with a re-book link (subject "You can book again ..."). */
    CLEARANCE_REBOOK,
    /** Anything the suite cannot place: always a finding. */
    UNRECOGNISED
}
