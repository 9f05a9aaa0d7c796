package studio.vive.notification.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Sends pending notifications, one per transaction: lock the row, count the attempt, talk SMTP,
 * record the outcome, commit. The row lock is held for the whole attempt, so no other sender
 * (another worker or instance) can send the same notification meanwhile; if the process
 * dies, the database rolls the transaction back and releases the lock at once, and the
 * notification is due again immediately (no lease to wait out).
 *
 * <p><b>Senders.</b> {@code vive.notification.delivery.senders.workers} threads send in parallel
 * ({@code FOR UPDATE SKIP LOCKED} gives each its own row; a booking's later email to the same
 * recipient waits for the earlier one, see {@link NotificationRepository#lockNextDue}). Each keeps
 * one {@link SmtpConnection} while it has work and closes it when it runs out. They are woken
 * when this instance commits new notifications ({@link NotificationsRecorded}) and otherwise
 * look every {@code poll-interval} (retries falling due, notifications recorded by another
 * instance).
 *
 * <p><b>The remaining window.</b> Between the SMTP server accepting an email (its 250 reply to
 * DATA) and the commit of the SENT update, a crash, a lost
 * database connection or a failed commit leaves the notification PENDING although it was sent.
 * It is then sent again, with the same Message-ID and Date, so receiving mail systems and
 * clients can recognise and drop the duplicate. This window cannot be closed: SMTP has no
 * two-phase commit. It is kept as small as possible (nothing but one UPDATE by primary key and
 * the COMMIT happen in it; the next email on the connection, or its QUIT, waits until after the commit) and is measured by the {@value #UNCONFIRMED_WINDOW} timer (a few
 * milliseconds here, see {@code ExactlyOnceIT}).
 *
 * <p>Only a dying process turns the window into a resend. When the commit fails while the
 * process lives on (database outage, disk full), the dispatcher remembers that the server
 * accepted the notification and, once the database answers again, records it SENT without
 * talking to SMTP: a database that keeps failing must not make a client receive the same email
 * every poll. (This memory is per process: another instance that claims the row meanwhile sends
 * it again, with the same Message-ID.)
 */
@Singleton
public class NotificationDispatcher {

    /** Timer: from the SMTP server's acceptance to the commit of the SENT update. */
    public static final String UNCONFIRMED_WINDOW = "vive.notification.unconfirmed.window";

    /** How long a stopping sender may take beyond one poll to finish its attempt. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final DeliveryQueue queue;
    private final SmtpMailer mailer;
    private final TransactionOperations<Connection> transactions;
    private final MeterRegistry meters;
    private final RetryPolicy policy;
    private final Timer unconfirmedWindow;
    private final List<Thread> senders = new ArrayList<>();
    private final Object wakeUp = new Object();
    /** Counts wake-ups, so a sender busy when one arrived does not sleep through it. */
    private long wakeUps;
    private volatile boolean stopping;
    /** Accepted by the SMTP server, SENT not yet committed: never sent again by this process. */
    private final Set<UUID> acceptedUnrecorded = ConcurrentHashMap.newKeySet();

    public NotificationDispatcher(DeliveryQueue queue, SmtpMailer mailer,
                                  TransactionOperations<Connection> transactions, MeterRegistry meters,
                                  RetryPolicy policy, SenderSettings settings) {
        this.queue = queue;
        this.mailer = mailer;
        this.transactions = transactions;
        this.meters = meters;
        this.policy = policy;
        for (int i = 1; i <= settings.workers(); i++) {
            Thread sender = new Thread(this::send, "vive-notification-sender-" + i);
            sender.setDaemon(true);
            senders.add(sender);
        }
        this.unconfirmedWindow = Timer.builder(UNCONFIRMED_WINDOW)
                .description("Time between SMTP acceptance and the commit of SENT: the duplicate-send window")
                .publishPercentileHistogram()
                .register(meters);
    }

    @EventListener
    void onStartup(StartupEvent event) {
        senders.forEach(Thread::start);
    }

    /** Wakes the senders once the transaction that recorded new notifications has committed. */
    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onRecorded(NotificationsRecorded recorded) {
        wake();
    }

    /** Makes every sender look for due notifications now. */
    public void wake() {
        synchronized (wakeUp) {
            wakeUps++;
            wakeUp.notifyAll();
        }
    }

    /**
     * Claims no more notifications once the service is stopping; the attempt in progress finishes
     * (or is rolled back with the connection) and what is still pending is sent after the restart.
     */
    @EventListener
    void onShutdown(ShutdownEvent event) {
        stopping = true;
        wake();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        wake();
        for (Thread sender : senders) {
            sender.join(policy.pollInterval().toMillis() + STOP_GRACE.toMillis());
        }
    }

    /** A sender: sends until nothing is due, then waits for a wake-up or the next poll. */
    private void send() {
        while (!stopping) {
            long seen;
            synchronized (wakeUp) {
                seen = wakeUps;
            }
            try (SmtpConnection connection = mailer.connect()) {
                while (!stopping && deliverNext(connection)) {
                    // next one, over the same connection
                }
            } catch (RuntimeException e) {
                // Never let a sender die: its share of the mail would silently stop.
                LOG.error("Sender failed unexpectedly; carrying on", e);
            }
            if (!awaitWakeUp(seen)) {
                return;
            }
        }
    }

    private boolean awaitWakeUp(long seen) {
        long deadline = System.nanoTime() + policy.pollInterval().toNanos();
        synchronized (wakeUp) {
            while (!stopping && wakeUps == seen) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return true;
                }
                try {
                    wakeUp.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return !stopping;
    }

    /** One attempt in one transaction; {@code false} when nothing was due or the attempt broke off. */
    private boolean deliverNext(SmtpConnection connection) {
        long[] acceptedAt = new long[1];
        try {
            Optional<Attempt> attempt = transactions.executeWrite(status -> queue.claimNext().map(notification -> {
                MDC.put("bookingId", notification.bookingId().toString());
                MDC.put("notificationId", notification.id().toString());
                if (acceptedUnrecorded.contains(notification.id())) {
                    queue.recordSent(notification.id());
                    return new Attempt(notification, NotificationStatus.SENT, null);
                }
                try {
                    mailer.send(notification, connection);
                } catch (DeliveryFailure failure) {
                    return new Attempt(notification, queue.recordFailure(notification, failure), failure);
                }
                acceptedAt[0] = System.nanoTime();
                acceptedUnrecorded.add(notification.id());
                // Window open: the server accepted the email; until the commit below, a crash
                // means a resend with the same Message-ID.
                queue.recordSent(notification.id());
                return new Attempt(notification, NotificationStatus.SENT, null);
            }));
            attempt.ifPresent(committed -> {
                acceptedUnrecorded.remove(committed.notification().id());
                report(committed, acceptedAt[0]);
            });
            return attempt.isPresent();
        } catch (RuntimeException e) {
            // Database unavailable or the commit failed: every change of the attempt was rolled
            // back, so the notification is still PENDING and the next poll retries it.
            LOG.warn("Delivery interrupted ({}); retrying at the next poll", e.getClass().getSimpleName());
            return false;
        } finally {
            MDC.remove("bookingId");
            MDC.remove("notificationId");
        }
    }

    private void report(Attempt attempt, long acceptedAtNanos) {
        Notification notification = attempt.notification();
        String kind = notification.kind().name();
        switch (attempt.outcome()) {
            case SENT -> {
                if (acceptedAtNanos != 0) {
                    unconfirmedWindow.record(System.nanoTime() - acceptedAtNanos, TimeUnit.NANOSECONDS);
                }
                meters.counter("vive.notification.sent", "kind", kind).increment();
                LOG.info("Sent {} notification {} (attempt {})", kind, notification.id(), notification.attempts());
            }
            case FAILED -> {
                meters.counter("vive.notification.failed", "kind", kind).increment();
                LOG.error("Gave up {} notification {} after attempt {}: {}", kind, notification.id(),
                        notification.attempts(), attempt.failure().category());
            }
            case PENDING -> {
                meters.counter("vive.notification.retried", "kind", kind).increment();
                LOG.warn("Attempt {} of {} notification {} failed ({}); will retry", notification.attempts(), kind,
                        notification.id(), attempt.failure().category());
            }
        }
    }

    /** A committed attempt and how it ended. */
    private record Attempt(Notification notification, NotificationStatus outcome, DeliveryFailure failure) {
    }
}
