package studio.vive.booking.studio;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import studio.vive.booking.catalogue.MassageService;
import studio.vive.booking.catalogue.Therapist;
import studio.vive.booking.catalogue.WorkingHours;

/**
 * The writable side of the catalogue tables, for staff changes. The catalogue package stays the
 * read side clients are served from.
 */
final class StudioRecords {

    private StudioRecords() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Therapists extends GenericRepository<Therapist, String> {

        Therapist save(Therapist therapist);

        Therapist update(Therapist therapist);

        /** The therapist, locked until the transaction ends, so edits never interleave. */
        Optional<Therapist> findByIdForUpdate(String id);

        boolean existsById(String id);

        boolean existsByEmail(String email);

        List<Therapist> findAllOrderById();
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Services extends GenericRepository<MassageService, String> {

        MassageService save(MassageService service);

        MassageService update(MassageService service);

        Optional<MassageService> findByCodeForUpdate(String code);

        boolean existsByCode(String code);

        List<MassageService> findAllOrderByCode();
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Hours extends GenericRepository<WorkingHours, Integer> {

        @Query("SELECT * FROM working_hours WHERE therapist_id = :therapistId ORDER BY day_of_week, starts_at")
        List<WorkingHours> findByTherapist(String therapistId);

        @Query("DELETE FROM working_hours WHERE therapist_id = :therapistId")
        void deleteByTherapist(String therapistId);

        List<WorkingHours> saveAll(Iterable<WorkingHours> hours);

        @Query("SELECT * FROM working_hours ORDER BY therapist_id, day_of_week, starts_at")
        List<WorkingHours> findAll();
    }
}
