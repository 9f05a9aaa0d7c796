package studio.vive.bench.measure;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** When the SMTP server accepted the first email to each of some addresses. */
public interface MailArrivals {

    /** Address → first arrival, for those of {@code addresses} that have mail; the others are absent. */
    Map<String, Instant> firstArrivals(Set<String> addresses);
}
