package studio.vive.booking.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * Checks {@code POST /login} credentials against the configured staff users' bcrypt hashes (on
 * the blocking executor: bcrypt is deliberately slow). An unknown user name costs the same time
 * as a wrong password, so probing for user names learns nothing.
 */
@Singleton
class StaffAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    /** A valid hash of a random password, checked when the user does not exist. */
    private static final String DUMMY_HASH = "$2a$12$VDkD4sMjWh/84Do/N54L1OXW.TxSC7zhV1aW3ymb.dCvKu9V71OJK";

    private final StaffDirectory directory;

    StaffAuthenticationProvider(StaffDirectory directory) {
        this.directory = directory;
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request,
                                               AuthenticationRequest<String, String> credentials) {
        String username = credentials.getIdentity();
        String password = credentials.getSecret();
        if (username == null || password == null) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        Optional<StaffUser> user = directory.find(username);
        boolean matches = matches(password, user.map(StaffUser::getPasswordHash).orElse(DUMMY_HASH));
        if (user.isEmpty() || !matches) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        StaffUser staff = user.get();
        Map<String, Object> claims = staff.getTherapistId() == null ? Map.of()
                : Map.of(Roles.THERAPIST_ID_CLAIM, staff.getTherapistId());
        return AuthenticationResponse.success(staff.getUsername(), staff.getRoles(), claims);
    }

    private static boolean matches(String password, String hash) {
        try {
            return BCrypt.checkpw(password, hash);
        } catch (IllegalArgumentException malformedHash) {
            return false;
        }
    }
}
