package studio.vive.messaging.outbox;

import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rows waiting in the outbox, as last counted by the relay (after every wake-up and every
 * published batch). Read by the {@code vive.outbox.depth} gauge; -1 until first counted.
 */
@Singleton
public class OutboxDepth {

    private final AtomicLong rows = new AtomicLong(-1);

    /** The last counted number of unpublished rows, or -1 before the relay has counted. */
    public long rows() {
        return rows.get();
    }

    void counted(long value) {
        rows.set(value);
    }
}
