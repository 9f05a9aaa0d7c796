package studio.vive.notification.reminder;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The due-time rule: a reminder is due {@code lead} before the appointment; when that moment has
 * already passed, it is due at once, unless the appointment is less than {@code skipWithin} away
 * (then there is none).
 */
@Singleton
public class ReminderTiming {

    private final Duration lead;
    private final Duration skipWithin;

    public ReminderTiming(ReminderSettings settings) {
        this(settings.lead(), settings.skipWithin());
    }

    ReminderTiming(Duration lead, Duration skipWithin) {
        this.lead = lead;
        this.skipWithin = skipWithin;
    }

    /**
     * When the reminder of an appointment starting at {@code start} is due, seen at {@code now};
     * empty when no reminder is to be sent.
     */
    public Optional<Instant> dueAt(Instant start, Instant now) {
        Instant moment = start.minus(lead);
        if (moment.isAfter(now)) {
            return Optional.of(moment);
        }
        if (Duration.between(now, start).compareTo(skipWithin) < 0) {
            return Optional.empty();
        }
        return Optional.of(now);
    }
}
