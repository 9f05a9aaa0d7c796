package studio.vive.booking.studio;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import studio.vive.booking.security.Roles;
import studio.vive.booking.studio.ServiceForms.NewService;
import studio.vive.booking.studio.ServiceForms.ServiceAdminView;
import studio.vive.booking.studio.ServiceForms.ServiceChanges;

/** The admin manages the services the studio sells. Every change is audited. */
@Controller("/api/admin/services")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Studio")
@SecurityRequirement(name = "bearer")
class ServiceAdminController {

    private final ServiceMenu menu;

    ServiceAdminController(ServiceMenu menu) {
        this.menu = menu;
    }

    @Get
    @Operation(summary = "Every service, active or not")
    List<ServiceAdminView> list() {
        return menu.all();
    }

    @Post
    @Operation(summary = "Add a service {code, name, description, durationMinutes, price, currency}")
    HttpResponse<ServiceAdminView> add(@Body NewService service, Authentication staff) {
        return HttpResponse.created(menu.add(service, staff.getName()));
    }

    @Patch("/{code}")
    @Operation(summary = "Change or (de)activate a service; a new duration applies to new bookings only")
    ServiceAdminView change(@PathVariable String code, @Body ServiceChanges changes, Authentication staff) {
        return menu.change(code, changes, staff.getName());
    }
}
