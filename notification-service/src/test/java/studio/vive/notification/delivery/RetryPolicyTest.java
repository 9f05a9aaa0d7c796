package studio.vive.notification.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The backoff of SMTP retries, with the production defaults of application.yml. */
class RetryPolicyTest {

    private final RetryPolicy production = new RetryPolicy(10, Duration.ofSeconds(2), 2.0, Duration.ofMinutes(2),
            Duration.ofSeconds(1));

    @Test
    void backoffDoublesFromTheInitialWait() {
        assertEquals(Duration.ofSeconds(2), production.backoffAfter(1));
        assertEquals(Duration.ofSeconds(4), production.backoffAfter(2));
        assertEquals(Duration.ofSeconds(8), production.backoffAfter(3));
    }

    @Test
    void backoffIsCappedAtTheMaximum() {
        assertEquals(Duration.ofMinutes(2), production.backoffAfter(7));
        assertEquals(Duration.ofMinutes(2), production.backoffAfter(60));
    }

    @Test
    void attemptsAreBounded() {
        assertTrue(production.allowsAnotherAttempt(9));
        assertFalse(production.allowsAnotherAttempt(10));
    }

    @Test
    void aSixtySecondSmtpOutageIsWellWithinWhatTheDefaultsTolerate() {
        // 2+4+8+16+32+64+120+120+120 s
        assertEquals(Duration.ofSeconds(486), production.outageTolerated());
        assertTrue(production.outageTolerated().compareTo(Duration.ofSeconds(60)) > 0);
    }
}
