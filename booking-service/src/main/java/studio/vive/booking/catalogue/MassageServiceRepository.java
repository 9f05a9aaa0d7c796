package studio.vive.booking.catalogue;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface MassageServiceRepository extends GenericRepository<MassageService, String> {

    List<MassageService> findByActiveTrue();

    Optional<MassageService> findByCodeAndActiveTrue(String code);

    Optional<MassageService> findByCode(String code);
}
