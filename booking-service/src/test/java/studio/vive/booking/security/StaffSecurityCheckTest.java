package studio.vive.booking.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Start-up refuses configurations that would leave staff access open or unusable. */
class StaffSecurityCheckTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private static final String HASH = "$2a$10$cVZrC2NazLXGqUAFus0HiufubF2pw2nZU0h.0XzcZgsKOfi.Burfq";

    private static StaffUser user(String name, String hash, List<String> roles, String therapistId) {
        StaffUser user = new StaffUser(name);
        user.setPasswordHash(hash);
        user.setRoles(roles);
        user.setTherapistId(therapistId);
        return user;
    }

    @Test
    void aSecretAndStaffWithBcryptHashesPass() {
        assertThat(StaffSecurityCheck.problems(SECRET, List.of(user("admin", HASH, List.of("ADMIN"), null),
                user("mia", HASH, List.of("THERAPIST"), "mia")))).isEmpty();
    }

    @Test
    void aMissingOrShortSecretIsRefused() {
        List<StaffUser> staff = List.of(user("admin", HASH, List.of("ADMIN"), null));

        assertThat(StaffSecurityCheck.problems("", staff)).anyMatch(p -> p.contains("JWT_SECRET"));
        assertThat(StaffSecurityCheck.problems("short", staff)).anyMatch(p -> p.contains("JWT_SECRET"));
    }

    @Test
    void noStaffUsersIsRefused() {
        assertThat(StaffSecurityCheck.problems(SECRET, List.of())).anyMatch(p -> p.contains("no staff users"));
    }

    @Test
    void aPlainPasswordInsteadOfAHashIsRefused() {
        assertThat(StaffSecurityCheck.problems(SECRET, List.of(user("admin", "admin-dev-pass", List.of("ADMIN"), null))))
                .anyMatch(p -> p.contains("bcrypt"));
    }

    @Test
    void aTherapistWithoutATherapistIdOrAnUnknownRoleIsRefused() {
        assertThat(StaffSecurityCheck.problems(SECRET, List.of(user("mia", HASH, List.of("THERAPIST"), null))))
                .anyMatch(p -> p.contains("therapist-id"));
        assertThat(StaffSecurityCheck.problems(SECRET, List.of(user("root", HASH, List.of("ROOT"), null))))
                .anyMatch(p -> p.contains("roles"));
    }
}
