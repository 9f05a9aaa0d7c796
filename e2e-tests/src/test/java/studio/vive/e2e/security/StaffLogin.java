package studio.vive.e2e.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import studio.vive.e2e.booking.BookingApi;
import studio.vive.e2e.stack.StaffAccounts;

/** Bearer tokens of this run's staff users, from booking-service's {@code POST /login}, one per user. */
public final class StaffLogin {

    private final BookingApi api;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public StaffLogin(BookingApi api) {
        this.api = api;
    }

    public String tokenOf(String username) {
        return tokens.computeIfAbsent(username, user -> api.login(user, StaffAccounts.passwordOf(user))
                .orElseThrow(() -> new IllegalStateException("booking-service refused the login of " + user)));
    }

    public String admin() {
        return tokenOf(StaffAccounts.ADMIN);
    }

    public String therapist(String therapistId) {
        return tokenOf(therapistId);
    }
}
