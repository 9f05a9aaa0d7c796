package studio.vive.bench.measure;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import studio.vive.localinfra.ReceivedMail;

/**
 * Arrival times as the embedded SMTP server (GreenMail, in this JVM) stamped them when it stored
 * each message: the end of the SMTP conversation, to the millisecond, on the same clock as the
 * benchmark's own timestamps.
 */
public final class GreenMailArrivals implements MailArrivals {

    private final Supplier<List<ReceivedMail>> received;

    public GreenMailArrivals(Supplier<List<ReceivedMail>> received) {
        this.received = received;
    }

    @Override
    public Map<String, Instant> firstArrivals(Set<String> addresses) {
        Map<String, Instant> first = new HashMap<>();
        for (ReceivedMail mail : received.get()) {
            if (addresses.contains(mail.mailbox())) {
                first.merge(mail.mailbox(), mail.received(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return first;
    }
}
