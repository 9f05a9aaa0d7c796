package studio.vive.notification.delivery;

import io.micronaut.transaction.TransactionOperations;
import io.opentelemetry.context.Scope;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One delivery attempt in one transaction: lock the notification due next, count the attempt,
 * talk SMTP, record the outcome, commit. The row lock is held for the whole attempt, so no other
 * sender (another worker or instance) can send the same notification meanwhile; if the process
 * dies, the database rolls the transaction back and releases the lock at once, and the
 * notification is due again immediately (no lease to wait out).
 *
 * <p><b>The remaining window.</b> Between the SMTP server accepting an email (its 250 reply to
 * DATA) and the commit of the SENT update, a crash, a lost database connection or a failed commit
 * leaves the notification PENDING although it was sent. It is then sent again, with the same
 * Message-ID and Date, so receiving mail systems and clients can recognise and drop the
 * duplicate. This window cannot be closed: SMTP has no two-phase commit. It is kept as small as
 * possible (nothing but one UPDATE by primary key and the COMMIT happen in it; the next email on
 * the connection, or its QUIT, waits until after the commit) and is measured by the
 * {@value DeliveryReport#UNCONFIRMED_WINDOW} timer (a few milliseconds here, see
 * {@code ExactlyOnceIT}).
 *
 * <p>A client's links are fetched for each attempt ({@link ClientLinkFill}), before SMTP is
 * spoken: a resend carries links of its own, as valid as the first ones.
 *
 * <p>Only a dying process turns the window into a resend. When the commit fails while the process
 * lives on (database outage, disk full), {@link AcceptedUnrecorded} remembers that the server
 * accepted the notification and, once the database answers again, the next attempt records it
 * SENT without talking to SMTP.
 */
@Singleton
class DeliveryAttempt {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryAttempt.class);

    private final DeliveryQueue queue;
    private final SmtpMailer mailer;
    private final TransactionOperations<Connection> transactions;
    private final AcceptedUnrecorded acceptedUnrecorded;
    private final DeliveryReport report;
    private final DeliverySpans spans;
    private final ClientLinkFill links;

    DeliveryAttempt(DeliveryQueue queue, SmtpMailer mailer, TransactionOperations<Connection> transactions,
                    AcceptedUnrecorded acceptedUnrecorded, DeliveryReport report, DeliverySpans spans,
                    ClientLinkFill links) {
        this.links = links;
        this.queue = queue;
        this.mailer = mailer;
        this.transactions = transactions;
        this.acceptedUnrecorded = acceptedUnrecorded;
        this.report = report;
        this.spans = spans;
    }

    /**
     * Attempts the notification due next over {@code connection}.
     *
     * @return {@code false} when nothing was due or the attempt broke off
     */
    boolean deliverNext(SmtpConnection connection) {
        try {
            Optional<AttemptResult> result = transactions.executeWrite(status ->
                    queue.claimNext().map(notification -> attempt(notification, connection)));
            result.ifPresent(this::committed);
            return result.isPresent();
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

    /** Inside the attempt's transaction, with the notification's row locked. */
    private AttemptResult attempt(Notification notification, SmtpConnection connection) {
        MDC.put("bookingId", notification.bookingId().toString());
        MDC.put("notificationId", notification.id().toString());
        if (acceptedUnrecorded.contains(notification.id())) {
            queue.recordSent(notification.id());
            return AttemptResult.acceptedEarlier(notification);
        }
        try (Scope sending = spans.sending(notification)) {
            mailer.send(links.fillIn(notification), connection);
        } catch (DeliveryFailure failure) {
            return AttemptResult.failed(notification, queue.recordFailure(notification, failure), failure);
        }
        long acceptedAt = System.nanoTime();
        acceptedUnrecorded.accepted(notification.id());
        // Window open: the server accepted the email; until the commit, a crash means a resend
        // with the same Message-ID.
        queue.recordSent(notification.id());
        return AttemptResult.sent(notification, acceptedAt);
    }

    private void committed(AttemptResult result) {
        acceptedUnrecorded.committed(result.notification().id());
        try (Scope trace = spans.inTraceOf(result.notification())) {
            report.committed(result);
        }
    }
}
