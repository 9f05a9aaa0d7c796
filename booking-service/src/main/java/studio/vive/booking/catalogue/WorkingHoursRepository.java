package studio.vive.booking.catalogue;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface WorkingHoursRepository extends GenericRepository<WorkingHours, Integer> {

    @Query("SELECT * FROM working_hours WHERE day_of_week = :dayOfWeek ORDER BY therapist_id, starts_at")
    List<WorkingHours> findOnDay(short dayOfWeek);

    @Query("SELECT * FROM working_hours ORDER BY therapist_id, day_of_week, starts_at")
    List<WorkingHours> findEveryWeekday();
}
