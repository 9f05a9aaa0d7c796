package studio.vive.booking.timeoff;

import java.util.UUID;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;

/** Time-off ids from paths: anything that is not a UUID names no time off (404). */
final class TimeOffIds {

    private TimeOffIds() {
    }

    static UUID parse(String id) {
        try {
            UUID parsed = UUID.fromString(id);
            if (parsed.toString().equalsIgnoreCase(id)) {
                return parsed;
            }
        } catch (IllegalArgumentException ignored) {
            // falls through to not found
        }
        throw new ProblemException(ProblemType.NOT_FOUND, "No time off with this id.");
    }
}
