package studio.vive.booking.security.revocation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RevokedTokenRepository extends GenericRepository<RevokedToken, String> {

    /** Records a revocation; signing out twice (two tabs, a retry) keeps the first row. */
    @Query("INSERT INTO revoked_staff_token (jti, expires_at) VALUES (:jti, :expiresAt) ON CONFLICT (jti) DO NOTHING")
    void revoke(String jti, Instant expiresAt);

    boolean existsByJti(String jti);

    /** Deletes the revocations of tokens that have expired by now: they are refused anyway. */
    @Query("DELETE FROM revoked_staff_token WHERE expires_at < :now")
    int deleteExpired(Instant now);
}
