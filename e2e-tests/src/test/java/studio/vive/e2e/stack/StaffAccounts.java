package studio.vive.e2e.stack;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * The staff logins of this run: made up now, with random passwords, given to booking-service as
 * bcrypt hashes through its configuration (vive.staff.users), exactly as production configures them.
 */
public final class StaffAccounts {

    /** The user name of the administrator. */
    public static final String ADMIN = "admin";
    /** Therapist user names equal their therapist ids (booking-service's seeded therapists). */
    public static final String[] THERAPISTS = {"mia", "noah", "ava"};

    /** The cost booking-service expects outside tests; the suite logs in only a few times. */
    private static final int BCRYPT_COST = 10;

    private static final Map<String, String> PASSWORDS = new LinkedHashMap<>();

    static {
        SecureRandom random = new SecureRandom();
        PASSWORDS.put(ADMIN, randomPassword(random));
        for (String therapist : THERAPISTS) {
            PASSWORDS.put(therapist, randomPassword(random));
        }
    }

    private StaffAccounts() {
    }

    public static String passwordOf(String username) {
        return PASSWORDS.get(username);
    }

    /** booking-service configuration (YAML) declaring every staff user with its hash, roles and therapist id. */
    static String bookingServiceYaml() {
        StringBuilder yaml = new StringBuilder("vive:\n  staff:\n    users:\n");
        PASSWORDS.forEach((username, password) -> {
            yaml.append("      ").append(username).append(":\n");
            yaml.append("        password-hash: \"").append(BCrypt.hashpw(password, BCrypt.gensalt(BCRYPT_COST))).append("\"\n");
            if (ADMIN.equals(username)) {
                yaml.append("        roles: [ADMIN]\n");
            } else {
                yaml.append("        roles: [THERAPIST]\n");
                yaml.append("        therapist-id: ").append(username).append('\n');
            }
        });
        return yaml.toString();
    }

    private static String randomPassword(SecureRandom random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
