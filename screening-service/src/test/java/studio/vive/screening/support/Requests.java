package studio.vive.screening.support;

import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import studio.vive.contracts.BookingRequested;
import studio.vive.contracts.ScreeningAnswers;

/** Booking requests as booking-service publishes them. */
public final class Requests {

    public static final LocalDate APPOINTMENT = LocalDate.of(2026, 12, 1);
    public static final LocalDate FORTY_YEARS_OLD = LocalDate.of(1986, 6, 15);

    private Requests() {
    }

    public static BookingRequested request(UUID bookingId, ScreeningAnswers answers) {
        return BookingRequested.of(bookingId, Instant.now(), APPOINTMENT, FORTY_YEARS_OLD, answers);
    }

    public static byte[] json(BookingRequested request) {
        try {
            return ObjectMapper.getDefault().writeValueAsBytes(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(BookingRequested request) {
        return new String(json(request), StandardCharsets.UTF_8);
    }
}
