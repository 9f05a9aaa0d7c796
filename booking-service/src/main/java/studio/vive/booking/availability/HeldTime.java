package studio.vive.booking.availability;

/** Time a therapist is taken by an active booking, buffer included. */
public record HeldTime(String therapistId, TimeRange range) {
}
