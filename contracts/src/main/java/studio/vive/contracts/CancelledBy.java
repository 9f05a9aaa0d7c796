package studio.vive.contracts;

/** Who cancelled a booking ({@link BookingCancelled#cancelledBy()}). */
public enum CancelledBy {
    /** The client cancelled it themselves (also what an event without the field means). */
    CLIENT,
    /** The studio cancelled it on the client's behalf: the client is owed an apology and a way back. */
    STUDIO
}
