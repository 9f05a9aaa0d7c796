package studio.vive.messaging.outbox;

import java.time.Instant;

/** Told about every record the relay published (metrics). */
interface RelayObserver {

    void published(Instant createdAt, Instant acknowledgedAt);
}
