package studio.vive.booking.ratelimit;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;

/** One budget for booking (API and form alike), another for staff sign-in attempts. */
@Factory
class RequestWindowsFactory {

    @Singleton
    @Named(RequestWindows.BOOKINGS)
    RequestWindows bookings(RateLimit limit, Clock clock) {
        return new RequestWindows(limit, clock);
    }

    @Singleton
    @Named(RequestWindows.LOGINS)
    RequestWindows logins(LoginRateLimit limit, Clock clock) {
        return new RequestWindows(limit.asRateLimit(), clock);
    }
}
