package studio.vive.notification.delivery;

import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sender pool: {@code vive.notification.delivery.senders.workers} threads send pending
 * notifications in parallel, each one {@link DeliveryAttempt} (one transaction) at a time
 * ({@code FOR UPDATE SKIP LOCKED} gives each its own row; a booking's later email to the same
 * recipient waits for the earlier one, see {@link NotificationRepository#lockNextDue}). Each keeps
 * one {@link SmtpConnection} while it has work and closes it when it runs out. They are woken
 * when this instance commits new notifications ({@link NotificationsRecorded}) and otherwise
 * look every {@code poll-interval} (retries falling due, notifications recorded by another
 * instance).
 */
@Singleton
public class NotificationDispatcher {

    /** Timer: from the SMTP server's acceptance to the commit of the SENT update. */
    public static final String UNCONFIRMED_WINDOW = DeliveryReport.UNCONFIRMED_WINDOW;

    /** How long a stopping sender may take beyond one poll to finish its attempt. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final DeliveryAttempt attempts;
    private final SmtpMailer mailer;
    private final RetryPolicy policy;
    private final List<Thread> senders = new ArrayList<>();
    private final WakeUps wakeUps = new WakeUps();
    private volatile boolean stopping;

    NotificationDispatcher(DeliveryAttempt attempts, SmtpMailer mailer, RetryPolicy policy,
                           SenderSettings settings) {
        this.attempts = attempts;
        this.mailer = mailer;
        this.policy = policy;
        for (int i = 1; i <= settings.workers(); i++) {
            Thread sender = new Thread(this::send, "vive-notification-sender-" + i);
            sender.setDaemon(true);
            senders.add(sender);
        }
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
        wakeUps.wake();
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
            long seen = wakeUps.seen();
            try (SmtpConnection connection = mailer.connect()) {
                while (!stopping && attempts.deliverNext(connection)) {
                    // next one, over the same connection
                }
            } catch (RuntimeException e) {
                // Never let a sender die: its share of the mail would silently stop.
                LOG.error("Sender failed unexpectedly; carrying on", e);
            }
            if (!stopping && !wakeUps.awaitAfter(seen, policy.pollInterval())) {
                return;
            }
        }
    }
}
