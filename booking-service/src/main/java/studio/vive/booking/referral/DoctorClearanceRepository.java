package studio.vive.booking.referral;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DoctorClearanceRepository extends GenericRepository<DoctorClearance, UUID> {

    DoctorClearance save(DoctorClearance clearance);

    Optional<DoctorClearance> findByCodeHash(byte[] codeHash);

    Optional<DoctorClearance> findByBookingId(UUID bookingId);

    boolean existsByBookingId(UUID bookingId);

    /** Records that booking {@code bookingId} was requested with clearance {@code clearanceId}. */
    @Query("INSERT INTO clearance_use (booking_id, clearance_id) VALUES (:bookingId, :clearanceId)")
    void recordUse(UUID bookingId, UUID clearanceId);

    /** The clearance booking {@code bookingId} was requested with, if any. */
    @Query("""
            SELECT c.* FROM doctor_clearance c JOIN clearance_use u ON u.clearance_id = c.id
             WHERE u.booking_id = :bookingId""")
    Optional<DoctorClearance> findUsedBy(UUID bookingId);

    /** Stores the rules screening cleared with the booking's clearance, JSON [{ruleId, clearedOn}]. */
    @Query("UPDATE clearance_use SET cleared_rules = :clearedRules WHERE booking_id = :bookingId")
    void recordCleared(UUID bookingId, String clearedRules);

    @Query("SELECT cleared_rules FROM clearance_use WHERE booking_id = :bookingId AND cleared_rules IS NOT NULL")
    Optional<String> findClearedRules(UUID bookingId);
}
