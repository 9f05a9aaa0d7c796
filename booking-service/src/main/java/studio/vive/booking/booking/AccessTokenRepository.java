package studio.vive.booking.booking;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AccessTokenRepository extends GenericRepository<AccessToken, UUID> {

    AccessToken save(AccessToken token);

    List<AccessToken> findByBookingId(UUID bookingId);
}
