package studio.vive.booking.referral;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import studio.vive.booking.booking.Booking;

/** The referral workflow's columns of {@code booking} and its notes. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ReferralWorkflowRepository extends GenericRepository<Booking, UUID> {

    @Query("""
            UPDATE booking SET referral_state = :state, referral_state_by = :by, referral_state_at = :at
            WHERE id = :id""")
    void changeState(UUID id, String state, String by, Instant at);


    /** Urgent referrals decided before {@code cutoff} that nobody has contacted. */
    @Query("""
            SELECT count(*) FROM booking
            WHERE outcome_tier = 'URGENT_REFERRAL' AND (referral_state IS NULL OR referral_state = 'NEW')
              AND outcome_decided_at < :cutoff""")
    long countUncontactedUrgentDecidedBefore(Instant cutoff);

    /** {@code BookingRepository.findReferrals} of referrals in {@code state} only (NEW: nobody acted yet). */
    @Query("""
            SELECT * FROM booking
            WHERE outcome_tier IN (:tiers)
              AND outcome_decided_at >= :from AND outcome_decided_at < :to
              AND (outcome_decided_at < :afterDecidedAt OR (outcome_decided_at = :afterDecidedAt AND id > :afterId))
              AND COALESCE(referral_state, 'NEW') = :state
            ORDER BY outcome_decided_at DESC, id
            LIMIT :limit""")
    List<Booking> findReferralsInState(java.util.Collection<String> tiers, Instant from, Instant to,
                                       Instant afterDecidedAt, UUID afterId, String state, int limit);

    @Query("""
            INSERT INTO referral_note (id, booking_id, note, written_by, written_at)
            VALUES (:id, :bookingId, :note, :by, :at)""")
    void addNote(UUID id, UUID bookingId, String note, String by, Instant at);

    /** The state columns of one booking, for its referral view. */
    @Query("SELECT referral_state, referral_state_by, referral_state_at FROM booking WHERE id = :id")
    Optional<StateRow> findStateRowById(UUID id);

    @Query("SELECT note, written_by, written_at FROM referral_note WHERE booking_id = :bookingId ORDER BY written_at")
    List<NoteRow> findNotes(UUID bookingId);

    /** {@code booking.referral_state*}. */
    @io.micronaut.core.annotation.Introspected
    record StateRow(@Nullable String referralState, @Nullable String referralStateBy,
                    @Nullable Instant referralStateAt) {
    }

    /** One note. */
    @io.micronaut.core.annotation.Introspected
    record NoteRow(String note, String writtenBy, Instant writtenAt) {
    }
}
