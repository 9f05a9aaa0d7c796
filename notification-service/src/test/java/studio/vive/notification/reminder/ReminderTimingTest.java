package studio.vive.notification.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The due-time rule at its boundaries, with the defaults: 24 h lead, 12 h skip window. */
class ReminderTimingTest {

    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    private final ReminderTiming timing = new ReminderTiming(Duration.ofHours(24), Duration.ofHours(12));

    private Optional<Instant> dueFor(Duration untilStart) {
        return timing.dueAt(NOW.plus(untilStart), NOW);
    }

    @Test
    void anAppointmentFurtherAwayThanTheLeadIsRemindedTheLeadBeforeIt() {
        assertEquals(Optional.of(NOW.plus(Duration.ofHours(48))), dueFor(Duration.ofHours(72)));
    }

    @Test
    void anAppointmentOneSecondBeyondTheLeadIsRemindedInOneSecond() {
        assertEquals(Optional.of(NOW.plusSeconds(1)), dueFor(Duration.ofHours(24).plusSeconds(1)));
    }

    @Test
    void anAppointmentExactlyTheLeadAwayIsRemindedAtOnce() {
        assertEquals(Optional.of(NOW), dueFor(Duration.ofHours(24)));
    }

    @Test
    void anAppointmentInsideTheLeadButOutsideTheSkipWindowIsRemindedAtOnce() {
        assertEquals(Optional.of(NOW), dueFor(Duration.ofHours(18)));
    }

    @Test
    void anAppointmentExactlyTheSkipWindowAwayIsStillRemindedAtOnce() {
        assertEquals(Optional.of(NOW), dueFor(Duration.ofHours(12)));
    }

    @Test
    void anAppointmentJustInsideTheSkipWindowGetsNoReminder() {
        assertEquals(Optional.empty(), dueFor(Duration.ofHours(12).minusSeconds(1)));
    }

    @Test
    void anAppointmentThatHasStartedGetsNoReminder() {
        assertEquals(Optional.empty(), dueFor(Duration.ofHours(-1)));
    }
}
