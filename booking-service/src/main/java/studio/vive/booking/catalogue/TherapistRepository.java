package studio.vive.booking.catalogue;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface TherapistRepository extends GenericRepository<Therapist, String> {

    List<Therapist> findByActiveTrueOrderById();

    Optional<Therapist> findByIdAndActiveTrue(String id);

    Optional<Therapist> findById(String id);
}
