package studio.vive.booking.booking;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Bookings. Status changes are explicit statements so each one says what it changes. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface BookingRepository extends GenericRepository<Booking, UUID> {

    Booking save(Booking booking);

    Optional<Booking> findById(UUID id);

    /** The booking, locked until the transaction ends, so status changes never interleave. */
    Optional<Booking> findByIdForUpdate(UUID id);

    Optional<Booking> findByIdempotencyKey(String idempotencyKey);

    @Query("""
            SELECT * FROM booking
            WHERE therapist_id IN (:therapistIds)
              AND status IN (:statuses)
              AND starts_at < :to AND blocked_until > :from""")
    List<Booking> findInStatusesOverlapping(Collection<String> therapistIds, Collection<String> statuses,
                                            Instant from, Instant to);

    /** Bookings of {@code therapistIds} that hold time overlapping {@code [from, to)}. */
    default List<Booking> findActiveOverlapping(Collection<String> therapistIds, Instant from, Instant to) {
        return findInStatusesOverlapping(therapistIds, BookingStatus.HOLDING_SLOT, from, to);
    }

    @Query("""
            UPDATE booking SET status = :status, cancelled_at = :at, updated_at = :at
            WHERE id = :id""")
    void updateStatusCancelled(UUID id, String status, Instant at);

    /** Marks the booking cancelled: its slot is released. */
    default void markCancelled(UUID id, Instant at) {
        updateStatusCancelled(id, BookingStatus.CANCELLED.name(), at);
    }

    /**
     * Gives the booking to another therapist at the same time. The exclusion constraint refuses
     * it (23P01) when the therapist's time is held by another active booking.
     */
    /**
     * Moves the booking to another time (and perhaps therapist) awaiting screening's decision for
     * it: {@code requestEventId} is the request that decision answers. The exclusion constraint
     * refuses it (23P01) when that time is held by another active booking; the old time is free
     * the moment this commits.
     */
    @Query("""
            UPDATE booking SET therapist_id = :therapistId, starts_at = :startsAt, ends_at = :endsAt,
                   blocked_until = :blockedUntil, status = 'PENDING_SCREENING', request_event_id = :requestEventId,
                   updated_at = :at
             WHERE id = :id""")
    void reschedule(UUID id, String therapistId, Instant startsAt, Instant endsAt, Instant blockedUntil,
                    UUID requestEventId, Instant at);

    @Query("UPDATE booking SET therapist_id = :therapistId, updated_at = :at WHERE id = :id")
    void reassign(UUID id, String therapistId, Instant at);

    @Query("""
            UPDATE booking SET status = :status, outcome_tier = :tier, outcome_reasons = :reasons,
                   outcome_rule_set = :ruleSet, outcome_decided_at = :decidedAt, updated_at = :at
            WHERE id = :id""")
    void recordOutcome(UUID id, String status, String tier, String reasons, String ruleSet, Instant decidedAt,
                       Instant at);

    @Query("""
            SELECT * FROM booking
            WHERE therapist_id = :therapistId AND status = :status
              AND starts_at >= :from AND starts_at < :to
            ORDER BY starts_at""")
    List<Booking> findInStatusForTherapist(String therapistId, String status, Instant from, Instant to);

    /** {@code therapistId}'s confirmed bookings starting in {@code [from, to)}, soonest first. */
    default List<Booking> findConfirmedForTherapist(String therapistId, Instant from, Instant to) {
        return findInStatusForTherapist(therapistId, BookingStatus.CONFIRMED.name(), from, to);
    }

    /**
     * Referrals decided in {@code [from, to)}, newest first (ties in id order), after the one
     * decided at {@code afterDecidedAt} with id {@code afterId} in that order: a keyset page.
     */
    @Query("""
            SELECT * FROM booking
            WHERE outcome_tier IN (:tiers)
              AND outcome_decided_at >= :from AND outcome_decided_at < :to
              AND (outcome_decided_at < :afterDecidedAt OR (outcome_decided_at = :afterDecidedAt AND id > :afterId))
            ORDER BY outcome_decided_at DESC, id
            LIMIT :limit""")
    List<Booking> findReferrals(Collection<String> tiers, Instant from, Instant to, Instant afterDecidedAt,
                                UUID afterId, int limit);

    @Query("""
            UPDATE booking SET followed_up_at = :at, followed_up_by = :by, updated_at = :at
            WHERE id = :id AND followed_up_at IS NULL""")
    long markFollowedUp(UUID id, Instant at, @Nullable String by);
}
