package studio.vive.booking.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import studio.vive.booking.security.Roles;
import studio.vive.booking.studio.StaffPeriod;

/** The audit log of staff changes, for admins. */
@Controller("/api/admin/audit")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Studio")
@SecurityRequirement(name = "bearer")
class AuditController {

    private final AuditTrail trail;
    private final StaffPeriod periods;

    AuditController(AuditTrail trail, StaffPeriod periods) {
        this.trail = trail;
        this.periods = periods;
    }

    @Get
    @Operation(summary = "Staff changes between from and to (studio dates, inclusive, or ISO times), oldest first")
    List<AuditView> list(@Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        return trail.between(periods.of(from, to));
    }
}
