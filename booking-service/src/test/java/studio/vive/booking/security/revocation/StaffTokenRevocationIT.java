package studio.vive.booking.security.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studio.vive.booking.support.Http;
import studio.vive.booking.support.Rows;
import studio.vive.booking.support.ServiceTest;

/** Signing out through the API revokes the token at once; revocations go once their token has expired. */
@MicronautTest(transactional = false)
class StaffTokenRevocationIT extends ServiceTest {

    private static final String DATABASE = "booking_token_revocation";

    @Inject
    RevokedTokenSweep sweep;
    @Inject
    RevokedTokenRepository revoked;

    @Override
    protected String databaseName() {
        return DATABASE;
    }

    private String login(String username, String password) {
        Http.Response response = http.postJson("/login", Map.of("username", username, "password", password), Map.of());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("access_token").getStringValue();
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    @Test
    void aSignedOutTokenIsAnswered401OnTheApi() {
        String token = login("admin", "admin-dev-pass");
        assertThat(http.get("/api/admin/referrals", bearer(token)).status()).isEqualTo(200);

        Http.Response logout = http.postEmpty("/logout", bearer(token));

        assertThat(logout.status()).isEqualTo(204);
        Http.Response refused = http.get("/api/admin/referrals", bearer(token));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void signingOutOneTokenLeavesTheStaffMembersOtherTokensValid() {
        String phone = login("mia", "mia-dev-pass");
        String laptop = login("mia", "mia-dev-pass");

        http.postEmpty("/logout", bearer(phone));

        assertThat(http.get("/api/therapist/bookings", bearer(laptop)).status()).isEqualTo(200);
        assertThat(http.get("/api/therapist/bookings", bearer(phone)).status()).isEqualTo(401);
    }

    @Test
    void signingOutTwiceIsHarmless() {
        String token = login("admin", "admin-dev-pass");

        http.postEmpty("/logout", bearer(token));
        Http.Response again = http.postEmpty("/logout", bearer(token));

        assertThat(again.status()).isEqualTo(401);
    }

    @Test
    void signingOutWithoutATokenIsAnswered401() {
        assertThat(http.postEmpty("/logout", Map.of()).status()).isEqualTo(401);
    }

    @Test
    void theSweepDeletesTheRevocationsOfExpiredTokensAndKeepsTheOthers() {
        Instant now = Instant.now();
        revoked.revoke("expired-an-hour-ago", now.minus(Duration.ofHours(1)));
        revoked.revoke("valid-for-an-hour", now.plus(Duration.ofHours(1)));

        sweep.sweep();

        Rows rows = new Rows(DATABASE);
        assertThat(rows.query("SELECT count(*) FROM revoked_staff_token WHERE jti = ?", "expired-an-hour-ago")).isZero();
        assertThat(rows.query("SELECT count(*) FROM revoked_staff_token WHERE jti = ?", "valid-for-an-hour")).isEqualTo(1);
    }
}
