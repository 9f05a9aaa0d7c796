package studio.vive.booking.admin;

import io.micronaut.http.sse.Event;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Live feed of new referrals for admin dashboards: one server-sent event ({@code referral}) per
 * referral once it is committed, whichever booking-service instance applied it (fed by
 * {@link ReferralStreamFeed}), plus a {@code heartbeat} event on connection and periodically after.
 * Connections that fall behind lose events rather than slowing the service; the list endpoint is
 * the record.
 */
@Singleton
public class ReferralStream {

    /** SSE event name of a new referral; its data is a {@link ReferralView}, its id the booking id. */
    public static final String REFERRAL_EVENT = "referral";
    /** SSE event name of a keep-alive. */
    public static final String HEARTBEAT_EVENT = "heartbeat";

    private final Sinks.Many<ReferralView> sink = Sinks.many().multicast().directBestEffort();
    private final StaffQueries queries;

    ReferralStream(StaffQueries queries) {
        this.queries = queries;
    }

    /** Events for one subscriber, from now on. */
    public Publisher<Event<Object>> subscribe() {
        Flux<Event<Object>> referralEvents = sink.asFlux().map(view -> Event.<Object>of(view)
                .name(REFERRAL_EVENT).id(view.bookingId().toString()));
        // the first heartbeat at once: the client knows it is connected before any referral
        Flux<Event<Object>> heartbeats = Flux.interval(Duration.ZERO, queries.streamHeartbeat())
                .map(tick -> Event.<Object>of(java.util.Map.of("at", System.currentTimeMillis()))
                        .name(HEARTBEAT_EVENT));
        return Flux.merge(referralEvents, heartbeats);
    }

    /** Sends {@code view} to every current subscriber. */
    synchronized void emit(ReferralView view) {
        sink.tryEmitNext(view);
    }
}
