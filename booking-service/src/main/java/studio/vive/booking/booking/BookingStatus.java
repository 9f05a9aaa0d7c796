package studio.vive.booking.booking;

/** Where a booking is in its life. */
public enum BookingStatus {
    /** The slot is held; screening has not decided yet. */
    PENDING_SCREENING,
    /** Screening cleared it: the appointment goes ahead. */
    CONFIRMED,
    /** Screening raised a referral: no massage, the slot is released. */
    REFERRED,
    /** The client cancelled; the slot is released. */
    CANCELLED;

    /** Whether a booking in this status holds its therapist's time. */
    public boolean holdsSlot() {
        return this == PENDING_SCREENING || this == CONFIRMED;
    }
}
