package studio.vive.booking.availability;

import java.time.Duration;

/** Durations in words for messages to clients ("2 hours", "90 days", "30 minutes"). */
public final class Durations {

    private static final long MINUTES_PER_HOUR = 60;
    private static final long HOURS_PER_DAY = 24;

    private Durations() {
    }

    public static String inWords(Duration duration) {
        long minutes = duration.toMinutes();
        // "24 hours" reads better than "1 day"; whole days from two days on
        if (minutes % (MINUTES_PER_HOUR * HOURS_PER_DAY) == 0 && minutes >= 2 * MINUTES_PER_HOUR * HOURS_PER_DAY) {
            return plural(minutes / (MINUTES_PER_HOUR * HOURS_PER_DAY), "day");
        }
        if (minutes % MINUTES_PER_HOUR == 0 && minutes > 0) {
            return plural(minutes / MINUTES_PER_HOUR, "hour");
        }
        return plural(minutes, "minute");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
