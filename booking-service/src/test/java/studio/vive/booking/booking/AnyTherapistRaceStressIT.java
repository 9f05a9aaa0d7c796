package studio.vive.booking.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.vive.booking.support.StudioCalendar.at;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import studio.vive.booking.support.BookingBodies;
import studio.vive.booking.support.Rows;
import studio.vive.booking.support.ServiceTest;

/**
 * Many clients asking for the same time with "any therapist" at once: each working therapist gets
 * exactly one booking, every other client a 409, nobody a 5xx, whatever the timing. Racing inserts
 * against the exclusion constraint used to deadlock about one round in three (issue 11); twenty
 * rounds of 24 make that certain to show.
 */
@MicronautTest(transactional = false)
class AnyTherapistRaceStressIT extends ServiceTest {

    private static final int ROUNDS = 20;
    private static final int CLIENTS = 24;
    /** Wednesdays and Fridays at 10:00 and 14:00, mia, noah and ava all work (seeded hours). */
    private static final int WORKING_THERAPISTS = 3;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private ExecutorService pool;

    @Override
    protected String databaseName() {
        return "booking_race_stress";
    }

    @BeforeAll
    void watchTheLog() {
        log.start();
        root().addAppender(log);
        pool = Executors.newFixedThreadPool(CLIENTS);
    }

    @AfterAll
    void stopWatching() {
        root().detachAppender(log);
        pool.shutdownNow();
    }

    @Test
    void everyRoundGivesEachWorkingTherapistOneBookingAndEveryOtherClientA409() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            OffsetDateTime time = roundTime(round);

            List<Integer> statuses = raceFor(time);

            assertThat(statuses).as("round %d at %s", round, time)
                    .containsOnly(202, 409)
                    .filteredOn(s -> s == 202).hasSize(WORKING_THERAPISTS);
            assertThat(new Rows(databaseName()).query(
                    "SELECT count(DISTINCT therapist_id) FROM booking WHERE starts_at = ?", time))
                    .as("one booking per therapist in round %d", round).isEqualTo(WORKING_THERAPISTS);
        }
        assertThat(log.list).as("errors logged by the service")
                .noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.ERROR) && e.getLoggerName().startsWith("studio.vive"));
    }

    /** Round r: week r / 4, Wednesday or Friday, 10:00 or 14:00, all within the booking horizon. */
    private static OffsetDateTime roundTime(int round) {
        int week = round / 4;
        int day = (round % 2 == 0) ? 2 : 4;
        int hour = (round / 2) % 2 == 0 ? 10 : 14;
        return at(7 * week + day, hour, 0);
    }

    private List<Integer> raceFor(OffsetDateTime time) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Map<String, Object> body = BookingBodies.valid(null, time);
            answers.add(pool.submit(() -> {
                start.await();
                return http.postJson("/api/bookings", body, Map.of()).status();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(60, TimeUnit.SECONDS));
        }
        return statuses;
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
