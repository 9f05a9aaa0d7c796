package studio.vive.booking.outcome;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Tells every booking-service instance on this database that a referral was stored: a PostgreSQL
 * {@code NOTIFY} on {@link #CHANNEL} with the booking id as payload, sent by the outcome's own
 * transaction and so delivered only when it commits (the admins' live stream listens on it).
 */
@Singleton
public class ReferralNotices {

    /** The channel; its payload is the referred booking's id. */
    public static final String CHANNEL = "vive_referrals";

    private static final String NOTIFY = "SELECT pg_notify('" + CHANNEL + "', ?)";

    private final JdbcOperations jdbc;

    ReferralNotices(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Announces the referral of {@code bookingId} when the current transaction commits. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void recorded(UUID bookingId) {
        jdbc.prepareStatement(NOTIFY, statement -> {
            try {
                statement.setString(1, bookingId.toString());
                return statement.execute();
            } catch (SQLException e) {
                throw new DataAccessException("cannot announce the referral of booking " + bookingId, e);
            }
        });
    }
}
