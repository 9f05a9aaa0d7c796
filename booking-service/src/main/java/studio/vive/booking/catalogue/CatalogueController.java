package studio.vive.booking.catalogue;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The public catalogue: services and therapists with their weekly hours. */
@Controller("/api")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Catalogue")
class CatalogueController {

    private final Catalogue catalogue;

    CatalogueController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Get("/services")
    @Operation(summary = "Services the studio offers")
    List<ServiceView> services() {
        return catalogue.bookableServices().stream().map(ServiceView::of).toList();
    }

    @Get("/therapists")
    @Operation(summary = "Therapists and their weekly working hours (studio local time)")
    List<TherapistView> therapists() {
        Map<String, List<HoursView>> hours = catalogue.allWorkingHours().stream()
                .collect(Collectors.groupingBy(WorkingHours::therapistId,
                        Collectors.mapping(HoursView::of, Collectors.toList())));
        return catalogue.bookableTherapists().stream()
                .map(t -> new TherapistView(t.id(), t.name(), t.bio(), hours.getOrDefault(t.id(), List.of())))
                .toList();
    }

    /** A service as clients see it; the price is in major units of {@code currency}. */
    @Serdeable
    record ServiceView(String code, String name, String description, int durationMinutes, BigDecimal price,
                       String currency) {
        static ServiceView of(MassageService s) {
            return new ServiceView(s.code(), s.name(), s.description(), s.durationMinutes(),
                    BigDecimal.valueOf(s.priceCents(), 2), s.currency());
        }
    }

    @Serdeable
    record TherapistView(String id, String name, String bio, List<HoursView> workingHours) {
    }

    @Serdeable
    record HoursView(DayOfWeek day, LocalTime startsAt, LocalTime endsAt) {
        static HoursView of(WorkingHours h) {
            return new HoursView(h.day(), h.startsAt(), h.endsAt());
        }
    }
}
