package studio.vive.booking.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static studio.vive.booking.support.StudioCalendar.at;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studio.vive.booking.support.BookingBodies;
import studio.vive.booking.support.Http;
import studio.vive.booking.support.Rows;
import studio.vive.booking.support.ServiceTest;
import studio.vive.testsupport.SharedInfrastructure;

/**
 * While PostgreSQL is away a booking cannot be taken: the client is told to try again shortly
 * (503 problem with Retry-After), not that the server broke, and the same request succeeds after.
 */
@MicronautTest(transactional = false)
class DatabaseOutageIT extends ServiceTest {

    @Override
    protected String databaseName() {
        return "booking_database_outage";
    }

    @Test
    void aBookingDuringADatabaseOutageIsAnswered503ProblemWithRetryAfterAndSucceedsAfter() {
        SharedInfrastructure infrastructure = SharedInfrastructure.get();
        Map<String, Object> body = BookingBodies.valid("mia", at(3, 10, 0));
        Map<String, String> key = Map.of("Idempotency-Key", "outage-" + System.nanoTime());

        Http.Response during;
        infrastructure.stopPostgres();
        try {
            during = http.postJson("/api/bookings", body, key);
        } finally {
            infrastructure.startPostgres();
        }

        assertThat(during.status()).isEqualTo(503);
        assertThat(during.contentType()).startsWith(PROBLEM_JSON);
        assertThat(during.header("Retry-After")).isPresent();
        assertThat(during.body()).contains("service-unavailable").doesNotContain("SQL", "Exception");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> http.postJson("/api/bookings", body, key).status() == 202);
    }

    @Test
    void aFullDiskIsAnswered503ProblemWithRetryAfterAndTheBookingSucceedsOnceThereIsRoom() {
        Rows rows = new Rows(databaseName());
        Map<String, Object> body = BookingBodies.valid("mia", at(3, 14, 0));
        Map<String, String> key = Map.of("Idempotency-Key", "disk-full-" + System.nanoTime());

        Http.Response during;
        // PostgreSQL's own answer when it cannot extend a table file: SQLState 53100 disk_full
        rows.execute("CREATE FUNCTION disk_full() RETURNS trigger LANGUAGE plpgsql AS "
                + "$$ BEGIN RAISE EXCEPTION 'could not extend file' USING ERRCODE = 'disk_full'; END $$");
        rows.execute("CREATE TRIGGER disk_full BEFORE INSERT ON booking FOR EACH ROW EXECUTE FUNCTION disk_full()");
        try {
            during = http.postJson("/api/bookings", body, key);
        } finally {
            rows.execute("DROP TRIGGER disk_full ON booking");
            rows.execute("DROP FUNCTION disk_full()");
        }

        assertThat(during.status()).as(during.toString()).isEqualTo(503);
        assertThat(during.contentType()).startsWith(PROBLEM_JSON);
        assertThat(during.header("Retry-After")).isPresent();
        assertThat(during.body()).contains("service-unavailable").doesNotContain("SQL", "extend");
        assertThat(http.postJson("/api/bookings", body, key).status()).isEqualTo(202);
    }
}
