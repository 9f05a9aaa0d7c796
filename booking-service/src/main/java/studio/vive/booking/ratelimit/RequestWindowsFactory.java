package studio.vive.booking.ratelimit;

import io.micronaut.context.annotation.Factory;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;

/** One budget for booking (API and form alike), another for staff sign-in attempts. */
@Factory
class RequestWindowsFactory {

    @Singleton
    @Named(RequestWindows.BOOKINGS)
    ClientLimiter bookings(RateLimit limit, Clock clock, HttpClientAddressResolver addresses) {
        return new ClientLimiter(new RequestWindows(limit, clock), addresses);
    }

    @Singleton
    @Named(RequestWindows.LOGINS)
    ClientLimiter logins(LoginRateLimit limit, Clock clock, HttpClientAddressResolver addresses) {
        return new ClientLimiter(new RequestWindows(limit.asRateLimit(), clock), addresses);
    }
}
