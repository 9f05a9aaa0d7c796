package studio.vive.booking.retention;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.UUID;
import studio.vive.booking.booking.Booking;

/** The statements of the retention sweep; each changes at most {@code limit} bookings. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OutcomeRetentionRepository extends GenericRepository<Booking, UUID> {

    /** Keeps only the rule id of each reason of outcomes decided before {@code cutoff}. */
    @Query("""
            UPDATE booking b SET
                outcome_reasons = COALESCE((SELECT jsonb_agg(jsonb_build_object('ruleId', r ->> 'ruleId'))::text
                                            FROM jsonb_array_elements(b.outcome_reasons::jsonb) r), '[]'),
                outcome_messages_erased_at = :now, updated_at = :now
            WHERE b.id IN (SELECT id FROM booking
                           WHERE outcome_decided_at < :cutoff AND outcome_messages_erased_at IS NULL
                           ORDER BY outcome_decided_at LIMIT :limit FOR UPDATE SKIP LOCKED)""")
    long eraseReasonMessages(Instant cutoff, Instant now, int limit);

    /**
     * Erases the contact details (and the keyed request fingerprint) of bookings screening
     * referred before {@code cutoff}. A referral never became an appointment, so nothing needs them.
     */
    @Query("""
            UPDATE booking SET client_name = NULL, client_email = NULL, client_phone = NULL,
                client_date_of_birth = NULL, request_fingerprint = NULL, client_erased_at = :now, updated_at = :now
            WHERE id IN (SELECT id FROM booking
                         WHERE outcome_decided_at < :cutoff AND outcome_tier IN ('REFERRAL', 'URGENT_REFERRAL')
                           AND status <> 'CONFIRMED' AND client_erased_at IS NULL
                         ORDER BY outcome_decided_at LIMIT :limit FOR UPDATE SKIP LOCKED)""")
    long eraseReferredClients(Instant cutoff, Instant now, int limit);
}
