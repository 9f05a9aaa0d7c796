package studio.vive.booking.security;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * A staff login from configuration ({@code vive.staff.users.<username>}): a bcrypt hash, never
 * a password, its roles and, for a therapist, their therapist id.
 */
@EachProperty("vive.staff.users")
public class StaffUser {

    private final String username;
    private String passwordHash;
    private List<String> roles = List.of();
    private String therapistId;

    public StaffUser(@Parameter String username) {
        this.username = username;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? List.of() : List.copyOf(roles);
    }

    @Nullable
    public String getTherapistId() {
        return therapistId;
    }

    public void setTherapistId(@Nullable String therapistId) {
        this.therapistId = therapistId;
    }

    @Override
    public String toString() {
        return "StaffUser[" + username + ", roles=" + roles + "]";
    }
}
