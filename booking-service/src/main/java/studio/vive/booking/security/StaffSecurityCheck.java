package studio.vive.booking.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.kit.security.SigningSecret;
import studio.vive.kit.security.SigningSecretCheck;

/**
 * Refuses to start without a usable token-signing secret ({@link SigningSecret}, the platform's
 * rule) and staff users with bcrypt hashes, reporting every problem at once; it takes the place of
 * the kit's secret-only {@link SigningSecretCheck}. Development credentials exist only in the
 * {@code local} and {@code test} environments; anywhere else they must be configured explicitly.
 */
@Context
@Replaces(SigningSecretCheck.class)
public class StaffSecurityCheck {

    private static final Pattern BCRYPT = Pattern.compile("^\\$2[aby]\\$(0[4-9]|[12][0-9]|3[01])\\$[./A-Za-z0-9]{53}$");
    /** Below this cost a hash is quick to brute-force: allowed (tests use cost 4), but warned about. */
    private static final int RECOMMENDED_COST = 10;
    private static final Logger LOG = LoggerFactory.getLogger(StaffSecurityCheck.class);
    private static final Set<String> KNOWN_ROLES = Set.of(Roles.ADMIN, Roles.THERAPIST);

    public StaffSecurityCheck(@Value("${micronaut.security.token.jwt.signatures.secret.generator.secret:}") String secret,
                              StaffDirectory staff) {
        List<String> problems = problems(secret, staff.all());
        if (!problems.isEmpty()) {
            throw new ConfigurationException("booking-service cannot start: " + String.join("; ", problems)
                    + ". Set JWT_SECRET and staff users (vive.staff.users.<name>.password-hash/roles/therapist-id, "
                    + "e.g. VIVE_STAFF_USERS_ADMIN_PASSWORD_HASH), or run with MICRONAUT_ENVIRONMENTS=local "
                    + "for development credentials.");
        }
        for (StaffUser user : staff.all()) {
            int cost = Integer.parseInt(user.getPasswordHash().substring(4, 6));
            if (cost < RECOMMENDED_COST) {
                LOG.warn("Staff user '{}' has a bcrypt cost of {}; use {} or more outside tests",
                        user.getUsername(), cost, RECOMMENDED_COST);
            }
        }
    }

    static List<String> problems(String secret, List<StaffUser> users) {
        List<String> problems = new ArrayList<>();
        SigningSecret.problem(secret).ifPresent(problems::add);
        if (users.isEmpty()) {
            problems.add("no staff users are configured");
        }
        for (StaffUser user : users) {
            if (user.getPasswordHash() == null || !BCRYPT.matcher(user.getPasswordHash()).matches()) {
                problems.add("staff user '" + user.getUsername() + "' needs a bcrypt password-hash");
            }
            if (user.getRoles().isEmpty() || !KNOWN_ROLES.containsAll(user.getRoles())) {
                problems.add("staff user '" + user.getUsername() + "' needs roles from " + KNOWN_ROLES);
            }
            if (user.getRoles().contains(Roles.THERAPIST) && user.getTherapistId() == null) {
                problems.add("therapist '" + user.getUsername() + "' needs a therapist-id");
            }
        }
        return problems;
    }
}
