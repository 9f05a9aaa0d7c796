package studio.vive.booking.admin;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.booking.booking.BookingId;
import studio.vive.booking.outcome.ReferralNotices;
import studio.vive.messaging.listen.ChannelListener;
import studio.vive.messaging.listen.ListenSessions;

/**
 * Feeds the {@link ReferralStream} of this instance with the referrals every instance stores: it
 * LISTENs on {@link ReferralNotices#CHANNEL} (a dedicated PostgreSQL session, opened again after a
 * database outage) and reads each announced referral from the database before showing it.
 */
@Singleton
public class ReferralStreamFeed {

    private static final Logger LOG = LoggerFactory.getLogger(ReferralStreamFeed.class);

    private final ListenSessions sessions;
    private final Referrals referrals;
    private final ReferralStream stream;
    private volatile ChannelListener listener;

    ReferralStreamFeed(ListenSessions sessions, Referrals referrals, ReferralStream stream) {
        this.sessions = sessions;
        this.referrals = referrals;
        this.stream = stream;
    }

    @EventListener
    void start(StartupEvent started) {
        listener = ChannelListener.start(sessions, ReferralNotices.CHANNEL, this::announced);
    }

    /** Whether this instance hears of new referrals right now (false while PostgreSQL is unreachable). */
    public boolean isLive() {
        ChannelListener current = listener;
        return current != null && current.isListening();
    }

    /** How many database sessions the feed has listened on: more than one after it reconnected. */
    public int sessionsListened() {
        ChannelListener current = listener;
        return current == null ? 0 : current.sessionsListened();
    }

    private void announced(String payload) {
        BookingId.parse(payload).ifPresentOrElse(
                id -> referrals.find(id).ifPresent(stream::emit),
                () -> LOG.warn("Ignoring a notice on {} that names no booking id", ReferralNotices.CHANNEL));
    }

    @PreDestroy
    void stop() {
        ChannelListener current = listener;
        if (current != null) {
            current.close();
        }
    }
}
