package studio.vive.booking;

import io.micronaut.runtime.Micronaut;

/** Starts the booking-service. */
public final class BookingServiceApplication {

    private BookingServiceApplication() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).banner(false).start();
    }
}
