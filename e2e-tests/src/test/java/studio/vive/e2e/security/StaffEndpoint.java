package studio.vive.e2e.security;

import java.util.List;
import java.util.UUID;
import studio.vive.e2e.stack.Service;

/**
 * A staff-only endpoint of one of the services, with the role it requires.
 *
 * @param service which service serves it
 * @param method GET or POST
 * @param path path and query ({id} is replaced by a booking id)
 * @param role the role allowed in
 */
public record StaffEndpoint(Service service, String method, String path, String role) {

    /** Every staff endpoint of the platform (issues 3, 4 and 5; the studio's, issue 14). */
    public static List<StaffEndpoint> all() {
        return List.of(
                new StaffEndpoint(Service.BOOKING, "GET", "/api/therapist/bookings", "THERAPIST"),
                new StaffEndpoint(Service.BOOKING, "GET", "/api/admin/referrals", "ADMIN"),
                new StaffEndpoint(Service.BOOKING, "GET", "/api/admin/referrals?tier=URGENT_REFERRAL", "ADMIN"),
                new StaffEndpoint(Service.BOOKING, "GET", "/api/admin/referrals/stream", "ADMIN"),
                new StaffEndpoint(Service.BOOKING, "POST", "/api/admin/referrals/{id}/follow-up", "ADMIN"),
                new StaffEndpoint(Service.BOOKING, "GET", "/api/admin/therapists", "ADMIN"),
                new StaffEndpoint(Service.BOOKING, "GET", "/api/admin/services", "ADMIN"),
                new StaffEndpoint(Service.BOOKING, "GET", "/api/admin/time-off", "ADMIN"),
                new StaffEndpoint(Service.BOOKING, "GET", "/api/admin/conflicts", "ADMIN"),
                new StaffEndpoint(Service.BOOKING, "GET", "/api/admin/audit", "ADMIN"),
                new StaffEndpoint(Service.BOOKING, "POST", "/api/admin/bookings/{id}/reassign", "ADMIN"),
                new StaffEndpoint(Service.BOOKING, "POST", "/api/admin/bookings/{id}/cancel", "ADMIN"),
                new StaffEndpoint(Service.BOOKING, "GET", "/api/therapist/time-off", "THERAPIST"),
                new StaffEndpoint(Service.SCREENING, "GET", "/api/decisions/{id}", "ADMIN"),
                new StaffEndpoint(Service.NOTIFICATION, "GET", "/api/admin/notifications?bookingId={id}", "ADMIN"));
    }

    public String pathFor(UUID bookingId) {
        return path.replace("{id}", bookingId.toString());
    }

    @Override
    public String toString() {
        return method + " " + service.module() + path;
    }
}
